// SPDX-License-Identifier: MIT
// Database, Migrator and ImmediateTransaction on a PostgreSQL server (the test executable's
// cluster, a new database per test).
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/ImmediateTransaction.h"
#include "storage/Migrator.h"
#include "storage/SqlError.h"
#include "support/PostgresCluster.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QUrl>
#include <QtCore/qtestsupport_core.h>

#include <thread>
#include <vector>

using namespace sf;
using sf::test::succeeded;

namespace {

class PostgresDatabase : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(test::PostgresCluster::shared().newDatabase(&m_url)); }

    // Runs a statement of the test itself (no values) on `db`.
    static bool exec(const Database &db, const QString &statement)
    {
        QSqlQuery query(db.connection());
        return query.exec(statement);
    }

    static int count(const Database &db, const QString &table)
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return query.next() ? query.value(0).toInt() : -1;
    }

    QString m_url;
};

// Two sessions on the test's database: ours and a colleague's.
class PostgresChanges : public PostgresDatabase
{
protected:
    void SetUp() override
    {
        PostgresDatabase::SetUp();
        if (HasFatalFailure())
            return;
        auto mine = Database::open(m_url);
        auto theirs = Database::open(m_url);
        ASSERT_TRUE(succeeded(mine));
        ASSERT_TRUE(succeeded(theirs));
        m_mine = std::move(*mine);
        m_theirs = std::move(*theirs);
    }

    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
};

} // namespace

TEST(PostgresMigrations, OneFilePerSqliteMigration)
{
    const auto sqlite = Migrator::bundled(Dialect::SQLite);
    const auto postgres = Migrator::bundled(Dialect::PostgreSQL);
    ASSERT_EQ(postgres.size(), sqlite.size());
    for (qsizetype i = 0; i < sqlite.size(); ++i) {
        EXPECT_EQ(postgres[i].version, sqlite[i].version);
        EXPECT_EQ(postgres[i].name, sqlite[i].name);
    }
    EXPECT_EQ(Migrator::latestVersion(Dialect::PostgreSQL), Migrator::latestVersion());
}

TEST(PostgresUrl, IsRecognisedByItsScheme)
{
    EXPECT_TRUE(Database::isServerUrl(QStringLiteral("postgresql://sf@db.example:5432/crm")));
    EXPECT_TRUE(Database::isServerUrl(QStringLiteral("postgres://sf@db.example/crm")));
    EXPECT_TRUE(Database::isServerUrl(QStringLiteral(" PostgreSQL://sf@db.example/crm")));
    EXPECT_FALSE(Database::isServerUrl(QStringLiteral("/home/li/postgres.db")));
    EXPECT_FALSE(Database::isServerUrl(QStringLiteral("postgresql.db")));
}

TEST(PostgresUrl, AnAddressWithoutHostOrDatabaseIsRefused)
{
    for (const QString &url :
         {QStringLiteral("postgresql://sf@/crm"), QStringLiteral("postgresql://sf@db.example"),
          QStringLiteral("postgresql://sf@db.example/")}) {
        auto db = Database::open(url);
        ASSERT_FALSE(db.ok()) << url.toStdString();
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("postgresql://user@host:port/")))
            << db.error().message.toStdString();
    }
}

TEST(PostgresUrl, AServerThatIsNotThereIsAClearError)
{
    // The cluster's own port is taken; 1 on loopback is refused at once.
    auto db = Database::open(QStringLiteral("postgresql://sf:secret@127.0.0.1:1/crm"));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("Cannot connect")))
        << db.error().message.toStdString();
    EXPECT_FALSE(db.error().message.contains(QStringLiteral("secret")));
}

TEST_F(PostgresDatabase, MigratesAnEmptyDatabase)
{
    auto db = Database::open(m_url);
    ASSERT_TRUE(succeeded(db));
    EXPECT_EQ((*db)->dialect(), Dialect::PostgreSQL);
    EXPECT_EQ((*db)->schemaVersion(), Migrator::latestVersion(Dialect::PostgreSQL));
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 12);
    EXPECT_EQ(count(**db, QStringLiteral("schema_version")), 1);
    // The SQLite-only parts refuse or do nothing.
    EXPECT_EQ((*db)->handle(), nullptr);
    EXPECT_TRUE((*db)->journalMode().isEmpty());
    EXPECT_TRUE(succeeded((*db)->setCacheSizeKiB(1024)));
    (*db)->interrupt();
    EXPECT_FALSE(DatabaseMaintenance::backup(**db, QStringLiteral("/tmp/never.db")).ok());
    EXPECT_FALSE(DatabaseMaintenance::check(**db).ok());
}

