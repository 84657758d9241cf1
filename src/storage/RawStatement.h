// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace sf {

class Database;

// A statement prepared once and run many times with bound values (never concatenated), for the
// bulk paths. On SQLite it lives on the raw handle, where Qt's QVariant binding costs more than
// the insert itself (design.md: 75k rows/s through QSqlQuery against 250k rows/s binding
// directly); on PostgreSQL it is a server-side prepared statement of QPSQL. The SQL is written
// once for both: `?` or numbered `?N` placeholders (PostgreSQL gets `$N`), and only what both
// dialects understand (SqlDialect.h). Internal to the storage layer.
class RawStatement
{
public:
    RawStatement(const Database &db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // Whether the statement was prepared (a failure is logged with the database's message).
    bool prepared() const;
    RawStatement &bind(int index, const QString &text);
    RawStatement &bind(int index, qint64 value);
    RawStatement &bindNull(int index);
    // Steps once: true when a row is available.
    bool step();
    // Runs a statement that returns no rows and resets it; false (with error()) on failure.
    bool run();
    void reset();

    // The id of the row the last INSERT of this connection created: SQLite's last rowid, on
    // PostgreSQL lastval() (the identity sequence the insert drew from; an insert that gives
    // its id explicitly draws none, so do not ask after one).
    qint64 lastInsertRowId() const;
    QString text(int column) const;

    // A storage error with the database's message, for the last failure.
    Error error() const;

private:
    QString failure() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;  // PostgreSQL
    std::unique_ptr<QSqlQuery> m_lastId; // PostgreSQL, for an INSERT: SELECT lastval()
    bool m_prepared = false;             // the constructor prepared the statement
};

// The statement as PostgreSQL takes it: each `?N` becomes `$N` and each bare `?` the next number
// (outside quoted text).
QString numberedPlaceholders(const char *sql);

} // namespace sf
