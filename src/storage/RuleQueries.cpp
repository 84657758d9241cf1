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
    // rep): a third of them. The time each became A is looked up for those alone.
    RowScan scan(
        m_db,
        "SELECT code, login, senior, records, ifnull((SELECT max(h.at) FROM grade_history h "
        "WHERE h.customer_id = a.cid AND h.to_grade = 'A' AND h.from_grade <> 'A'), "
        "ifnull(a.graded, a.entered)) FROM (SELECT c.id AS cid, c.code AS code, "
        "ifnull(u.login, '') AS login, ifnull(u.senior, 0) AS senior, (SELECT count(*) FROM "
        "followups f WHERE f.customer_id = c.id AND f.contact_at >= ? AND f.contact_at < ?) "
        "AS records, g.graded_at AS graded, c.entered_at AS entered FROM customer_grades g "
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
    const QString at = sql::utcText(asOf);
    RowScan scan(
        m_db,
        "SELECT code, last FROM (SELECT c.code AS code, ifnull((SELECT max(f.contact_at) "
        "FROM followups f WHERE f.customer_id = c.id AND f.contact_at <= ?), "
        "c.first_contact_at) AS last FROM customer_grades g JOIN customers c ON c.id = "
        "g.customer_id WHERE g.grade = 'C' AND c.first_contact_at <= ?) AS s WHERE last < ? "
        "ORDER BY code",
        {at, at, sql::utcText(before)});
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
                 "SELECT c.code, c.first_contact_at, ifnull((SELECT max(h.at) FROM grade_history h "
                 "WHERE h.customer_id = c.id AND h.to_grade = 'A' AND h.from_grade <> 'A'), "
                 "ifnull(g.graded_at, c.entered_at)), (SELECT min(p.created_at) FROM plan_items p "
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
