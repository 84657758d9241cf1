// SPDX-License-Identifier: MIT
#include "services/UserService.h"

#include "services/Passwords.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"
#include "storage/ImmediateTransaction.h"
#include "storage/ServerLogins.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>

namespace sf {
namespace {

constexpr int kMaxNameLength = 40;
const QString kUser = QStringLiteral("user");

QString roleText(const User &user)
{
    return roleKey(user.role) + (user.senior ? QStringLiteral(" senior") : QString());
}

Error wrongCredentials()
{
    return Error::invalid(UserService::tr("Unknown login or wrong password."));
}

// Spends the time of one verification, so that an unknown login takes as long as a wrong password.
void verifyAgainstDecoy(const QString &password)
{
    static const QString decoy = [] {
        auto hashed = Passwords::hash(QStringLiteral("decoy password"));
        return hashed ? *hashed : QString();
    }();
    Passwords::verify(decoy, password);
}

// "changed by X at T (fields)": who changed the account last and what, from the audit trail.
Error staleUser(const ServiceContext &context, const QString &login)
{
    if (const auto last = context.lastChange(kUser, login))
        return Error::conflict(
            UserService::tr("The account %1 was changed by %2 at %3 (%4) while you were editing "
                            "it. Reload and make your change again.")
                .arg(login, last->actor, last->atText(), last->fields));
    return Error::conflict(UserService::tr("The account %1 was changed by someone else while you "
                                           "were editing it. Reload and make your change again.")
                               .arg(login));
}

} // namespace

Result<QList<User>> UserService::list() const
{
    return UserRepository(m_context.db).all();
}

Result<std::optional<User>> UserService::find(const QString &login) const
{
    return UserRepository(m_context.db).findByLogin(login);
}

Result<QStringList> UserService::teams() const
{
    return UserRepository(m_context.db).teams();
}

Result<User> UserService::add(const User &user, const QString &password)
{
    if (auto allowed =
            m_context.requireRole({Role::Admin}, tr("Only an administrator may add users."));
        !allowed)
        return allowed.error();
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!loginPattern.match(user.login).hasMatch())
        return Error::invalid(tr("The login \"%1\" is not valid: use a lower-case letter followed "
                                 "by 1 to 31 lower-case letters, digits, dots, dashes or "
                                 "underscores.")
                                  .arg(user.login));
    if (user.name.trimmed().size() > kMaxNameLength)
        return Error::invalid(tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    QString hash;
    if (!password.isEmpty()) {
        if (const QString weakness = Passwords::weakness(user.login, password); !weakness.isEmpty())
            return Error::invalid(weakness);
        // On a server the password is the role's (ServerLogins), checked by PostgreSQL.
        if (!onServer()) {
            auto hashed = Passwords::hash(password);
            if (!hashed)
                return hashed.error();
            hash = *hashed;
        }
    }
    return insert(user, hash, password, ServerRole::Create);
}

Result<User> UserService::update(const User &user)
{
    if (auto allowed =
            m_context.requireRole({Role::Admin}, tr("Only an administrator may change users."));
        !allowed)
        return allowed.error();
    if (user.name.trimmed().size() > kMaxNameLength)
        return Error::invalid(tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    UserRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto before = userNamed(user.login);
    if (!before)
        return before.error();
    if (before->id != user.id)
        return Error::notFound(tr("There is no user %1.").arg(user.login));
    const bool losesAdmin =
        before->role == Role::Admin && before->active && (user.role != Role::Admin || !user.active);
    if (losesAdmin) {
        if (before->id == m_context.actor.id && !user.active)
            return Error::invalid(tr("You may not deactivate your own account."));
        auto admins = repository.countActiveAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error::invalid(tr("%1 is the last active administrator: make someone else an "
                                     "administrator first.")
                                      .arg(user.login));
    }
    User stored = user;
    stored.name = user.name.trimmed().isEmpty() ? user.login : user.name.trimmed();
    stored.team = user.team.trimmed();
    auto updated = repository.update(stored);
    if (!updated)
        return updated.error();
    if (!*updated)
        return staleUser(m_context, user.login);
    const QList<std::tuple<QString, QString, QString>> changes = {
        {QStringLiteral("name"), before->name, stored.name},
        {QStringLiteral("role"), roleText(*before), roleText(stored)},
        {QStringLiteral("team"), before->team, stored.team},
        {QStringLiteral("active"), before->active ? QStringLiteral("yes") : QStringLiteral("no"),
         stored.active ? QStringLiteral("yes") : QStringLiteral("no")},
    };
    for (const auto &[field, oldValue, newValue] : changes) {
        if (oldValue == newValue)
            continue;
        if (auto status = m_context.audit(kUser, user.login, field, oldValue, newValue); !status)
            return status.error();
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    stored.version = before->version + 1;
    return stored;
}

Result<User> UserService::ensureLocalAdmin()
{
    QString login = localAdminLogin();
    if (onServer()) {
        // On a server the user is the role that connected; the first one, on a new database, is
        // the role that ran `init` (it owns the tables) and becomes the administrator.
        auto role = ServerLogins(m_context.db).sessionRole();
        if (!role)
            return role.error();
        login = *role;
    }
    UserRepository repository(m_context.db);
    auto existing = repository.findByLogin(login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value();
    if (onServer()) {
        auto users = repository.all();
        if (!users)
            return users.error();
        if (!users->isEmpty())
            return Error{ErrorKind::Permission,
                         tr("The database role %1 is not a SalesFlow user: an administrator adds "
                            "users with \"salesflow-cli users add\".")
                             .arg(login),
                         {}};
    }
    User admin;
    admin.login = login;
    admin.name = tr("Administrator");
    admin.role = Role::Admin;
    // On a server `login` is the role that connected: it exists already.
    auto inserted = insert(admin, {}, {}, ServerRole::Connected);
    if (!inserted && inserted.error().kind == ErrorKind::Conflict) {
        // Another process created it meanwhile: use theirs.
        auto created = repository.findByLogin(login);
        if (created && created->has_value())
            return created->value();
    }
    return inserted;
}

Result<SignIn> UserService::signIn(const QString &login, const QString &password) const
{
    if (onServer())
        return signInOnServer(login.trimmed(), password);
    auto user = UserRepository(m_context.db).findByLogin(login.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value()) {
        verifyAgainstDecoy(password);
        return wrongCredentials();
    }
    auto hash = UserRepository(m_context.db).passwordHash((*user)->id);
    if (!hash)
        return hash.error();
    if (hash->has_value() && !Passwords::verify(**hash, password))
        return wrongCredentials();
    if (!(*user)->active)
        return Error{ErrorKind::Permission,
                     tr("The account %1 is deactivated; ask an administrator.").arg(login),
                     {}};
    return SignIn{**user, !hash->has_value()};
}

Result<User> UserService::choosePassword(const QString &login, const QString &password)
{
    if (onServer())
        return Error::invalid(tr("On a team server an administrator sets the first password of "
                                 "%1 (\"salesflow-cli users passwd\").")
                                  .arg(login));
    auto user = userNamed(login);
    if (!user)
        return user.error();
    if (!user->active)
        return Error{ErrorKind::Permission,
                     tr("The account %1 is deactivated; ask an administrator.").arg(login),
                     {}};
    if (auto status = storePassword(*user, password, true, QStringLiteral("chosen")); !status)
        return status.error();
    return *user;
}

Result<bool> UserService::needsAdministrator() const
{
    if (onServer())
        return false; // the role that ran `init` is the administrator
    auto admins = UserRepository(m_context.db).countActiveAdmins(true);
    if (!admins)
        return admins.error();
    return *admins == 0;
}

Status UserService::changeOwnPassword(const QString &current, const QString &next)
{
    if (onServer()) {
        auto verified = ServerLogins(m_context.db).verify(m_context.actor.login, current);
        if (!verified)
            return verified.error();
        if (!*verified)
            return Error::invalid(tr("The current password is wrong."));
        return storePassword(m_context.actor, next, false, QStringLiteral("changed"));
    }
    auto hash = UserRepository(m_context.db).passwordHash(m_context.actor.id);
    if (!hash)
        return hash.error();
    if (hash->has_value() && !Passwords::verify(**hash, current))
        return Error::invalid(tr("The current password is wrong."));
    return storePassword(m_context.actor, next, false, QStringLiteral("changed"));
}

Status UserService::setPassword(const QString &login, const QString &password)
{
    if (auto allowed = m_context.requireRole(
            {Role::Admin}, tr("Only an administrator may set another user's password."));
        !allowed)
        return allowed.error();
    auto user = userNamed(login);
    if (!user)
        return user.error();
    return storePassword(*user, password, false, QStringLiteral("set by an administrator"));
}

Result<User> UserService::userNamed(const QString &login) const
{
    auto user = UserRepository(m_context.db).findByLogin(login.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::notFound(tr("There is no user %1.").arg(login));
    return **user;
}

Status UserService::storePassword(const User &user, const QString &password, bool onlyIfUnset,
                                  const QString &how)
{
    if (const QString weakness = Passwords::weakness(user.login, password); !weakness.isEmpty())
        return Error::invalid(weakness);
    if (onServer()) {
        ImmediateTransaction tx(m_context.db);
        if (!tx.started())
            return tx.error();
        if (auto set = ServerLogins(m_context.db).setPassword(user.login, password); !set)
            return set;
        if (auto status = m_context.audit(kUser, user.login, QStringLiteral("password"), {}, how);
            !status)
            return status.error();
        return tx.commit();
    }
    // Hashing takes a tenth of a second and 64 MiB: not inside the write transaction.
    auto hash = Passwords::hash(password);
    if (!hash)
        return hash.error();
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto stored = UserRepository(m_context.db).setPasswordHash(user.id, *hash, onlyIfUnset);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::conflict(
            tr("%1 already has a password; sign in with it, or ask an administrator to set a "
               "new one.")
                .arg(user.login));
    // The trail says that the password changed, never what it is.
    if (auto status = m_context.audit(kUser, user.login, QStringLiteral("password"), {}, how);
        !status)
        return status.error();
    return tx.commit();
}

Result<User> UserService::insert(const User &user, const QString &passwordHash,
                                 const QString &serverPassword, ServerRole serverRole)
{
    UserRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto existing = repository.findByLogin(user.login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(tr("The login %1 is already taken.").arg(user.login));
    User stored = user;
    stored.name = user.name.trimmed().isEmpty() ? user.login : user.name.trimmed();
    auto id = repository.insert(stored, m_context.now());
    if (!id)
        return id.error();
    stored.id = *id;
    if (!passwordHash.isEmpty()) {
        if (auto set = repository.setPasswordHash(stored.id, passwordHash, false); !set)
            return set.error();
    }
    // The user's own database role, unless it is the role that connected (the first
    // administrator, who ran `init`).
    if (onServer() && serverRole == ServerRole::Create) {
        if (auto created = ServerLogins(m_context.db).create(stored.login, serverPassword);
            !created)
            return created.error();
    }
    if (auto status = m_context.audit(kUser, stored.login, QStringLiteral("role"), QString(),
                                      roleText(stored));
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    return stored;
}

bool UserService::onServer() const
{
    return m_context.db.dialect() == Dialect::PostgreSQL;
}

Result<SignIn> UserService::signInOnServer(const QString &login, const QString &password) const
{
    auto user = UserRepository(m_context.db).findByLogin(login);
    if (!user)
        return user.error();
    auto verified = ServerLogins(m_context.db).verify(login, password);
    if (!verified)
        return verified.error();
    if (!user->has_value() || !*verified)
        return wrongCredentials();
    if (!(*user)->active)
        return Error{ErrorKind::Permission,
                     tr("The account %1 is deactivated; ask an administrator.").arg(login),
                     {}};
    return SignIn{**user, false};
}

} // namespace sf
