// SPDX-License-Identifier: MIT
#include "storage/ReviewQueries.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {

Result<QList<ReviewQueries::Row>> ReviewQueries::agenda(const QDateTime &from, const QDateTime &to,
                                                        const QString &dueBefore) const
{
    const QString f = sql::utcText(from);
    const QString t = sql::utcText(to);
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
            " LEFT JOIN users u ON u.id = c.owner_id WHERE g.grade IN ('A', 'B')"
            " ORDER BY ifnull(u.login, ''), c.code"),
        {f, t, f, t, f, t, t, dueBefore});
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

} // namespace sf
