// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sf {

// A statement prepared on the raw SQLite handle, for the bulk paths where Qt's QVariant binding
// costs more than the insert itself (design.md: 75k rows/s through QSqlQuery against 250k rows/s
// binding directly). Values are bound, never concatenated. Internal to the storage layer.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool prepared() const { return m_statement != nullptr; }
    RawStatement &bind(int index, const QString &text);
    RawStatement &bind(int index, qint64 value);
    RawStatement &bindNull(int index);
    // Steps once: true when a row is available.
    bool step();
    // Runs a statement that returns no rows and resets it; false (with error()) on failure.
    bool run();
    void reset();

    // The rowid of the last row this connection inserted.
    qint64 lastInsertRowId() const;
    QString text(int column) const;

    // A storage error with SQLite's message, for the last failure.
    Error error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace sf
