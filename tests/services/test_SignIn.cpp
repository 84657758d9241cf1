// SPDX-License-Identifier: MIT
// Passwords (Argon2id), signing in, choosing the first password, and editing users.
#include "WorkspaceFixture.h"
#include "services/Passwords.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sf;
using sf::test::refusedAs;
using sf::test::succeeded;

namespace {

const QString kGood = QStringLiteral("Spring2026!");

class SignInTest : public test::WorkspaceTest
{
protected:
    User addWithPassword(const QString &login, Role role, const QString &password = kGood)
    {
        User user;
        user.login = login;
        user.role = role;
        auto added = m_ws->users().add(user, password);
        EXPECT_TRUE(succeeded(added));
        return added ? *added : User{};
    }

    // Values of one column read past the services (as someone with the file would).
    QStringList peek(const QString &statement, const QString &login) const
    {
        QStringList values;
        {
            QSqlDatabase db = test::anotherConnection(m_ws->databasePath(), QStringLiteral("peek"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(statement);
                query.addBindValue(login);
                if (query.exec()) {
                    while (query.next())
                        values << query.value(0).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return values;
    }

    QString storedHash(const QString &login) const
    {
        return peek(QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), login)
            .value(0);
    }

    // The audit trail of a user's account, as "field:old>new".
    QStringList trail(const QString &login) const
    {
        return peek(QStringLiteral("SELECT field || ':' || coalesce(old_value, '') || '>' || "
                                   "coalesce(new_value, '') FROM audit_log "
                                   "WHERE entity = 'user' AND entity_id = ? ORDER BY id"),
                    login);
    }

    int auditRows(const QString &login, const QString &field) const
    {
        int count = 0;
        for (const QString &row : trail(login))
            count += row.startsWith(field + u':') ? 1 : 0;
        return count;
    }
};

} // namespace

TEST(Passwords, AreArgon2idHashesWithTheirOwnSalt)
{
    auto first = Passwords::hash(kGood);
    auto second = Passwords::hash(kGood);
    ASSERT_TRUE(succeeded(first));
    ASSERT_TRUE(succeeded(second));
    EXPECT_TRUE(first->startsWith(QStringLiteral("$argon2id$"))) << first->toStdString();
    EXPECT_NE(*first, *second); // salted
    EXPECT_TRUE(Passwords::verify(*first, kGood));
    EXPECT_FALSE(Passwords::verify(*first, QStringLiteral("spring2026!")));
    EXPECT_FALSE(Passwords::verify(QStringLiteral("not a hash"), kGood));
    EXPECT_FALSE(Passwords::verify(QString(), QString()));
}

TEST(Passwords, PolicyNamesWhatIsWrong)
{
    EXPECT_TRUE(Passwords::weakness(QStringLiteral("li.wei"), QStringLiteral("short1"))
                    .contains(QStringLiteral("at least 8")));
    EXPECT_FALSE(
        Passwords::weakness(QStringLiteral("li.wei"), QStringLiteral("x-LI.WEI-2026")).isEmpty());
    EXPECT_FALSE(
        Passwords::weakness(QStringLiteral("li.wei"), QStringLiteral("aaaaaaaaaa")).isEmpty());
    EXPECT_FALSE(
        Passwords::weakness(QStringLiteral("li.wei"), QString(129, u'x') + u'y').isEmpty());
    EXPECT_TRUE(Passwords::weakness(QStringLiteral("li.wei"), QStringLiteral("密码是春天的花朵"))
                    .isEmpty());
}

TEST_F(SignInTest, StoresOnlyTheHash)
{
    addWithPassword(QStringLiteral("li.wei"), Role::Rep);
    if constexpr (test::kOnPostgreSQL) {
        // On a server the password is the user's role's: a SCRAM verifier made by the client,
        // nothing in SalesFlow's tables.
        EXPECT_TRUE(storedHash(QStringLiteral("li.wei")).isEmpty());
        const QString verifier =
            peek(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
                 QStringLiteral("li.wei"))
                .value(0);
        EXPECT_TRUE(verifier.startsWith(QStringLiteral("SCRAM-SHA-256$")))
            << verifier.toStdString();
        EXPECT_FALSE(verifier.contains(kGood));
        return;
    }
    const QString hash = storedHash(QStringLiteral("li.wei"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(kGood));
}

TEST_F(SignInTest, RightPasswordSignsInWrongOrUnknownGetTheSameAnswer)
{
    addWithPassword(QStringLiteral("li.wei"), Role::Rep);
    auto ok = m_ws->users().signIn(QStringLiteral(" li.wei "), kGood);
    ASSERT_TRUE(succeeded(ok));
    EXPECT_EQ(ok->user.login, QStringLiteral("li.wei"));
    EXPECT_FALSE(ok->mustChoosePassword);

    auto wrong = m_ws->users().signIn(QStringLiteral("li.wei"), QStringLiteral("Spring2025!"));
    auto unknown = m_ws->users().signIn(QStringLiteral("nobody"), kGood);
    ASSERT_TRUE(refusedAs(wrong, ErrorKind::Invalid));
    ASSERT_TRUE(refusedAs(unknown, ErrorKind::Invalid));
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(SignInTest, ADeactivatedUserIsRefusedAfterTheirPassword)
{
    User user = addWithPassword(QStringLiteral("li.wei"), Role::Rep);
    user.active = false;
    ASSERT_TRUE(succeeded(m_ws->users().update(user)));
    auto refused = m_ws->users().signIn(QStringLiteral("li.wei"), kGood);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Permission));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("deactivated")));
    EXPECT_FALSE(m_ws->actAs(QStringLiteral("li.wei")).ok());
}

TEST_F(SignInTest, AUserWithoutAPasswordChoosesOneOnceAndThenNeedsIt)
{
    addUser(QStringLiteral("li.wei"), Role::Rep);
    if constexpr (test::kOnPostgreSQL) {
        // On a server the role has no password and cannot connect until an administrator gives
        // it one; nobody claims it with "a first password".
        EXPECT_TRUE(refusedAs(m_ws->users().signIn(QStringLiteral("li.wei"), QString()),
                              ErrorKind::Invalid));
        auto refused = m_ws->users().choosePassword(QStringLiteral("li.wei"), kGood);
        ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid));
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("administrator")));
        EXPECT_FALSE(m_ws->users().signIn(QStringLiteral("li.wei"), kGood).ok());
        ASSERT_TRUE(succeeded(m_ws->users().setPassword(QStringLiteral("li.wei"), kGood)));
        auto signedIn = m_ws->users().signIn(QStringLiteral("li.wei"), kGood);
        ASSERT_TRUE(succeeded(signedIn));
        EXPECT_FALSE(signedIn->mustChoosePassword);
        EXPECT_EQ(auditRows(QStringLiteral("li.wei"), QStringLiteral("password")), 1);
        return;
    }
    auto first = m_ws->users().signIn(QStringLiteral("li.wei"), QString());
    ASSERT_TRUE(succeeded(first));
    EXPECT_TRUE(first->mustChoosePassword);

    EXPECT_TRUE(
        refusedAs(m_ws->users().choosePassword(QStringLiteral("li.wei"), QStringLiteral("short")),
                  ErrorKind::Invalid));
    ASSERT_TRUE(succeeded(m_ws->users().choosePassword(QStringLiteral("li.wei"), kGood)));
    // Once chosen, nobody can claim the account again with "a first password".
    EXPECT_TRUE(refusedAs(
        m_ws->users().choosePassword(QStringLiteral("li.wei"), QStringLiteral("Other2026!")),
        ErrorKind::Conflict));
    EXPECT_TRUE(
        refusedAs(m_ws->users().signIn(QStringLiteral("li.wei"), QString()), ErrorKind::Invalid));
    auto second = m_ws->users().signIn(QStringLiteral("li.wei"), kGood);
    ASSERT_TRUE(succeeded(second));
    EXPECT_FALSE(second->mustChoosePassword);
    EXPECT_EQ(auditRows(QStringLiteral("li.wei"), QStringLiteral("password")), 1);
}

