// SPDX-License-Identifier: MIT
// Users, passwords and acting as a user (--user) from the command line.
#include "CliRunner.h"

using namespace sf::test;

namespace {

const QString kPassword = QStringLiteral("Spring2026!");

class CliUsers : public CliTest
{
protected:
    CliRun addUser(const QString &login, const QString &role, const QString &password)
    {
        if (password.isEmpty())
            m_env.remove(QStringLiteral("SALESFLOW_NEW_PASSWORD"));
        else
            m_env.insert(QStringLiteral("SALESFLOW_NEW_PASSWORD"), password);
        const CliRun run = runOnDb({QStringLiteral("users"), QStringLiteral("add"), login,
                                    QStringLiteral("--role"), role, QStringLiteral("--json")});
        m_env.remove(QStringLiteral("SALESFLOW_NEW_PASSWORD"));
        return run;
    }

    // `users list` as `login`, with `password` in SALESFLOW_PASSWORD (none when empty).
    CliRun listAs(const QString &login, const QString &password)
    {
        if (password.isEmpty())
            m_env.remove(QStringLiteral("SALESFLOW_PASSWORD"));
        else
            m_env.insert(QStringLiteral("SALESFLOW_PASSWORD"), password);
        return runOnDb({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--user"),
                        login, QStringLiteral("--json")});
    }
};

} // namespace

TEST_F(CliUsers, AUserWithAPasswordActsOnlyWithIt)
{
    const CliRun added = addUser(QStringLiteral("li.wei"), QStringLiteral("rep"), kPassword);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.json().value(QStringLiteral("password_set")).toBool());

    EXPECT_EQ(listAs(QStringLiteral("li.wei"), kPassword).exitCode, 0);
    const CliRun wrong = listAs(QStringLiteral("li.wei"), QStringLiteral("Spring2025!"));
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("wrong password"))) << wrong.err.toStdString();
    // No variable and no terminal (the test's standard input is not one): told how to give it.
    const CliRun missing = listAs(QStringLiteral("li.wei"), {});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("SALESFLOW_PASSWORD")))
        << missing.err.toStdString();
    EXPECT_EQ(listAs(QStringLiteral("nobody"), kPassword).exitCode, 2);
}

TEST_F(CliUsers, AUserAddedWithoutAPasswordActsUntilTheyChooseOne)
{
    const CliRun added = addUser(QStringLiteral("li.wei"), QStringLiteral("rep"), {});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_FALSE(added.json().value(QStringLiteral("password_set")).toBool(true));
    EXPECT_EQ(listAs(QStringLiteral("li.wei"), {}).exitCode, 0);
    // Acting as a rep still refuses what a rep may not do.
    m_env.remove(QStringLiteral("SALESFLOW_PASSWORD"));
    const CliRun refused =
        runOnDb({QStringLiteral("regions"), QStringLiteral("add"), QStringLiteral("NB"),
                 QStringLiteral("宁波"), QStringLiteral("--user"), QStringLiteral("li.wei")});
    EXPECT_EQ(refused.exitCode, 2);
}

TEST_F(CliUsers, AWeakPasswordIsRefusedAndNoUserIsAdded)
{
    const CliRun weak =
        addUser(QStringLiteral("li.wei"), QStringLiteral("rep"), QStringLiteral("123"));
    EXPECT_EQ(weak.exitCode, 2);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("at least 8"))) << weak.err.toStdString();
    const CliRun list =
        runOnDb({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_FALSE(list.out.contains(QStringLiteral("li.wei")));
}

TEST_F(CliUsers, AnAdministratorSetsPasswordsAndEditsUsers)
{
    ASSERT_EQ(addUser(QStringLiteral("li.wei"), QStringLiteral("rep"), kPassword).exitCode, 0);
    const CliRun noSource =
        runOnDb({QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("li.wei")});
    EXPECT_EQ(noSource.exitCode, 1);
    m_env.insert(QStringLiteral("SALESFLOW_NEW_PASSWORD"), QStringLiteral("Autumn2026!"));
    EXPECT_EQ(runOnDb({QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("li.wei")})
                  .exitCode,
              0);
    m_env.remove(QStringLiteral("SALESFLOW_NEW_PASSWORD"));
    EXPECT_EQ(listAs(QStringLiteral("li.wei"), kPassword).exitCode, 2);
    EXPECT_EQ(listAs(QStringLiteral("li.wei"), QStringLiteral("Autumn2026!")).exitCode, 0);

    m_env.remove(QStringLiteral("SALESFLOW_PASSWORD"));
    const CliRun edited =
        runOnDb({QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("li.wei"),
                 QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--team"),
                 QStringLiteral("华东"), QStringLiteral("--deactivate"), QStringLiteral("--json")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    EXPECT_EQ(edited.json().value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    EXPECT_EQ(edited.json().value(QStringLiteral("team")).toString(), QStringLiteral("华东"));
    EXPECT_FALSE(edited.json().value(QStringLiteral("active")).toBool(true));
    const CliRun deactivated = listAs(QStringLiteral("li.wei"), QStringLiteral("Autumn2026!"));
    EXPECT_EQ(deactivated.exitCode, 2);
    EXPECT_TRUE(deactivated.err.contains(QStringLiteral("deactivated")))
        << deactivated.err.toStdString();
    EXPECT_EQ(runOnDb({QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("li.wei"),
                       QStringLiteral("--activate"), QStringLiteral("--deactivate")})
                  .exitCode,
              1);
    EXPECT_EQ(runOnDb({QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("admin"),
                       QStringLiteral("--role"), QStringLiteral("rep")})
                  .exitCode,
              2); // the last administrator
}
