// SPDX-License-Identifier: MIT
#include "storage/Migrator.h"

#include "core/Log.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

namespace sf {
namespace {

// Runs a script of several statements through SQLite itself, which knows where statements end
// (triggers hold semicolons); returns SQLite's message on failure.
QString execScript(sqlite3 *handle, const QByteArray &script)
{
    char *message = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    QString text = message ? QString::fromUtf8(message) : QStringLiteral("unknown error");
    sqlite3_free(message);
    return text;
}

struct SchemaState
{
    int version = 0;
    int objects = 0; // tables and indexes
};

// The schema version and how many tables and indexes the file holds, read in one statement so
// both come from one snapshot (another process may be creating the database right now). Reading
// the schema also finds a file whose header is SQLite's but whose pages are damaged.
Result<SchemaState> schemaState(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT user_version FROM pragma_user_version), "
            "(SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\')")) ||
        !query.next())
        return Error::storage(query.lastError().text());
    return SchemaState{query.value(0).toInt(), query.value(1).toInt()};
}

// PostgreSQL: whether the schema_version table is there and how many other tables the current
// schema holds, read in one statement (one snapshot).
Result<SchemaState> serverSchemaState(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FILTER (WHERE table_name = 'schema_version'), "
            "count(*) FILTER (WHERE table_name <> 'schema_version') "
            "FROM information_schema.tables WHERE table_schema = current_schema()")) ||
        !query.next())
        return Error::storage(query.lastError().text());
    const bool ours = query.value(0).toInt() > 0;
    const int objects = query.value(1).toInt();
    if (!ours)
        return SchemaState{0, objects};
    const int version = db.schemaVersion();
    if (version < 0)
        return Error::storage(Migrator::tr("Cannot read the schema version of %1.").arg(db.path()));
    return SchemaState{version, objects};
}

// Runs `statements` (a script of several, no parameters) on the connection; returns the server's
// message on failure. libpq's simple query protocol runs a whole script in one call.
QString execServer(const Database &db, const QString &statements)
{
    QSqlQuery query(db.connection());
    if (query.exec(statements))
        return {};
    return query.lastError().text();
}

// The key of the advisory lock held while a PostgreSQL database is migrated ("SFMIGRAT").
constexpr qint64 kMigrationLock = 0x53464d4947524154LL;

QString failureOf(Result<QSqlQuery> query)
{
    return query ? QString() : query.error().message;
}

// PostgreSQL: applies the migrations above the current version. A new database gets all of them
// in one transaction, an existing one each in its own; either way under an advisory lock, the
// version read again once it is held (another SalesFlow may be migrating the same database), and
// the version row written in the same transaction as the schema.
//
// No backup is taken before migrating (SQLite's file copy has no equivalent here): the server's
// data is the administrator's to back up with pg_dump before installing a newer SalesFlow.
Status applyOnServer(const Database &db, const QList<Migrator::Migration> &migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    while (true) {
        const int current = db.schemaVersion();
        if (current < 0)
            return Error::storage(
                Migrator::tr("Cannot read the schema version of %1.").arg(db.path()));
        if (current >= latest)
            return Ok{};
        QString failure = execServer(db, QStringLiteral("BEGIN"));
        if (failure.isEmpty())
            failure = failureOf(
                sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock}));
        if (failure.isEmpty())
            failure = execServer(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                    "version INTEGER NOT NULL, "
                                                    "applied_at TEXT NOT NULL)"));
        const int locked = failure.isEmpty() ? db.schemaVersion() : -1;
        if (failure.isEmpty() && locked < 0)
            failure = Migrator::tr("Cannot read the schema version of %1.").arg(db.path());
        int applied = locked;
        QStringList names;
        for (const Migrator::Migration &migration : migrations) {
            if (!failure.isEmpty())
                break;
            if (migration.version <= locked)
                continue;
            if (locked > 0 && applied > locked)
                break; // an existing database: one migration per transaction
            const QString error = execServer(db, QString::fromUtf8(migration.sql));
            if (!error.isEmpty()) {
                execServer(db, QStringLiteral("ROLLBACK"));
                return Error::storage(Migrator::tr("Migration %1 (%2) failed: %3")
                                          .arg(migration.version)
                                          .arg(migration.name, error));
            }
            applied = migration.version;
            names << QStringLiteral("%1 (%2)").arg(migration.version).arg(migration.name);
        }
        if (failure.isEmpty() && applied > locked) {
            failure = execServer(db, QStringLiteral("DELETE FROM schema_version"));
            if (failure.isEmpty())
                failure = failureOf(
                    sql::run(db,
                             QStringLiteral(
                                 "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                             {applied, sql::utcText(QDateTime::currentDateTimeUtc())}));
        }
        if (failure.isEmpty())
            failure = execServer(db, QStringLiteral("COMMIT"));
        if (!failure.isEmpty()) {
            execServer(db, QStringLiteral("ROLLBACK"));
            return Error::storage(
                Migrator::tr("Creating the schema of %1 failed: %2").arg(db.path(), failure));
        }
        for (const QString &name : names)
            layerLogger("storage")->info("migrated {} to schema {}", qUtf8Printable(db.path()),
                                         qUtf8Printable(name));
    }
}

} // namespace

