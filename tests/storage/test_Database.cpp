// SPDX-License-Identifier: MIT
#include "storage/Database.h"
#include "storage/ImmediateTransaction.h"
#include "storage/Migrator.h"
#include "storage/QueryDeadline.h"
#include "storage/SqlError.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace sf;
using sf::test::succeeded;

namespace {

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA ") + name);
    return query.next() ? query.value(0).toString() : QString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

// Sets user_version of a closed SQLite file with the C API, as another program would.
void setUserVersion(const QString &path, int version)
{
    sqlite3 *handle = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &handle), SQLITE_OK);
    const QByteArray statement = "PRAGMA user_version = " + QByteArray::number(version);
    EXPECT_EQ(sqlite3_exec(handle, statement.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(handle);
}

int count(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST(Database, CreatesAndConfiguresANewFile)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("sub/dir/new.db")));
    ASSERT_TRUE(succeeded(db));
    EXPECT_TRUE(QFile::exists(folder.path(QStringLiteral("sub/dir/new.db"))));
    EXPECT_EQ((*db)->journalMode(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(**db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    EXPECT_GE(pragma(**db, QStringLiteral("busy_timeout")).toInt(), 5000);
    EXPECT_GT(pragma(**db, QStringLiteral("journal_size_limit")).toLongLong(), 0);
    EXPECT_EQ((*db)->schemaVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 1);
    EXPECT_NE((*db)->handle(), nullptr);
}

TEST(Database, SeedsTheTwelveRegions)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 12);
}

TEST(Database, ReopeningDoesNotMigrateAgain)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    ASSERT_TRUE(succeeded(Database::open(path)));
    auto again = Database::open(path);
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(count(**again, QStringLiteral("regions")), 12);
    EXPECT_TRUE(QDir(folder.path(QString())).entryList({QStringLiteral("*.bak")}).isEmpty());
}

TEST(Database, RefusesAFileThatIsNotSqliteAndLeavesItUntouched)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("notes.db"));
    const QByteArray content("customer list\nHZ2024001,杭州某某科技\n");
    writeFile(path, content);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a SalesFlow database")));
    EXPECT_EQ(readAll(path), content);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesTheDatabaseOfAnotherProgram)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("other.db"));
    sqlite3 *handle = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &handle), SQLITE_OK);
    sqlite3_exec(handle, "CREATE TABLE photos (id INTEGER)", nullptr, nullptr, nullptr);
    sqlite3_close(handle);
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("another program")));
    EXPECT_EQ(readAll(path), before);
}

TEST(Database, RefusesADatabaseFromANewerVersion)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    ASSERT_TRUE(succeeded(Database::open(path)));
    setUserVersion(path, Migrator::latestVersion() + 1);
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(readAll(path), before);
}

TEST(Database, ExplainsAnUncreatableFolder)
{
    test::TempFolder folder;
    writeFile(folder.path(QStringLiteral("plain-file")), "x");
    auto db = Database::open(folder.path(QStringLiteral("plain-file/sub/t.db")));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("Cannot create the folder")));
}

TEST(Database, RefusesAnEmptyPath)
{
    auto db = Database::open(QStringLiteral("  "));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::Storage);
}

TEST(Migrator, BacksUpAnExistingDatabaseBeforeMigrating)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    auto db = Database::open(path);
    ASSERT_TRUE(succeeded(db));
    QList<Migrator::Migration> migrations = Migrator::bundled();
    const int next = migrations.last().version + 1;
    migrations.append({next, QStringLiteral("notes"), "CREATE TABLE notes (id INTEGER);"});
    ASSERT_TRUE(succeeded(Migrator::apply(**db, migrations, true)));
    EXPECT_EQ((*db)->schemaVersion(), next);
    EXPECT_EQ(count(**db, QStringLiteral("notes")), 0);
    const QStringList backups =
        QDir(folder.path(QString())).entryList({QStringLiteral("t.db.v*.bak")});
    ASSERT_EQ(backups.size(), 1);
    auto copy = Database::open(folder.path(backups.first()));
    ASSERT_TRUE(succeeded(copy));
    EXPECT_EQ(count(**copy, QStringLiteral("regions")), 12);
}

TEST(Migrator, AFailingMigrationChangesNothing)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    const int before = (*db)->schemaVersion();
    QList<Migrator::Migration> migrations = Migrator::bundled();
    migrations.append({before + 1, QStringLiteral("broken"),
                       "CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);"});
    const Status status = Migrator::apply(**db, migrations, false);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("broken")));
    EXPECT_EQ((*db)->schemaVersion(), before);
    EXPECT_EQ(count(**db, QStringLiteral("half")), -1); // the table does not exist
}

TEST(ImmediateTransaction, RollsBackUnlessCommitted)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    const auto insert = [&](const QString &code) {
        return sql::run(**db,
                        QStringLiteral("INSERT INTO regions (code, name, created_at) "
                                       "VALUES (?, 'x', '2026-01-01T00:00:00Z')"),
                        {code});
    };
    {
        ImmediateTransaction tx(**db);
        ASSERT_TRUE(tx.started());
        ASSERT_TRUE(succeeded(insert(QStringLiteral("AAA"))));
    }
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 12);
    {
        ImmediateTransaction tx(**db);
        ASSERT_TRUE(tx.started());
        ASSERT_TRUE(succeeded(insert(QStringLiteral("BBB"))));
        ASSERT_TRUE(succeeded(tx.commit()));
    }
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 13);
}

TEST(ImmediateTransaction, TakesTheWriteLockAtBegin)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    auto first = Database::open(path);
    ASSERT_TRUE(succeeded(first));
    ImmediateTransaction tx(**first);
    ASSERT_TRUE(tx.started());
    // A second writer cannot even begin while the first holds the lock.
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_BUSY);
    sqlite3_close(other);
}

TEST(Database, RefusesADamagedSqliteFileAndLeavesItUntouched)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("damaged.db"));
    ASSERT_TRUE(succeeded(Database::open(path)));
    QByteArray content = readAll(path);
    ASSERT_GT(content.size(), 200);
    // Keep SQLite's 100-byte header, overwrite the schema page behind it.
    for (qsizetype i = 100; i < content.size(); ++i)
        content[i] = char(0xA5);
    writeFile(path, content);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("damaged")))
        << db.error().message.toStdString();
    EXPECT_EQ(readAll(path), content);
}

TEST(QueryDeadline, StopsALongStatementAndSaysSo)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    // Counting to ten billion takes minutes.
    const QString endless = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
        "SELECT count(*) FROM n");
    {
        QueryDeadline deadline(**db, 50);
        auto query = sql::run(**db, endless);
        EXPECT_FALSE(query);
        EXPECT_TRUE(deadline.expired());
    }
    {
        QueryDeadline deadline(**db, 5000);
        auto query = sql::run(**db, QStringLiteral("SELECT 6 * 7"));
        ASSERT_TRUE(query && query->next());
        EXPECT_EQ(query->value(0).toInt(), 42);
        EXPECT_FALSE(deadline.expired());
    }
    // Without a deadline the connection runs statements to the end again.
    auto query = sql::run(**db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                               "SELECT i + 1 FROM n WHERE i < 100000) "
                                               "SELECT count(*) FROM n"));
    ASSERT_TRUE(query && query->next());
    EXPECT_EQ(query->value(0).toInt(), 100000);
}
