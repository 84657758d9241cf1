// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sf {

class Database;

// Brings a database to the program's schema with the numbered SQL files bundled in the resources
// (`:/migrations/sqlite/NNNN_name.sql`, version NNNN), one transaction each, recording the version
// in PRAGMA user_version. A PostgreSQL database gets the files of `:/migrations/postgresql/` (one
// per SQLite file, the same numbers), each in one transaction too (PostgreSQL's DDL is
// transactional), the version recorded in the schema_version table.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QByteArray sql;
    };

    static QList<Migration> bundled(Dialect dialect = Dialect::SQLite);
    static int latestVersion(Dialect dialect = Dialect::SQLite);
    // The schema version of the SQLite file at `path`, read from its header without opening it
    // as a database (no lock, no file created); -1 when there is no such file or it is no
    // SQLite database.
    static int fileVersion(const QString &path);

    // Refuses, before anything is written, a database of a newer schema and an SQLite file of
    // another program.
    static Status checkCompatible(const Database &db, bool existingFile);
    // `existingFile`: the file was there before it was opened, so it may hold data worth a
    // backup before its schema changes.
    static Status migrate(const Database &db, bool existingFile);
    // Applies `migrations` (sorted by version) above the current version; for tests.
    static Status apply(const Database &db, const QList<Migration> &migrations, bool existingFile);
};

} // namespace sf
