// SPDX-License-Identifier: MIT
#include "services/ServiceContext.h"

#include "services/AuditTexts.h"
#include "storage/AccessScopeSql.h"
#include "storage/AuditRepository.h"
#include "storage/FollowUpRepository.h"

namespace sf {

Status ServiceContext::audit(const QString &entity, const QString &entityId, const QString &field,
                             const QString &oldValue, const QString &newValue) const
{
    // Before anyone acts (creating the first administrator) SalesFlow itself is the actor.
    const QString who = actor.login.isEmpty() ? QStringLiteral("system") : actor.login;
    return AuditRepository(db).append({now(), who, entity, entityId, field, oldValue, newValue});
}

std::optional<ServiceContext::LastChange> ServiceContext::lastChange(const QString &entity,
                                                                     const QString &entityId) const
{
    auto trail = AuditRepository(db).forEntity(entity, entityId);
    if (!trail || trail->isEmpty())
        return std::nullopt;
    const AuditEntry &last = trail->first(); // newest first
    return LastChange{last.actor, last.at, AuditTexts::lastChange(*trail)};
}

Result<qint64> ServiceContext::customerRowId(const QString &customerId) const
{
    auto rowId = FollowUpRepository(db).customerRowId(customerId.trimmed().toUpper());
    if (!rowId)
        return rowId.error();
    if (!*rowId)
        return Error::notFound(tr("There is no customer %1.").arg(customerId));
    return **rowId;
}

Status ServiceContext::requireRole(std::initializer_list<Role> roles, const QString &refusal) const
{
    for (Role role : roles) {
        if (actor.role == role)
            return Ok{};
    }
    return Error{ErrorKind::Permission, refusal, {}};
}

Status ServiceContext::requireCustomerAccess(qint64 customerRowId, Access access) const
{
    const AccessScope mine = scope();
    if (mine.isAll() && !(access == Access::Write && mine.readOnly))
        return Ok{};
    auto owner = customerOwnership(db, customerRowId);
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error::notFound(tr("The customer no longer exists."));
    const QString &customerId = (*owner)->customerId;
    if (access == Access::Write && mine.readOnly)
        return Error{ErrorKind::Permission,
                     tr("Your role may look at customer %1 but not change it.").arg(customerId),
                     {}};
    if (mine.contains((*owner)->ownerId, (*owner)->ownerTeam))
        return Ok{};
    QString refusal;
    if (mine.kind == AccessScope::Kind::Team)
        refusal = access == Access::Write
                      ? tr("Customer %1 belongs to another team's portfolio; you may not change "
                           "it.")
                      : tr("Customer %1 belongs to another team's portfolio; you may not see it.");
    else
        refusal = access == Access::Write
                      ? tr("Customer %1 belongs to another rep's portfolio; you may not change "
                           "it.")
                      : tr("Customer %1 belongs to another rep's portfolio; you may not see it.");
    return Error{ErrorKind::Permission, refusal.arg(customerId), {}};
}

Result<qint64> ServiceContext::customerRowId(const QString &customerId, Access access) const
{
    auto rowId = customerRowId(customerId);
    if (!rowId)
        return rowId;
    if (auto allowed = requireCustomerAccess(*rowId, access); !allowed)
        return allowed.error();
    return rowId;
}

} // namespace sf
