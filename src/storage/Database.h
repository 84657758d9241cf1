// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace sf {

// One open SQLite connection, configured as design.md requires (WAL, foreign keys, synchronous=
// FULL, busy timeout, journal size limit) and migrated to the program's schema.
//
// A Database belongs to the thread that opened it: open one per thread (Qt's SQL connections
// must not cross threads). The connection is removed when the object is destroyed.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens `path`, creating it (and its folder) when missing, and applies pending migrations,
    // backing the file up first if it already held data. Refuses, leaving the file untouched,
    // a file that is not an SQLite database, a database of another program, and one written by
    // a newer SalesFlow.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    // The raw handle of Qt's QSQLITE driver (which links the system libsqlite3), for the
    // online backup API and fast bulk paths.
    sqlite3 *handle() const;
    int schemaVersion() const;
    // Changes whenever another connection commits (PRAGMA data_version): a cheap test for
    // whether cached data may be stale.
    qint64 dataVersion() const;
    QString journalMode() const { return m_journalMode; }
    // Sets this connection's page cache (in KiB; SQLite's default is 2 MB). A bulk write touching
    // indexes all over a large file spills a small cache to disk again and again.
    Status setCacheSizeKiB(int kibibytes) const;
    int cacheSizeKiB() const;
    // Stops the statement this connection is running (it fails with an "interrupted" error).
    // The one call that is safe from any thread: the customer list stops a count or scan that a
    // newer keystroke made useless.
    void interrupt() const;

private:
    explicit Database(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
    QString m_journalMode;
    sqlite3 *m_handle = nullptr; // for interrupt(), which may come from another thread
};

} // namespace sf