TEST_F(SignInTest, TheFirstStartNeedsTheAdministratorsPassword)
{
    auto needs = m_ws->users().needsAdministrator();
    ASSERT_TRUE(succeeded(needs));
    if constexpr (test::kOnPostgreSQL) {
        EXPECT_FALSE(*needs); // the role that ran init is the administrator, with its password
        return;
    }
    EXPECT_TRUE(*needs);
    ASSERT_TRUE(succeeded(m_ws->users().choosePassword(UserService::localAdminLogin(),
                                                       QStringLiteral("Guard#2026"))));
    needs = m_ws->users().needsAdministrator();
    ASSERT_TRUE(succeeded(needs));
    EXPECT_FALSE(*needs);
}

TEST_F(SignInTest, ChangingYourOwnPasswordNeedsTheCurrentOne)
{
    addWithPassword(QStringLiteral("li.wei"), Role::Rep);
    addWithPassword(QStringLiteral("zhao.min"), Role::Rep);
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("li.wei"))));
    EXPECT_TRUE(refusedAs(
        m_ws->users().changeOwnPassword(QStringLiteral("wrong one"), QStringLiteral("Summer2026!")),
        ErrorKind::Invalid));
    ASSERT_TRUE(succeeded(m_ws->users().changeOwnPassword(kGood, QStringLiteral("Summer2026!"))));
    EXPECT_FALSE(m_ws->users().signIn(QStringLiteral("li.wei"), kGood).ok());
    EXPECT_TRUE(m_ws->users().signIn(QStringLiteral("li.wei"), QStringLiteral("Summer2026!")).ok());
    // Someone else's password is the administrator's business.
    EXPECT_TRUE(refusedAs(m_ws->users().setPassword(QStringLiteral("zhao.min"), kGood),
                          ErrorKind::Permission));
}

