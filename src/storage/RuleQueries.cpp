// SPDX-License-Identifier: MIT
#include "storage/RuleQueries.h"

#include "storage/RowScan.h"

namespace sf {

Result<QList<RuleQueries::LateEntry>> RuleQueries::lateEntries(const QDateTime &since,
                                                               const QDateTime &until) const
{
    RowScan scan(
        m_db,
        "SELECT code, first_contact_at, entered_at FROM customers WHERE entered_at >= ? AND "
        "entered_at < ? AND late_entry = 1 ORDER BY code",
        {sql::utcText(since), sql::utcText(until)});
    QList<LateEntry> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.utc(1), scan.utc(2)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::WeekCount>> RuleQueries::aCustomerWeeks(const QDateTime &weekStart,
                                                                  const QDateTime &weekEnd) const
{
    // Only the A customers that can break R6 come back (short of 2 records, or not with a senior
    // rep): a third of them. When each became A is the grade row's became_at (0010_rule_state.sql).
    RowScan scan(
        m_db,
        "SELECT code, login, senior, records, ifnull(a.became, ifnull(a.graded, a.entered)) "
        "FROM (SELECT c.code AS code, "
        "ifnull(u.login, '') AS login, ifnull(u.senior, 0) AS senior, (SELECT count(*) FROM "
        "followups f WHERE f.customer_id = c.id AND f.contact_at >= ? AND f.contact_at < ?) "
        "AS records, g.became_at AS became, g.graded_at AS graded, c.entered_at AS entered "
        "FROM customer_grades g "
        "JOIN customers c ON c.id = g.customer_id LEFT JOIN users u ON u.id = c.owner_id "
        "WHERE g.grade = 'A') AS a WHERE a.records < 2 OR a.senior = 0 ORDER BY a.code",
        {sql::utcText(weekStart), sql::utcText(weekEnd)});
    QList<WeekCount> rows;
    while (scan.next())
        rows.append(
            {scan.text(0), scan.text(1), scan.integer(2) != 0, int(scan.integer(3)), scan.utc(4)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::LastContact>> RuleQueries::staleCCustomers(const QDateTime &asOf,
                                                                     const QDateTime &before) const
{
    // The last contact from the customer's activity row (0010_rule_state.sql): the records are
    // looked up only when the latest is after T (a check of the past), and the wide customer row
    // is read only for the customers that can be stale.
    const QString at = sql::utcText(asOf);
    const QString last = sql::utcText(before);
    RowScan scan(
        m_db,
        "SELECT code, last FROM (SELECT c.code AS code, CASE WHEN a.last_contact_at IS NULL "
        "THEN c.first_contact_at WHEN a.last_contact_at <= ? THEN a.last_contact_at ELSE "
        "ifnull((SELECT max(f.contact_at) FROM followups f WHERE f.customer_id = c.id AND "
        "f.contact_at <= ?), c.first_contact_at) END AS last FROM customer_grades g LEFT JOIN "
        "customer_activity a ON a.customer_id = g.customer_id JOIN customers c ON c.id = "
        "g.customer_id WHERE g.grade = 'C' AND (a.last_contact_at IS NULL OR "
        "a.last_contact_at < ? OR a.last_contact_at > ?) AND c.first_contact_at <= ?) AS s "
        "WHERE last < ? ORDER BY code",
        {at, at, last, at, at, last});
    QList<LastContact> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.utc(1)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::PlanStart>> RuleQueries::aCustomerPlans() const
{
    RowScan scan(m_db,
                 "SELECT c.code, c.first_contact_at, ifnull(g.became_at, ifnull(g.graded_at, "
                 "c.entered_at)), (SELECT min(p.created_at) FROM plan_items p "
                 "WHERE p.customer_id = c.id) FROM customer_grades g JOIN customers c ON c.id = "
                 "g.customer_id WHERE g.grade = 'A' ORDER BY c.code",
                 {});
    QList<PlanStart> rows;
    while (scan.next()) {
        PlanStart row{scan.text(0), scan.utc(1), scan.utc(2), std::nullopt};
        if (!scan.isNull(3))
            row.firstItemAt = scan.utc(3);
        rows.append(row);
    }
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::SupportRequest>> RuleQueries::supportRequests(QDate from, QDate to) const
{
    RowScan scan(m_db,
                 "SELECT c.code, p.action, p.support_requested_on, p.start_date FROM plan_items p "
                 "JOIN customers c ON c.id = p.customer_id WHERE p.support_requested_on >= ? AND "
                 "p.support_requested_on <= ? ORDER BY c.code, p.id",
                 {sql::dateText(from), sql::dateText(to)});
    QList<SupportRequest> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.text(1), scan.date(2), scan.date(3)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::LateRecord>> RuleQueries::lateRecords(const QDateTime &since,
                                                                const QDateTime &until) const
{
    // Through followups_late_by_recorded: the late records of the period alone.
    RowScan scan(
        m_db,
        "SELECT c.code, f.contact_at, f.recorded_at FROM followups f JOIN customers c ON "
        "c.id = f.customer_id WHERE f.recorded_at >= ? AND f.recorded_at < ? AND f.late = 1 "
        "ORDER BY c.code, f.recorded_at",
        {sql::utcText(since), sql::utcText(until)});
    QList<LateRecord> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.utc(1), scan.utc(2)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

} // namespace sf
