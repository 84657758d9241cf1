// SPDX-License-Identifier: MIT
#include "services/ServiceContext.h"

#include "storage/AuditRepository.h"

namespace sf {

Status ServiceContext::audit(const QString &entity, const QString &entityId, const QString &field,
                             const QString &oldValue, const QString &newValue) const
{
    return AuditRepository(db).append(
        {now(), actor.login, entity, entityId, field, oldValue, newValue});
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