TEST_F(SignInTest, AnAdministratorResetsAPasswordAndTheTrailSaysSoWithoutIt)
{
    addWithPassword(QStringLiteral("li.wei"), Role::Rep);
    ASSERT_TRUE(succeeded(
        m_ws->users().setPassword(QStringLiteral("li.wei"), QStringLiteral("Reset2026!"))));
    EXPECT_TRUE(m_ws->users().signIn(QStringLiteral("li.wei"), QStringLiteral("Reset2026!")).ok());
    const QStringList rows = trail(QStringLiteral("li.wei"));
    ASSERT_FALSE(rows.isEmpty());
    for (const QString &row : rows) {
        EXPECT_FALSE(row.contains(QStringLiteral("Reset2026"))) << row.toStdString();
        EXPECT_FALSE(row.contains(QStringLiteral("$argon2"))) << row.toStdString();
    }
    EXPECT_EQ(auditRows(QStringLiteral("li.wei"), QStringLiteral("password")), 1);
}

TEST_F(SignInTest, EditsAUserAgainstItsVersionAndAuditsEachField)
{
    User user = addWithPassword(QStringLiteral("li.wei"), Role::Rep);
    User mine = user;
    mine.role = Role::Manager;
    mine.team = QStringLiteral(" 华东 ");
    auto updated = m_ws->users().update(mine);
    ASSERT_TRUE(succeeded(updated));
    EXPECT_EQ(updated->team, QStringLiteral("华东"));
    EXPECT_EQ(updated->version, user.version + 1);
    EXPECT_EQ(auditRows(QStringLiteral("li.wei"), QStringLiteral("role")), 2); // added, changed
    EXPECT_EQ(auditRows(QStringLiteral("li.wei"), QStringLiteral("team")), 1);

    User stale = user; // read before the change
    stale.name = QStringLiteral("李伟");
    auto conflict = m_ws->users().update(stale);
    ASSERT_TRUE(refusedAs(conflict, ErrorKind::Conflict));
    EXPECT_TRUE(conflict.error().message.contains(m_admin));
    for (const QString &field : {QStringLiteral("Role"), QStringLiteral("Team")})
        EXPECT_TRUE(conflict.error().message.contains(field))
            << conflict.error().message.toStdString();
    EXPECT_EQ(m_ws->users().find(QStringLiteral("li.wei"))->value().role, Role::Manager);
}

TEST_F(SignInTest, TheTeamsOfferedAreTheUsersTeamsOnceEach)
{
    for (const auto &[login, team] : {std::pair{"li.wei", "华南"}, std::pair{"zhao.min", "华东"},
                                      std::pair{"wang.fang", "华南"}, std::pair{"sun.li", ""}}) {
        User user;
        user.login = QString::fromUtf8(login);
        user.team = QString::fromUtf8(team);
        ASSERT_TRUE(succeeded(m_ws->users().add(user)));
    }
    auto teams = m_ws->users().teams();
    ASSERT_TRUE(succeeded(teams));
    EXPECT_EQ(teams->size(), 2);
    EXPECT_TRUE(teams->contains(QStringLiteral("华东")));
    EXPECT_TRUE(teams->contains(QStringLiteral("华南")));
}

TEST_F(SignInTest, TheLastActiveAdministratorStaysOne)
{
    User admin = m_ws->actor();
    User demoted = admin;
    demoted.role = Role::Manager;
    auto refused = m_ws->users().update(demoted);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("last active administrator")));

    User second = addWithPassword(QStringLiteral("wang.fang"), Role::Admin);
    User self = m_ws->users().find(m_admin)->value();
    self.active = false;
    EXPECT_TRUE(refusedAs(m_ws->users().update(self), ErrorKind::Invalid)); // not yourself
    second.active = false;
    EXPECT_TRUE(succeeded(m_ws->users().update(second)));
}

TEST_F(SignInTest, OnlyAnAdministratorEditsUsers)
{
    User user = addWithPassword(QStringLiteral("li.wei"), Role::Rep);
    actAsNew(QStringLiteral("boss"), Role::Manager);
    user.senior = true;
    EXPECT_TRUE(refusedAs(m_ws->users().update(user), ErrorKind::Permission));
    EXPECT_FALSE(m_ws->users().find(QStringLiteral("li.wei"))->value().senior);
}
