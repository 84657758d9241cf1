// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sf {

class Database;

namespace sql {

// " AND (…)" restricting `ownerColumn` (a customers.owner_id expression, e.g. "c.owner_id") to
// the scope, its values appended to `values` in order; empty for every customer. An owner scope
// is `ifnull(column, 0) = ?`, the same condition (and index, customers_by_owner) as the owner
// filter of the customer list.
QString scopeCondition(const AccessScope &scope, const QString &ownerColumn, QVariantList &values);

} // namespace sql

// Who owns one customer, for the access check of one customer.
struct CustomerOwnership
{
    QString customerId; // R1 id
    qint64 ownerId = 0; // 0: no owner
    QString ownerLogin;
    QString ownerTeam;
};

// The ownership of the customer with this internal row id, or nullopt when there is none.
Result<std::optional<CustomerOwnership>> customerOwnership(const Database &db, qint64 rowId);

// Which of these customer ids (R1) are in the scope: one indexed lookup each.
Result<QSet<QString>> customersInScope(const Database &db, const QStringList &customerIds,
                                       const AccessScope &scope);

} // namespace sf
