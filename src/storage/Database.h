// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace sf {

// One open connection, migrated to the program's schema: an SQLite file configured as design.md
// requires (WAL, foreign keys, synchronous=FULL, busy timeout, journal size limit), or a
// PostgreSQL database given as a URL (postgresql://user@host:port/dbname, also postgres://…).
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
    //
    // A `postgresql://` or `postgres://` URL opens that database on a PostgreSQL server (through
    // Qt's QPSQL driver) and migrates it in the same way, without a backup (pg_dump is the
    // administrator's tool). The password comes from `password`, else from the URL, else libpq
    // looks for it (PGPASSWORD, ~/.pgpass); it is never logged and never part of path(). Query
    // items of the URL (sslmode=require, connect_timeout=10, …) are passed to libpq.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const QString &password = {});
    // Whether `location` names a PostgreSQL database (a postgresql:// or postgres:// URL).
    static bool isServerUrl(const QString &location);
    // The server URL with `login` as its user (and no password).
    static QString serverUrlAs(const QString &url, const QString &login);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    // The file's absolute path; for PostgreSQL the URL without its password.
    const QString &path() const { return m_path; }
    // The raw handle of Qt's QSQLITE driver (which links the system libsqlite3), for the
    // online backup API and fast bulk paths. nullptr on PostgreSQL: every user of the handle
    // (backup, the raw customer writer and rule scans, query deadlines) then refuses or does
    // nothing.
    sqlite3 *handle() const;
    // Whether this SQLite connection is inside a transaction (false on PostgreSQL): another
    // connection would not see what this one has written and not committed yet.
    bool inTransaction() const;
    // PRAGMA user_version on SQLite, the schema_version table on PostgreSQL (0 when missing).
    int schemaVersion() const;
    // Changes whenever another connection commits: a cheap test for whether cached data may be
    // stale. Reads and rolled-back transactions do not change it, nor (but for the snapshot
    // below) commits of this connection: whoever caches drops their cache when they write.
    //
    // SQLite: PRAGMA data_version. PostgreSQL: a counter of the notifications on the channel
    // salesflow_changes (the tables' NOTIFY triggers, migration 8) that came from other sessions;
    // no query. The connection LISTENs from open() on, and Qt's driver delivers notifications only
    // while the thread that opened the Database processes events (the GUI thread does): a
    // colleague's commit shows here after the next turn of that thread's event loop, not while
    // it is busy. A thread without an event dispatcher (std::thread) does not listen; there the
    // value is a hash of the server's snapshot (pg_current_snapshot()), which changes on every
    // commit of the server, related or not. When the connection was lost, the value stays put
    // (logged); when it was opened again, this call listens again and the value changes, since
    // changes may have been missed meanwhile.
    qint64 dataVersion() const;
    // SQLite's journal mode ("wal"); empty on PostgreSQL.
    QString journalMode() const { return m_journalMode; }
    // Sets this connection's page cache (in KiB; SQLite's default is 2 MB). A bulk write touching
    // indexes all over a large file spills a small cache to disk again and again. Does nothing
    // on PostgreSQL, whose cache is the server's (shared_buffers).
    Status setCacheSizeKiB(int kibibytes) const;
    int cacheSizeKiB() const;
    // Stops the statement this connection is running (it fails with an "interrupted" error).
    // The one call that is safe from any thread: the customer list stops a count or scan that a
    // newer keystroke made useless. Does nothing on PostgreSQL yet (libpq's PQcancel, which is
    // thread-safe, would be its equivalent; QPSQL does not offer it).
    void interrupt() const;

private:
    explicit Database(QString path, QString connectionName, Dialect dialect = Dialect::SQLite);
    static Result<std::unique_ptr<Database>> openServer(const QString &url,
                                                        const QString &password);
    Status configure();
    // PostgreSQL: LISTEN salesflow_changes on this connection, counting other sessions'
    // notifications in m_othersChanges.
    void listenForChanges();

    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
    QString m_connectionName;
    QString m_journalMode;
    sqlite3 *m_handle = nullptr; // for interrupt(), which may come from another thread
    // PostgreSQL on a thread with an event dispatcher: the context of the connection to the
    // driver's notification signal (it ends with the Database), and what has been counted.
    std::unique_ptr<QObject> m_listener;
    mutable qint64 m_othersChanges = 0;
    mutable bool m_listenLost = false;
};

} // namespace sf
