// SPDX-License-Identifier: MIT
#include "storage/MyDayQueries.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {
namespace {

// The owner's customers: one index range on customers_by_owner, which indexes
// ifnull(owner_id, 0). Both sides are expressions without affinity, as the index needs: compared
// with a column (the users.id of a bare subquery), SQLite applies integer affinity and scans every
// customer instead (1.8 s for 1M customers). An unknown login matches no customer (-1).
const QString kOwned =
    QStringLiteral("ifnull(c.owner_id, 0) = ifnull((SELECT id FROM users WHERE login = ?), -1)");

} // namespace

// Every statement returns: code, name, text, due date, a time, a count, a second time.
Result<QList<MyDayQueries::Row>> MyDayQueries::rows(const QString &statement,
                                                    const QVariantList &values) const
{
    auto query = sql::run(m_db, statement, values);
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query->next()) {
        Row row;
        row.customerId = query->value(0).toString();
        row.customerName = query->value(1).toString();
        row.text = query->value(2).toString();
        row.due = sql::fromDateText(query->value(3).toString());
        if (!query->value(4).isNull())
            row.at = sql::fromUtcText(query->value(4).toString());
        row.count = query->value(5).toInt();
        if (!query->value(6).isNull())
            row.since = sql::fromUtcText(query->value(6).toString());
        rows.append(row);
    }
    return rows;
}

Result<QList<MyDayQueries::Row>> MyDayQueries::nextActionsDue(QDate day) const
{
    return rows(QStringLiteral("SELECT c.code, c.name, f.next_action, f.next_action_due, "
                               "f.contact_at, 0, NULL FROM customers c JOIN followups f "
                               "ON f.id = (SELECT id FROM followups WHERE customer_id = c.id "
                               "ORDER BY contact_at DESC, id DESC LIMIT 1) WHERE ") +
                    kOwned +
                    QStringLiteral(" AND f.next_action <> '' AND f.next_action_due <= ? "
                                   "ORDER BY f.next_action_due, c.code"),
                {m_owner, sql::dateText(day)});
}

Result<QList<MyDayQueries::Row>> MyDayQueries::planItemsDue(QDate day) const
{
    return rows(QStringLiteral("SELECT c.code, c.name, p.action, p.due_date, NULL, p.progress, "
                               "NULL FROM customers c JOIN plan_items p ON p.customer_id = c.id "
                               "WHERE ") +
                    kOwned +
                    QStringLiteral(" AND p.status IN ('planned', 'in_progress') AND "
                                   "p.due_date <= ? ORDER BY p.due_date, c.code"),
                {m_owner, sql::dateText(day)});
}

Result<QList<MyDayQueries::Row>> MyDayQueries::itemsWithoutRecord(QDate day,
                                                                  const QTimeZone &zone) const
{
    // "Since the item started" is since 00:00 local time on its start date: contact times are UTC
    // text and start dates local dates, which SQL cannot compare (07:30 in Shanghai on the start
    // day is the evening before in UTC). The customer's latest contact is compared here instead.
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT c.code, c.name, p.action, p.due_date, (SELECT max(f.contact_at) "
                       "FROM followups f WHERE f.customer_id = c.id), p.start_date FROM "
                       "customers c JOIN plan_items p ON p.customer_id = c.id WHERE ") +
            kOwned +
            QStringLiteral(" AND p.status IN ('planned', 'in_progress') AND p.start_date <= ? AND "
                           "p.due_date >= ? ORDER BY p.start_date, c.code"),
        {m_owner, sql::dateText(day), sql::dateText(day)});
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query->next()) {
        const QDate start = sql::fromDateText(query->value(5).toString());
        const QDateTime last =
            query->value(4).isNull() ? QDateTime() : sql::fromUtcText(query->value(4).toString());
        if (last.isValid() && last >= QDateTime(start, QTime(0, 0), zone))
            continue;
        Row row;
        row.customerId = query->value(0).toString();
        row.customerName = query->value(1).toString();
        row.text = query->value(2).toString();
        row.due = sql::fromDateText(query->value(3).toString());
        row.at = last;
        rows.append(row);
    }
    return rows;
}

Result<QList<MyDayQueries::Row>> MyDayQueries::aCustomersThisWeek(const QDateTime &weekStart) const
{
    // CROSS JOIN keeps the owner's customers as the outer loop: left to itself, SQLite walks
    // every A customer by customer_grades_by_grade (150,000 of 1M: 220 ms) to keep the owner's.
    return rows(sql::orderedJoins(
                    m_db.dialect(),
                    QStringLiteral("SELECT c.code, c.name, '', NULL, NULL, (SELECT count(*) FROM "
                                   "followups f WHERE f.customer_id = c.id AND f.contact_at >= ?), "
                                   "NULL FROM customers c CROSS JOIN customer_grades g ON "
                                   "g.customer_id = c.id WHERE g.grade = 'A' AND ") +
                        kOwned + QStringLiteral(" ORDER BY c.code")),
                {sql::utcText(weekStart), m_owner});
}

Result<QList<MyDayQueries::Row>> MyDayQueries::cCustomersDue(const QDateTime &before) const
{
    return rows(QStringLiteral("SELECT code, name, '', NULL, last, 0, NULL FROM (SELECT c.code "
                               "AS code, c.name AS name, ifnull((SELECT max(contact_at) FROM "
                               "followups f WHERE f.customer_id = c.id), c.first_contact_at) AS "
                               "last FROM customers c JOIN customer_grades g ON g.customer_id = "
                               "c.id WHERE g.grade = 'C' AND ") +
                    kOwned + QStringLiteral(") AS d WHERE last < ? ORDER BY last, code"),
                {m_owner, sql::utcText(before)});
}

Result<QList<MyDayQueries::Row>> MyDayQueries::aCustomersWithoutPlan() const
{
    // When it became A: the grade row's became_at (0010_rule_state.sql).
    return rows(QStringLiteral("SELECT c.code, c.name, '', NULL, c.first_contact_at, 0, "
                               "ifnull(g.became_at, g.graded_at) FROM customers c JOIN "
                               "customer_grades g ON g.customer_id = c.id WHERE g.grade = 'A' "
                               "AND ") +
                    kOwned +
                    QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM plan_items p WHERE "
                                   "p.customer_id = c.id) ORDER BY c.code"),
                {m_owner});
}

} // namespace sf
