// SPDX-License-Identifier: MIT
#include "services/UserService.h"

#include "services/ServiceContext.h"
#include "storage/ImmediateTransaction.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>

namespace sf {
namespace {

constexpr int kMaxNameLength = 40;

} // namespace

Result<QList<User>> UserService::list() const
{
    return UserRepository(m_context.db).all();
}

Result<std::optional<User>> UserService::find(const QString &login) const
{
    return UserRepository(m_context.db).findByLogin(login);
}

Result<User> UserService::add(const User &user)
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
    return insert(user);
}

Result<User> UserService::ensureLocalAdmin()
{
    UserRepository repository(m_context.db);
    auto existing = repository.findByLogin(localAdminLogin());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value();
    User admin;
    admin.login = localAdminLogin();
    admin.name = tr("Administrator");
    admin.role = Role::Admin;
    auto inserted = insert(admin);
    if (!inserted && inserted.error().kind == ErrorKind::Conflict) {
        // Another process created it meanwhile: use theirs.
        auto created = repository.findByLogin(localAdminLogin());
        if (created && created->has_value())
            return created->value();
    }
    return inserted;
}

Result<User> UserService::insert(const User &user)
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
    const QString role =
        roleKey(stored.role) + (stored.senior ? QStringLiteral(" senior") : QString());
    if (auto status = m_context.audit(QStringLiteral("user"), stored.login, QStringLiteral("role"),
                                      QString(), role);
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    return stored;
}

} // namespace sf
