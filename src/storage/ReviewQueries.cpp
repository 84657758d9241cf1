// SPDX-License-Identifier: MIT
#include "storage/ReviewQueries.h"

#include "storage/AccessScopeSql.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {

Result<QList<ReviewQueries::Row>> ReviewQueries::agenda(const QDateTime &from, const QDateTime &to,
                                                        const QString &dueBefore,
                                                        const AccessScope &scope) const
{
    const QString f = sql::utcText(from);
    const QString t = sql::utcText(to);
    QVariantList values{f, t, f, t, f, t, t, dueBefore};
    const QString inScope = sql::scopeCondition(scope, QStringLiteral("c.owner_id"), values);
    auto query = sql::scan(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.code, c.name, g.grade, ifnull(u.login, ''),"
            " (SELECT count(*) FROM followups x WHERE x.customer_id = c.id"
            "  AND x.contact_at >= ? AND x.contact_at < ?),"
            " (SELECT count(*) FROM followups x WHERE x.customer_id = c.id AND x.progress = 1"
            "  AND x.contact_at >= ? AND x.contact_at < ?),"
            " (SELECT count(*) FROM followups x WHERE x.customer_id = c.id AND x.risk <> ''"
            "  AND x.contact_at >= ? AND x.contact_at < ?),"
            " (SELECT count(*) FROM followups x WHERE x.id = (SELECT id FROM followups y"
            "  WHERE y.customer_id = c.id AND y.contact_at < ? ORDER BY y.contact_at DESC,"
            "  y.id DESC LIMIT 1) AND x.next_action <> '' AND x.next_action_due < ?)"
            " FROM customer_grades g JOIN customers c ON c.id = g.customer_id"
            " LEFT JOIN users u ON u.id = c.owner_id WHERE g.grade IN ('A', 'B')") +
            inScope + QStringLiteral(" ORDER BY ifnull(u.login, ''), c.code"),
        values);
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toString(),
                     query->value(2).toString(), query->value(3).toString(),
                     query->value(4).toString(), query->value(5).toInt(), query->value(6).toInt(),
                     query->value(7).toInt(), query->value(8).toInt()});
    return rows;
}

Result<QList<ReviewQueries::Volume>>
ReviewQueries::volumes(const QDateTime &from, const QDateTime &to, const AccessScope &scope) const
{
    const QString f = sql::utcText(from);
    const QString t = sql::utcText(to);
    QVariantList values{f, t, f, t};
    const QString inScope = sql::scopeCondition(scope, QStringLiteral("v.owner_id"), values);
    auto query = sql::scan(
        m_db,
        QStringLiteral(
            "SELECT owner, sum(entries), sum(records), sum(a) FROM ("
            " SELECT c.owner_id AS owner_id, 1 AS entries, 0 AS records, 0 AS a FROM customers c"
            "  WHERE c.entered_at >= ? AND c.entered_at < ?"
            " UNION ALL SELECT c.owner_id, 0, 1, 0 FROM followups f JOIN customers c"
            "  ON c.id = f.customer_id WHERE f.recorded_at >= ? AND f.recorded_at < ?"
            " UNION ALL SELECT c.owner_id, 0, 0, 1 FROM customer_grades g JOIN customers c"
            "  ON c.id = g.customer_id WHERE g.grade = 'A') v"
            " LEFT JOIN (SELECT id, login AS owner FROM users) u ON u.id = v.owner_id WHERE 1 = "
            "1") +
            inScope + QStringLiteral(" GROUP BY owner ORDER BY owner"),
        values);
    if (!query)
        return query.error();
    QList<Volume> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toInt(), query->value(2).toInt(),
                     query->value(3).toInt()});
    return rows;
}

Result<QHash<QString, QString>> ReviewQueries::ownersOf(const QStringList &customerIds) const
{
    auto query = sql::prepare(m_db, QStringLiteral("SELECT ifnull(u.login, '') FROM customers c "
                                                   "LEFT JOIN users u ON u.id = c.owner_id "
                                                   "WHERE c.code = ?"));
    if (!query)
        return query.error();
    QHash<QString, QString> owners;
    for (const QString &id : customerIds) {
        if (owners.contains(id))
            continue;
        query->addBindValue(id);
        if (auto ran = sql::exec(*query); !ran)
            return ran.error();
        owners.insert(id, query->next() ? query->value(0).toString() : QString());
        query->finish();
    }
    return owners;
}

} // namespace sf
