// SPDX-License-Identifier: MIT
#include "storage/DatabaseMaintenance.h"

#include "core/Log.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <sqlite3.h>

namespace sf {
namespace {

// Closes a raw SQLite handle on every path out of backup().
struct HandleCloser
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using Handle = std::unique_ptr<sqlite3, HandleCloser>;

QString quickCheck(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    QString result;
    if (sqlite3_step(statement) == SQLITE_ROW)
        result =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return result == QLatin1String("ok") ? QString() : result;
}

} // namespace

Result<BackupReport> DatabaseMaintenance::backup(const Database &db, const QString &destination)
{
    if (db.dialect() == Dialect::PostgreSQL)
        return Error::storage(tr("A PostgreSQL database is backed up on the server by its "
                                 "administrator (pg_dump), not by SalesFlow."));
    sqlite3 *source = db.handle();
    if (!source)
        return Error::storage(tr("The database driver gives no SQLite handle; cannot back up."));
    const QFileInfo target(destination);
    if (target.exists() && !target.isFile())
        return Error::storage(tr("%1 is not a file.").arg(destination));
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error::storage(tr("The backup cannot replace the database itself."));
    if (!QDir().mkpath(target.absolutePath()))
        return Error::storage(tr("Cannot create the folder %1.").arg(target.absolutePath()));

    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *rawDest = nullptr;
    const int openCode = sqlite3_open_v2(QFile::encodeName(partial).constData(), &rawDest,
                                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Handle dest(rawDest);
    if (openCode != SQLITE_OK)
        return Error::storage(tr("Cannot write the backup %1: %2")
                                  .arg(destination, QString::fromUtf8(sqlite3_errmsg(rawDest))));

    // One step over all pages holds a read transaction for the whole copy: a consistent snapshot
    // that, in WAL mode, does not block writers.
    sqlite3_backup *job = sqlite3_backup_init(dest.get(), "main", source, "main");
    if (!job) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(dest.get()));
        dest.reset();
        QFile::remove(partial);
        return Error::storage(tr("Cannot start the backup: %1").arg(message));
    }
    int code = SQLITE_OK;
    do {
        code = sqlite3_backup_step(job, -1);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
    const int pages = sqlite3_backup_pagecount(job);
    sqlite3_backup_finish(job);
    if (code != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errstr(code));
        dest.reset();
        QFile::remove(partial);
        return Error::storage(tr("The backup failed: %1").arg(message));
    }
    // The copy is a self-contained file: no WAL beside it.
    sqlite3_exec(dest.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString problem = quickCheck(dest.get());
    dest.reset();
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        return Error::storage(tr("The backup copy failed its check: %1").arg(problem));
    }
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        return Error::storage(tr("Cannot move the backup into place at %1.").arg(destination));
    }
    layerLogger("storage")->info("backup of {} written to {} ({} pages)", qUtf8Printable(db.path()),
                                 qUtf8Printable(destination), pages);
    return BackupReport{target.absoluteFilePath(), QFileInfo(destination).size(), pages};
}

Result<QStringList> DatabaseMaintenance::check(const Database &db)
{
    if (db.dialect() == Dialect::PostgreSQL)
        return Error::storage(tr("A PostgreSQL database is checked on the server by its "
                                 "administrator (pg_amcheck), not by SalesFlow."));
    QStringList problems;
    QSqlQuery integrity(db.connection());
    integrity.setForwardOnly(true);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return sql::errorOf(integrity);
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    QSqlQuery foreignKeys(db.connection());
    foreignKeys.setForwardOnly(true);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sql::errorOf(foreignKeys);
    while (foreignKeys.next()) {
        problems.append(tr("Table %1, row %2 refers to a missing row of %3.")
                            .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                                 foreignKeys.value(2).toString()));
    }
    return problems;
}

} // namespace sf
