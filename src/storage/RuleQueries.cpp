// SPDX-License-Identifier: MIT
#include "storage/RuleQueries.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {

Result<QList<RuleQueries::LateEntry>> RuleQueries::lateEntries(const QDateTime &since,
                                                               const QDateTime &until) const
{
    auto query = sql::scan(m_db,
                           QStringLiteral("SELECT code, first_contact_at, entered_at FROM "
                                          "customers WHERE entered_at >= ? AND entered_at < ? "
                                          "AND late_entry = 1 ORDER BY code"),
                           {sql::utcText(since), sql::utcText(until)});
    if (!query)
        return query.error();
    QList<LateEntry> rows;
    while (query->next())
        rows.append({query->value(0).toString(), sql::fromUtcText(query->value(1).toString()),
                     sql::fromUtcText(query->value(2).toString())});
    return rows;
}

Result<QList<RuleQueries::WeekCount>> RuleQueries::aCustomerWeeks(const QDateTime &weekStart,
                                                                  const QDateTime &weekEnd) const
{
    auto query =
        sql::scan(m_db,
                  QStringLiteral("SELECT c.code, ifnull(u.login, ''), ifnull(u.senior, 0), "
                                 "(SELECT count(*) FROM followups f WHERE f.customer_id = c.id "
                                 "AND f.contact_at >= ? AND f.contact_at < ?), "
                                 "ifnull((SELECT max(h.at) FROM grade_history h WHERE "
                                 "h.customer_id = c.id AND h.to_grade = 'A' AND "
                                 "h.from_grade <> 'A'), ifnull(g.graded_at, c.entered_at)) "
                                 "FROM customer_grades g JOIN customers c ON c.id = g.customer_id "
                                 "LEFT JOIN users u ON u.id = c.owner_id WHERE g.grade = 'A' "
                                 "ORDER BY c.code"),
                  {sql::utcText(weekStart), sql::utcText(weekEnd)});
    if (!query)
        return query.error();
    QList<WeekCount> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toString(),
                     query->value(2).toBool(), query->value(3).toInt(),
                     sql::fromUtcText(query->value(4).toString())});
    return rows;
}

Result<QList<RuleQueries::LastContact>> RuleQueries::staleCCustomers(const QDateTime &asOf,
                                                                     const QDateTime &before) const
{
    const QString at = sql::utcText(asOf);
    auto query = sql::scan(
        m_db,
        QStringLiteral("SELECT code, last FROM (SELECT c.code AS code, "
                       "ifnull((SELECT max(f.contact_at) FROM followups f WHERE f.customer_id = "
                       "c.id AND f.contact_at <= ?), c.first_contact_at) AS last "
                       "FROM customer_grades g JOIN customers c ON c.id = g.customer_id "
                       "WHERE g.grade = 'C' AND c.first_contact_at <= ?) "
                       "WHERE last < ? ORDER BY code"),
        {at, at, sql::utcText(before)});
    if (!query)
        return query.error();
    QList<LastContact> rows;
    while (query->next())
        rows.append({query->value(0).toString(), sql::fromUtcText(query->value(1).toString())});
    return rows;
}

Result<QList<RuleQueries::PlanStart>> RuleQueries::aCustomerPlans() const
{
    auto query = sql::scan(
        m_db,
        QStringLiteral("SELECT c.code, c.first_contact_at, "
                       "ifnull((SELECT max(h.at) FROM grade_history h WHERE h.customer_id = c.id "
                       "AND h.to_grade = 'A' AND h.from_grade <> 'A'), ifnull(g.graded_at, "
                       "c.entered_at)), "
                       "(SELECT min(p.created_at) FROM plan_items p WHERE p.customer_id = c.id) "
                       "FROM customer_grades g JOIN customers c ON c.id = g.customer_id "
                       "WHERE g.grade = 'A' ORDER BY c.code"));
    if (!query)
        return query.error();
    QList<PlanStart> rows;
    while (query->next()) {
        PlanStart row{query->value(0).toString(), sql::fromUtcText(query->value(1).toString()),
                      sql::fromUtcText(query->value(2).toString()), std::nullopt};
        if (!query->value(3).isNull())
            row.firstItemAt = sql::fromUtcText(query->value(3).toString());
        rows.append(row);
    }
    return rows;
}

Result<QList<RuleQueries::SupportRequest>> RuleQueries::supportRequests(QDate from, QDate to) const
{
    auto query = sql::scan(
        m_db,
        QStringLiteral("SELECT c.code, p.action, p.support_requested_on, p.start_date "
                       "FROM plan_items p JOIN customers c ON c.id = p.customer_id "
                       "WHERE p.support_requested_on >= ? AND p.support_requested_on <= ? "
                       "ORDER BY c.code, p.id"),
        {sql::dateText(from), sql::dateText(to)});
    if (!query)
        return query.error();
    QList<SupportRequest> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toString(),
                     sql::fromDateText(query->value(2).toString()),
                     sql::fromDateText(query->value(3).toString())});
    return rows;
}

Result<QList<RuleQueries::LateRecord>> RuleQueries::lateRecords(const QDateTime &since,
                                                                const QDateTime &until) const
{
    auto query = sql::scan(
        m_db,
        QStringLiteral("SELECT c.code, f.contact_at, f.recorded_at FROM followups f "
                       "JOIN customers c ON c.id = f.customer_id WHERE f.recorded_at >= ? "
                       "AND f.recorded_at < ? AND f.late = 1 ORDER BY c.code, f.recorded_at"),
        {sql::utcText(since), sql::utcText(until)});
    if (!query)
        return query.error();
    QList<LateRecord> rows;
    while (query->next())
        rows.append({query->value(0).toString(), sql::fromUtcText(query->value(1).toString()),
                     sql::fromUtcText(query->value(2).toString())});
    return rows;
}

} // namespace sf
