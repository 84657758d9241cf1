// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/User.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace sf {

class Database;

// What every service of one workspace shares: the connection of this thread, the clock and the
// acting user. Internal to the services layer.
struct ServiceContext
{
    Q_DECLARE_TR_FUNCTIONS(ServiceContext)

public:
    const Database &db;
    Clock clock;
    User actor;

    QDateTime now() const { return clock(); }

    // Writes one audit row in the caller's transaction: who, when, entity, id, field, old → new.
    Status audit(const QString &entity, const QString &entityId, const QString &field,
                 const QString &oldValue, const QString &newValue) const;

    // Refuses with `refusal` (a whole translated sentence) unless the acting user has one of
    // `roles`.
    // The internal row id of a customer id (R1, any case), or "There is no customer …".
    Result<qint64> customerRowId(const QString &customerId) const;

    Status requireRole(std::initializer_list<Role> roles, const QString &refusal) const;
};

} // namespace sf
