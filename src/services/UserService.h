// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

struct ServiceContext;

// What a sign-in found: the user, and whether they must choose their first password before going
// on (a user added without one, on an embedded database).
struct SignIn
{
    User user;
    bool mustChoosePassword = false;
};

// The people of the team, their roles and their passwords (process.md, "Roles").
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(ServiceContext &context)
        : m_context(context)
    {}

    // The administrator that a new single-desk database starts with; the command line acts as it
    // when no user is named.
    static QString localAdminLogin() { return QStringLiteral("admin"); }

    Result<QList<User>> list() const;
    Result<std::optional<User>> find(const QString &login) const;
    // The teams users belong to, sorted (offered when a user is added or edited).
    Result<QStringList> teams() const;
    // Adds a user (administrators only). Login: a lower-case letter, then 1–31 of a–z, 0–9, . _ -
    // Without a password the user chooses one at their first sign-in.
    Result<User> add(const User &user, const QString &password = {});
    // Changes name, role, senior, team and active of the user with `user.id` (administrators
    // only), against `user.version`; audited per field. The last active administrator stays one.
    Result<User> update(const User &user);
    // Creates the local administrator if the database has none; no permission check (start-up).
    Result<User> ensureLocalAdmin();

    // Checks a login and password. An unknown login and a wrong password get the same answer;
    // a user without a password yet signs in with any and must choose one (choosePassword).
    Result<SignIn> signIn(const QString &login, const QString &password) const;
    // Sets the first password of a user who has none (refused once one is set).
    Result<User> choosePassword(const QString &login, const QString &password);
    // Whether no active administrator has a password yet: the first start of a new database,
    // where the administrator's account is created.
    Result<bool> needsAdministrator() const;
    // The acting user's own password, after checking the current one.
    Status changeOwnPassword(const QString &current, const QString &next);
    // Sets anyone's password (administrators only).
    Status setPassword(const QString &login, const QString &password);

private:
    // On a server: whether a new user's database role is still to be created (an administrator
    // adds them) or is the role that connected (the first administrator, who ran `init`).
    enum class ServerRole { Create, Connected };
    // Inserts the user with an Argon2id hash (SQLite) or, for ServerRole::Create, creates their
    // database role with `serverPassword` (PostgreSQL; empty: none yet, the role cannot connect).
    Result<User> insert(const User &user, const QString &passwordHash,
                        const QString &serverPassword, ServerRole serverRole);
    bool onServer() const;
    // On a server the password is the role's: a second connection signs in with it.
    Result<SignIn> signInOnServer(const QString &login, const QString &password) const;
    Result<User> userNamed(const QString &login) const;
    Status storePassword(const User &user, const QString &password, bool onlyIfUnset,
                         const QString &how);
    ServiceContext &m_context;
};

} // namespace sf
