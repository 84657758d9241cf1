// SPDX-License-Identifier: MIT
#include "storage/AccessScopeSql.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace sf {

QString sql::scopeCondition(const AccessScope &scope, const QString &ownerColumn,
                            QVariantList &values)
{
    switch (scope.kind) {
    case AccessScope::Kind::All: return {};
    case AccessScope::Kind::Owner:
        values << scope.ownerId;
        return QStringLiteral(" AND ifnull(%1, 0) = ?").arg(ownerColumn);
    case AccessScope::Kind::Team:
        values << scope.team;
        // 0 stands for "no owner", as in the index customers_by_owner.
        return QStringLiteral(
                   " AND ifnull(%1, 0) IN (SELECT 0 UNION ALL SELECT id FROM users WHERE team = ?)")
            .arg(ownerColumn);
    }
    return {};
}

Result<std::optional<CustomerOwnership>> customerOwnership(const Database &db, qint64 rowId)
{
    auto query =
        sql::run(db,
                 QStringLiteral("SELECT c.code, ifnull(c.owner_id, 0), ifnull(u.login, ''), "
                                "ifnull(u.team, '') FROM customers c LEFT JOIN users u "
                                "ON u.id = c.owner_id WHERE c.id = ?"),
                 {rowId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<CustomerOwnership>();
    return std::optional<CustomerOwnership>(
        CustomerOwnership{query->value(0).toString(), query->value(1).toLongLong(),
                          query->value(2).toString(), query->value(3).toString()});
}

Result<QSet<QString>> customersInScope(const Database &db, const QStringList &customerIds,
                                       const AccessScope &scope)
{
    QVariantList values;
    const QString condition = sql::scopeCondition(scope, QStringLiteral("c.owner_id"), values);
    auto query =
        sql::prepare(db, QStringLiteral("SELECT 1 FROM customers c WHERE c.code = ?") + condition);
    if (!query)
        return query.error();
    QSet<QString> inScope;
    QSet<QString> checked;
    for (const QString &id : customerIds) {
        if (checked.contains(id))
            continue;
        checked.insert(id);
        query->addBindValue(id);
        for (const QVariant &value : std::as_const(values))
            query->addBindValue(value);
        if (auto ran = sql::exec(*query); !ran)
            return ran.error();
        if (query->next())
            inScope.insert(id);
        query->finish();
    }
    return inScope;
}

} // namespace sf
