// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sf {

class Database;

struct BackupReport
{
    QString path;
    qint64 bytes = 0;
    int pages = 0;
};

// Backup and integrity checks. Backups use SQLite's online backup API, never a file copy of a live
// database: the copy is a consistent snapshot even while other processes write.
class DatabaseMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)

public:
    // Writes a consistent copy of `db` to `destination` (replacing it only once the copy is
    // complete and verified).
    static Result<BackupReport> backup(const Database &db, const QString &destination);
    // Runs integrity_check and foreign_key_check; returns the problems found (empty: healthy).
    // Slow on a large file (design.md: ~5 s per GB): never call it on the GUI thread.
    static Result<QStringList> check(const Database &db);
};

} // namespace sf
