// SPDX-License-Identifier: MIT
// salesflow-cli on a PostgreSQL database of the test executable's cluster (docs/team-server.md):
// init, users, regions and the calendar, as a script would run them.
#include "CliRunner.h"
#include "support/PostgresCluster.h"

using namespace sf;

namespace {

class CliPostgres : public test::CliTest
{
protected:
    void SetUp() override { ASSERT_TRUE(test::PostgresCluster::shared().newDatabase(&m_url)); }

    // As the administrator (who has no password yet), except `init`, which needs no user.
    test::CliRun onServer(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << m_url;
        if (arguments.first() != QLatin1String("init"))
            arguments << QStringLiteral("--user") << QStringLiteral("admin");
        return run(arguments);
    }

    QString m_url;
};

} // namespace

TEST_F(CliPostgres, InitUsersRegionsAndCalendar)
{
    const test::CliRun init = onServer({QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    // Anything else on the server names its user.
    const test::CliRun anonymous =
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), m_url});
    EXPECT_EQ(anonymous.exitCode, 1);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--user"))) << anonymous.err.toStdString();

    const test::CliRun user =
        onServer({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("li.lei"),
                  QStringLiteral("--role"), QStringLiteral("rep")});
    EXPECT_EQ(user.exitCode, 0) << user.err.toStdString();
    const test::CliRun users =
        onServer({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(users.exitCode, 0) << users.err.toStdString();
    EXPECT_EQ(users.json().value(QStringLiteral("users")).toArray().size(), 2);

    const test::CliRun region = onServer({QStringLiteral("regions"), QStringLiteral("add"),
                                          QStringLiteral("NB"), QStringLiteral("宁波")});
    EXPECT_EQ(region.exitCode, 0) << region.err.toStdString();
    const test::CliRun again = onServer({QStringLiteral("regions"), QStringLiteral("add"),
                                         QStringLiteral("NB"), QStringLiteral("宁波")});
    EXPECT_NE(again.exitCode, 0);

    const test::CliRun festival =
        onServer({QStringLiteral("calendar"), QStringLiteral("is-workday"),
                  QStringLiteral("2026-02-16"), QStringLiteral("--json")});
    EXPECT_EQ(festival.exitCode, 0) << festival.err.toStdString();
    EXPECT_EQ(festival.out.trimmed(), QStringLiteral(R"({"date":"2026-02-16","workday":false})"));
    const test::CliRun added =
        onServer({QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                  QStringLiteral("2026-02-14"), QStringLiteral("1"), QStringLiteral("--json")});
    EXPECT_EQ(added.out.trimmed(), QStringLiteral(R"({"date":"2026-02-24"})"));
}

TEST_F(CliPostgres, CheckAndBackupAreRefusedWithAReason)
{
    ASSERT_EQ(onServer({QStringLiteral("init")}).exitCode, 0);
    const test::CliRun check = onServer({QStringLiteral("check")});
    EXPECT_NE(check.exitCode, 0);
    EXPECT_TRUE(check.err.contains(QStringLiteral("pg_amcheck"))) << check.err.toStdString();
    const test::CliRun backup = onServer({QStringLiteral("backup"), QStringLiteral("/tmp/x.db")});
    EXPECT_NE(backup.exitCode, 0);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump"))) << backup.err.toStdString();
}
