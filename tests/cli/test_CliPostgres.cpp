// SPDX-License-Identifier: MIT
// salesflow-cli on a PostgreSQL database of the test executable's cluster (docs/team-server.md):
// init, users, regions and the calendar, as a script would run them.
#include "CliRunner.h"
#include "support/PostgresCluster.h"

#include <QFile>

using namespace sf;

namespace {

class CliPostgres : public test::CliTest
{
protected:
    void SetUp() override { ASSERT_TRUE(test::PostgresCluster::shared().newDatabase(&m_url)); }

    // As the administrator: the role that ran `init` (the test cluster's superuser, which
    // connects without a password); `init` itself needs no user.
    test::CliRun onServer(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << m_url;
        if (arguments.first() != QLatin1String("init"))
            arguments << QStringLiteral("--user") << QStringLiteral("postgres");
        return run(arguments);
    }

    // As `login`, signing in to the server with `password` (SALESFLOW_PASSWORD).
    test::CliRun as(const QString &login, const QString &password, QStringList arguments)
    {
        m_env.insert(QStringLiteral("SALESFLOW_PASSWORD"), password);
        arguments << QStringLiteral("--db") << m_url << QStringLiteral("--user") << login
                  << QStringLiteral("--json");
        test::CliRun ran = run(arguments);
        m_env.remove(QStringLiteral("SALESFLOW_PASSWORD"));
        return ran;
    }

    test::CliRun addUser(const QString &login, const QString &role, const QString &password)
    {
        m_env.insert(QStringLiteral("SALESFLOW_NEW_PASSWORD"), password);
        test::CliRun ran = onServer({QStringLiteral("users"), QStringLiteral("add"), login,
                                     QStringLiteral("--role"), role});
        m_env.remove(QStringLiteral("SALESFLOW_NEW_PASSWORD"));
        return ran;
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

    // A server's user needs an initial password (their database role's).
    const test::CliRun withoutPassword =
        onServer({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("li.lei"),
                  QStringLiteral("--role"), QStringLiteral("rep")});
    EXPECT_NE(withoutPassword.exitCode, 0);
    EXPECT_TRUE(withoutPassword.err.contains(QStringLiteral("SALESFLOW_NEW_PASSWORD")))
        << withoutPassword.err.toStdString();
    const test::CliRun user =
        addUser(QStringLiteral("li.lei"), QStringLiteral("rep"), QStringLiteral("Spring2026!"));
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

TEST_F(CliPostgres, EachUserSignsInAsTheirOwnRoleAndSeesTheirOwnCustomers)
{
    ASSERT_EQ(onServer({QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(addUser(QStringLiteral("li.lei"), QStringLiteral("rep"), QStringLiteral("Li-2026-pw"))
                  .exitCode,
              0);
    ASSERT_EQ(
        addUser(QStringLiteral("han.mei"), QStringLiteral("rep"), QStringLiteral("Han-2026-pw"))
            .exitCode,
        0);
    // The rep imports a customer: it becomes theirs, and the other rep does not see it.
    const QString csv = m_folder.path(QStringLiteral("leads.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("name,needs,first_contact,region\n杭州华信科技,需要CRM系统,2026-03-02,HZ\n");
    }
    const test::CliRun added = as(QStringLiteral("li.lei"), QStringLiteral("Li-2026-pw"),
                                  {QStringLiteral("import"), QStringLiteral("customers"), csv});
    ASSERT_EQ(added.exitCode, 0) << added.out.toStdString() << added.err.toStdString();
    const test::CliRun own = as(QStringLiteral("li.lei"), QStringLiteral("Li-2026-pw"),
                                {QStringLiteral("customers"), QStringLiteral("list")});
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    EXPECT_EQ(own.json().value(QStringLiteral("total")).toInt(), 1) << own.out.toStdString();
    const test::CliRun others = as(QStringLiteral("han.mei"), QStringLiteral("Han-2026-pw"),
                                   {QStringLiteral("customers"), QStringLiteral("list")});
    ASSERT_EQ(others.exitCode, 0) << others.err.toStdString();
    EXPECT_EQ(others.json().value(QStringLiteral("total")).toInt(), 0) << others.out.toStdString();

    // A wrong password does not connect; the server says why.
    const test::CliRun wrong = as(QStringLiteral("li.lei"), QStringLiteral("Han-2026-pw"),
                                  {QStringLiteral("customers"), QStringLiteral("list")});
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("password authentication failed")))
        << wrong.err.toStdString();
    // A rep does not add users: the services refuse, and the server would too.
    m_env.insert(QStringLiteral("SALESFLOW_NEW_PASSWORD"), QStringLiteral("Zhao-2026-pw"));
    const test::CliRun refused =
        as(QStringLiteral("li.lei"), QStringLiteral("Li-2026-pw"),
           {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("zhao.min"),
            QStringLiteral("--role"), QStringLiteral("admin")});
    EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
}
