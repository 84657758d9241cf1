// SPDX-License-Identifier: MIT
#include "services/ServiceContext.h"

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

} // namespace sf