// Several desktops starting on a new database at once: one creates the schema under the advisory
// lock, the others wait for it and find it ready.
TEST_F(PostgresDatabase, SeveralConnectionsCreateOneSchemaTogether)
{
    constexpr int kConnections = 4;
    std::vector<std::thread> threads;
    std::vector<QString> failures(kConnections);
    for (int i = 0; i < kConnections; ++i) {
        threads.emplace_back([this, i, &failures] {
            auto db = Database::open(m_url); // one connection per thread, opened in it
            if (!db)
                failures[i] = db.error().message;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &failure : failures)
        EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
    auto db = Database::open(m_url);
    ASSERT_TRUE(succeeded(db));
    EXPECT_EQ(count(**db, QStringLiteral("schema_version")), 1);
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 12);
}

TEST_F(PostgresDatabase, ReopeningDoesNotMigrateAgain)
{
    {
        auto first = Database::open(m_url);
        ASSERT_TRUE(succeeded(first));
        ASSERT_TRUE(exec(**first, QStringLiteral("UPDATE regions SET name = 'kept' "
                                                 "WHERE code = 'HZ'")));
    }
    auto again = Database::open(m_url);
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(count(**again, QStringLiteral("regions WHERE name = 'kept'")), 1);
    EXPECT_EQ(count(**again, QStringLiteral("schema_version")), 1);
}

TEST_F(PostgresDatabase, ThePasswordIsNeverPartOfThePath)
{
    QUrl url(m_url);
    url.setPassword(QStringLiteral("s3cret"));
    // The test cluster trusts loopback connections: any password is accepted.
    auto db = Database::open(url.toString(), QStringLiteral("other"));
    ASSERT_TRUE(succeeded(db));
    EXPECT_FALSE((*db)->path().contains(QStringLiteral("s3cret")));
    EXPECT_TRUE((*db)->path().startsWith(QStringLiteral("postgresql://postgres@127.0.0.1:")));
}

TEST_F(PostgresDatabase, RefusesTheDatabaseOfAnotherProgram)
{
    {
        auto db = Database::open(m_url);
        ASSERT_TRUE(succeeded(db));
        // Make it look like another program's: its tables, no schema_version.
        ASSERT_TRUE(exec(**db, QStringLiteral("DROP TABLE schema_version")));
    }
    auto db = Database::open(m_url);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("another program")))
        << db.error().message.toStdString();
}

TEST_F(PostgresDatabase, RefusesADatabaseFromANewerVersion)
{
    {
        auto db = Database::open(m_url);
        ASSERT_TRUE(succeeded(db));
        ASSERT_TRUE(exec(**db, QStringLiteral("UPDATE schema_version SET version = %1")
                                   .arg(Migrator::latestVersion(Dialect::PostgreSQL) + 1)));
    }
    auto db = Database::open(m_url);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version")))
        << db.error().message.toStdString();
}

TEST_F(PostgresDatabase, AFailingMigrationChangesNothing)
{
    auto db = Database::open(m_url);
    ASSERT_TRUE(succeeded(db));
    const int latest = (*db)->schemaVersion();
    QList<Migrator::Migration> migrations = Migrator::bundled(Dialect::PostgreSQL);
    migrations.append({latest + 1, QStringLiteral("broken"),
                       "CREATE TABLE half_done (id INTEGER);\nCREATE TABLE oops (;"});
    const Status status = Migrator::apply(**db, migrations, true);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("broken")));
    // DDL is transactional: the first statement of the failed migration is gone too.
    EXPECT_EQ((*db)->schemaVersion(), latest);
    EXPECT_EQ(count(**db, QStringLiteral("half_done")), -1);
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 12); // the connection is usable
}

TEST_F(PostgresDatabase, ImmediateTransactionRollsBackUnlessCommitted)
{
    auto db = Database::open(m_url);
    ASSERT_TRUE(succeeded(db));
    {
        ImmediateTransaction tx(**db);
        ASSERT_TRUE(tx.started());
        ASSERT_TRUE(succeeded(sql::run(**db, QStringLiteral("DELETE FROM regions"))));
    }
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 12);
    {
        ImmediateTransaction tx(**db);
        ASSERT_TRUE(tx.started());
        ASSERT_TRUE(succeeded(sql::run(**db, QStringLiteral("DELETE FROM regions WHERE code = ?"),
                                       {QStringLiteral("CQ")})));
        ASSERT_TRUE(succeeded(tx.commit()));
    }
    EXPECT_EQ(count(**db, QStringLiteral("regions")), 11);
}

