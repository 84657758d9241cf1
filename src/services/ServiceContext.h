// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Result.h"
#include "core/User.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <initializer_list>
#include <optional>

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

    // Who changed an entity last, when and what, from its audit trail: for the refusal of a save
    // over a newer change. Nullopt when the trail holds nothing the acting user may read.
    struct LastChange
    {
        QString actor;
        QDateTime at;
        QString fields; // readable names: "Needs, Tags"

        // `at` in local time, as the refusals name it: "2026-03-02 09:30".
        QString atText() const
        {
            return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
    };
    std::optional<LastChange> lastChange(const QString &entity, const QString &entityId) const;

    // The internal row id of a customer id (R1, any case), or "There is no customer …".
    Result<qint64> customerRowId(const QString &customerId) const;

    // Refuses with `refusal` (a whole translated sentence) unless the acting user has one of
    // `roles`.
    Status requireRole(std::initializer_list<Role> roles, const QString &refusal) const;

    // The customers the acting user works on (docs/permissions.md), from their role and team.
    AccessScope scope() const { return AccessScope::forUser(actor); }
    // Refuses (ErrorKind::Permission, a sentence naming the customer) unless the customer is in
    // the acting user's scope, and for Access::Write unless the role may change customers.
    Status requireCustomerAccess(qint64 customerRowId, Access access) const;
    // customerRowId() followed by requireCustomerAccess().
    Result<qint64> customerRowId(const QString &customerId, Access access) const;
};

} // namespace sf