QList<Migrator::Migration> Migrator::bundled(Dialect dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(dialect == Dialect::PostgreSQL ? QStringLiteral(":/migrations/postgresql")
                                                  : QStringLiteral(":/migrations/sqlite"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile sqlFile(dir.filePath(file));
        if (!sqlFile.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), sqlFile.readAll()});
    }
    return migrations;
}

int Migrator::latestVersion(Dialect dialect)
{
    const auto migrations = bundled(dialect);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Status Migrator::migrate(const Database &db, bool existingFile)
{
    return apply(db, bundled(db.dialect()), existingFile);
}

int Migrator::fileVersion(const QString &path)
{
    // PRAGMA user_version is the big-endian 32-bit integer at offset 60 of the file's header
    // (sqlite.org/fileformat2.html). Read from the file itself: opening it as a database, even
    // read-only, would wait for or fail on another program's lock and leave -wal and -shm files
    // beside a file whose opening is then refused. A version changed in a write-ahead log not yet
    // checkpointed reads as the older one: the opening that follows finds there is nothing to do.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(64);
    if (header.size() < 64 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return -1;
    return int(qFromBigEndian<quint32>(header.constData() + 60));
}

Status Migrator::checkCompatible(const Database &db, bool existingFile)
{
    const bool server = db.dialect() == Dialect::PostgreSQL;
    const auto state = server ? serverSchemaState(db) : schemaState(db);
    if (!state && server)
        return Error::storage(
            tr("Cannot read the schema of %1: %2").arg(db.path(), state.error().message));
    if (!state)
        return Error::storage(tr("%1 is damaged or not a SalesFlow database (%2). The file was "
                                 "left untouched.")
                                  .arg(db.path(), state.error().message));
    const int latest = latestVersion(db.dialect());
    if (state->version > latest && server)
        return Error::storage(
            tr("%1 was written by a newer version of SalesFlow (schema %2; this program knows "
               "up to %3). Install the newer SalesFlow to open it; the database was left "
               "untouched.")
                .arg(db.path())
                .arg(state->version)
                .arg(latest));
    if (state->version == 0 && state->objects > 0 && server)
        return Error::storage(tr("The PostgreSQL database %1 holds tables of another program, not "
                                 "SalesFlow's. Give SalesFlow an empty database of its own; this "
                                 "one was left untouched.")
                                  .arg(db.path()));
    if (state->version > latest)
        return Error::storage(
            tr("%1 was written by a newer version of SalesFlow (schema %2; this program knows "
               "up to %3). Install the newer SalesFlow to open it; the file was left untouched.")
                .arg(db.path())
                .arg(state->version)
                .arg(latest));
    if (state->version == 0 && existingFile && state->objects > 0)
        return Error::storage(
            tr("%1 is an SQLite database of another program, not a SalesFlow database. "
               "The file was left untouched.")
                .arg(db.path()));
    return Ok{};
}

Status Migrator::apply(const Database &db, const QList<Migration> &migrations, bool existingFile)
{
    if (db.dialect() == Dialect::PostgreSQL)
        return applyOnServer(db, migrations);
    const int current = db.schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current < 0)
        return Error::storage(tr("Cannot read the schema version of %1.").arg(db.path()));
    if (current > latest)
        return Error::storage(tr("%1 has schema %2, above the newest migration %3.")
                                  .arg(db.path())
                                  .arg(current)
                                  .arg(latest));
    if (current == latest)
        return Ok{};

    // A new database gets every migration in one transaction: another process opening the same
    // new file at that moment sees either no schema or the whole of it, never a half-migrated
    // database that it would back up and migrate again.
    if (current == 0) {
        QString failure = execScript(db.handle(), "BEGIN IMMEDIATE;");
        if (failure.isEmpty() && db.schemaVersion() == 0) {
            QByteArray script;
            for (const Migration &migration : migrations)
                script += migration.sql + '\n';
            script += "PRAGMA user_version = " + QByteArray::number(latest) + ";\nCOMMIT;";
            failure = execScript(db.handle(), script);
            if (failure.isEmpty()) {
                for (const Migration &migration : migrations)
                    layerLogger("storage")->info("migrated {} to schema {} ({})",
                                                 qUtf8Printable(db.path()), migration.version,
                                                 qUtf8Printable(migration.name));
                return Ok{};
            }
        } else if (failure.isEmpty()) {
            failure = execScript(db.handle(), "COMMIT;"); // created by someone else meanwhile
        }
        if (!failure.isEmpty()) {
            execScript(db.handle(), "ROLLBACK;");
            return Error::storage(
                tr("Creating the schema of %1 failed: %2").arg(db.path(), failure));
        }
        if (db.schemaVersion() == latest)
            return Ok{};
        return apply(db, migrations, existingFile);
    }

    if (current > 0 && existingFile) {
        const QString backupPath =
            QStringLiteral("%1.v%2-%3.bak")
                .arg(db.path())
                .arg(current)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto backup = DatabaseMaintenance::backup(db, backupPath); !backup)
            return Error::storage(tr("Not migrating %1: the backup before the migration failed: %2")
                                      .arg(db.path(), backup.error().message));
        layerLogger("storage")->info("backed up schema {} to {} before migrating", current,
                                     qUtf8Printable(backupPath));
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        // Take the write lock, then look again: another process opening the same new file at the
        // same moment may have applied this migration while we waited.
        QString failure = execScript(db.handle(), "BEGIN IMMEDIATE;");
        if (failure.isEmpty() && db.schemaVersion() >= migration.version) {
            execScript(db.handle(), "COMMIT;");
            continue;
        }
        // PRAGMA user_version is transactional: the schema and its number change together.
        if (failure.isEmpty()) {
            failure =
                execScript(db.handle(), migration.sql + "\nPRAGMA user_version = " +
                                            QByteArray::number(migration.version) + ";\nCOMMIT;");
        }
        if (!failure.isEmpty()) {
            execScript(db.handle(), "ROLLBACK;");
            return Error::storage(tr("Migration %1 (%2) failed: %3")
                                      .arg(migration.version)
                                      .arg(migration.name, failure));
        }
        layerLogger("storage")->info("migrated {} to schema {} ({})", qUtf8Printable(db.path()),
                                     migration.version, qUtf8Printable(migration.name));
    }
    return Ok{};
}

} // namespace sf