TEST_F(PostgresChanges, DataVersionCountsOtherSessionsCommits)
{
    const qint64 before = m_mine->dataVersion();
    const qint64 theirsBefore = m_theirs->dataVersion();

    // Reading changes nothing, on either side.
    EXPECT_EQ(count(*m_mine, QStringLiteral("regions")), 12);
    EXPECT_EQ(count(*m_theirs, QStringLiteral("regions")), 12);
    QTest::qWait(300);
    EXPECT_EQ(m_mine->dataVersion(), before);
    EXPECT_EQ(m_theirs->dataVersion(), theirsBefore);

    // Another session's commit counts once its notification has been read (events processed).
    ASSERT_TRUE(exec(*m_theirs, QStringLiteral("UPDATE regions SET name = 'x' WHERE code = 'HZ'")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_mine->dataVersion() != before; }));
    EXPECT_EQ(m_mine->dataVersion(), before + 1);
    EXPECT_EQ(m_theirs->dataVersion(), theirsBefore); // its own commit

    // Notifications arrive in commit order: when the other session's commit has been counted,
    // our own earlier one has been read too, and was not counted.
    ASSERT_TRUE(exec(*m_mine, QStringLiteral("UPDATE regions SET name = 'y' WHERE code = 'HZ'")));
    ASSERT_TRUE(exec(*m_theirs, QStringLiteral("UPDATE regions SET name = 'z' WHERE code = 'HZ'")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_mine->dataVersion() != before + 1; }));
    EXPECT_EQ(m_mine->dataVersion(), before + 2);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_theirs->dataVersion() != theirsBefore; }));
    EXPECT_EQ(m_theirs->dataVersion(), theirsBefore + 1); // our commit, for them

    // NOTIFY is transactional: a rolled-back change notifies nobody.
    ASSERT_TRUE(exec(*m_theirs, QStringLiteral("BEGIN")));
    ASSERT_TRUE(exec(*m_theirs, QStringLiteral("DELETE FROM regions WHERE code = 'CQ'")));
    ASSERT_TRUE(exec(*m_theirs, QStringLiteral("ROLLBACK")));
    ASSERT_TRUE(exec(*m_theirs, QStringLiteral("UPDATE regions SET name = 'w' WHERE code = 'HZ'")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_mine->dataVersion() != before + 2; }));
    EXPECT_EQ(m_mine->dataVersion(), before + 3);
    EXPECT_EQ(count(*m_mine, QStringLiteral("regions")), 12);
}

TEST_F(PostgresChanges, DataVersionListensAgainWhenTheConnectionIsOpenedAgain)
{
    QSqlQuery pid(m_mine->connection());
    ASSERT_TRUE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const int backend = pid.value(0).toInt();
    pid.finish();

    // The server ends our session (a restart, a network failure, an administrator).
    QSqlQuery terminate(m_theirs->connection());
    ASSERT_TRUE(terminate.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
    terminate.addBindValue(backend);
    ASSERT_TRUE(terminate.exec());
    EXPECT_EQ(count(*m_mine, QStringLiteral("regions")), -1);
    ASSERT_FALSE(m_mine->connection().isOpen());
    const qint64 lost = m_mine->dataVersion();
    EXPECT_EQ(m_mine->dataVersion(), lost);

    // Opened again (Qt's driver forgets its subscriptions then): what changed meanwhile is
    // unknown, and colleagues' commits count again.
    QSqlDatabase connection = m_mine->connection();
    ASSERT_TRUE(connection.open());
    const qint64 reopened = m_mine->dataVersion();
    EXPECT_NE(reopened, lost);
    EXPECT_EQ(m_mine->dataVersion(), reopened);
    ASSERT_TRUE(exec(*m_theirs, QStringLiteral("UPDATE regions SET name = 'x' WHERE code = 'HZ'")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_mine->dataVersion() != reopened; }));
    EXPECT_EQ(m_mine->dataVersion(), reopened + 1);
}

TEST_F(PostgresDatabase, DataVersionOnAThreadWithoutEventLoopFollowsTheSnapshot)
{
    // A std::thread has no event dispatcher: nothing would read notifications there.
    bool opened = false;
    bool readingChangedIt = true;
    bool theirCommitChangedIt = false;
    std::thread([&] {
        auto mine = Database::open(m_url);
        auto theirs = Database::open(m_url);
        opened = mine.ok() && theirs.ok();
        if (!opened)
            return;
        const qint64 before = (*mine)->dataVersion();
        count(**theirs, QStringLiteral("regions"));
        readingChangedIt = (*mine)->dataVersion() != before;
        exec(**theirs, QStringLiteral("UPDATE regions SET name = 'x' WHERE code = 'HZ'"));
        theirCommitChangedIt = (*mine)->dataVersion() != before;
    }).join();
    ASSERT_TRUE(opened);
    EXPECT_FALSE(readingChangedIt);
    EXPECT_TRUE(theirCommitChangedIt);
}

TEST_F(PostgresDatabase, NocaseComparesIgnoringCaseAsOnSqlite)
{
    auto db = Database::open(m_url);
    ASSERT_TRUE(succeeded(db));
    auto query = sql::run(**db,
                          QStringLiteral("SELECT CAST(? AS TEXT) = CAST(? AS TEXT) COLLATE NOCASE, "
                                         "CAST(? AS TEXT) = CAST(? AS TEXT)"),
                          {QStringLiteral("HZ2026001"), QStringLiteral("hz2026001"),
                           QStringLiteral("HZ"), QStringLiteral("hz")});
    ASSERT_TRUE(succeeded(query));
    ASSERT_TRUE(query->next());
    EXPECT_TRUE(query->value(0).toBool());
    EXPECT_FALSE(query->value(1).toBool());
}
