// SPDX-License-Identifier: MIT
#include "storage/DowngradeQueries.h"

#include "storage/AccessScopeSql.h"
#include "storage/Database.h"
#include "storage/RowScan.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {
namespace {

// The stalled customers at T (the as-of time) with W = T minus 14 days: customer row id and when
// it became B. Read from the narrow grades and activity rows (0010_rule_state.sql): the history
// and the records are looked up only when T is earlier than the customer's latest grade change or
// progress record (a check of the past). Bound in order: T, T, W, T, W, T, T, T, W (window()).
const QString kStalled = QStringLiteral(
    "SELECT customer_id, became FROM ("
    " SELECT g.customer_id AS customer_id,"
    "  CASE WHEN g.became_at IS NULL THEN g.graded_at WHEN g.became_at <= ? THEN g.became_at"
    "  ELSE ifnull((SELECT max(h.at) FROM grade_history h WHERE h.customer_id = g.customer_id"
    "   AND h.to_grade = 'B' AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', 'B')"
    "   AND h.at <= ?), g.graded_at) END AS became"
    " FROM customer_grades g LEFT JOIN customer_activity a ON a.customer_id = g.customer_id"
    " WHERE g.grade = 'B'"
    "  AND (a.last_progress_at IS NULL OR a.last_progress_at < ? OR (a.last_progress_at > ?"
    "   AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.customer_id = g.customer_id"
    "   AND f.progress = 1 AND f.contact_at >= ? AND f.contact_at <= ?)))"
    "  AND NOT EXISTS (SELECT 1 FROM grade_exemptions e WHERE e.customer_id = g.customer_id"
    "   AND e.at <= ? AND e.until > ?)) AS b"
    " WHERE became <= ?");

// The same with the customer's id, for reports: row id, id, when it became B.
const QString kCandidates = QStringLiteral("SELECT c.id, c.code, s.became FROM (") + kStalled +
                            QStringLiteral(") s JOIN customers c ON c.id = s.customer_id");

QVariantList window(const QDateTime &asOf)
{
    const QString t = sql::utcText(asOf);
    const QString w = sql::utcText(asOf.addDays(-DowngradeQueries::kStalledDays));
    return {t, t, w, t, w, t, t, t, w};
}

// The customer ids (R1) a statement of the downgraded customers lists.
Result<QStringList> customerIds(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    return ids;
}

} // namespace

Result<QList<DowngradeQueries::Candidate>> DowngradeQueries::candidates(const QDateTime &asOf) const
{
    // 250,000 rows at a million customers: read from the raw handle (RowScan), not a QSqlQuery.
    static const QByteArray statement = (kCandidates + QStringLiteral(" ORDER BY c.code")).toUtf8();
    QStringList values;
    for (const QVariant &value : window(asOf))
        values << value.toString();
    RowScan scan(m_db, statement.constData(), values);
    QList<Candidate> rows;
    while (scan.next())
        rows.append({scan.text(1), scan.utc(2)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QStringList> DowngradeQueries::apply(const QDateTime &asOf, const QString &actor,
                                            const AccessScope &scope) const
{
    const QString at = sql::utcText(asOf);
    if (m_db.dialect() == Dialect::PostgreSQL)
        return applyInOneStatement(asOf, actor, scope);
    // The stalled customers in the actor's scope, with their ids (R1) for the answer: each
    // customer row is read once, for its owner and its id together (250,000 rows at a million
    // customers; a second lookup for the ids cost 0.2 s). CROSS JOIN keeps SQLite from walking a
    // small team's customers by owner first.
    for (const QString &statement :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS r13_apply "
                         "(customer_id INTEGER PRIMARY KEY, code TEXT NOT NULL)"),
          QStringLiteral("DELETE FROM r13_apply")}) {
        if (auto done = sql::run(m_db, statement); !done)
            return done.error();
    }
    QVariantList values = window(asOf);
    const QString inScope = sql::scopeCondition(scope, QStringLiteral("c.owner_id"), values);
    if (auto filled =
            sql::run(m_db,
                     QStringLiteral("INSERT INTO r13_apply (customer_id, code) "
                                    "SELECT s.customer_id, c.code FROM (") +
                         kStalled +
                         QStringLiteral(") s CROSS JOIN customers c ON c.id = s.customer_id "
                                        "WHERE 1 = 1") +
                         inScope,
                     values);
        !filled)
        return filled.error();
    // The grades, then their history. A C customer keeps no became_at (0010): cleared here, the
    // history rows' trigger finds nothing to change.
    if (auto graded = sql::run(m_db,
                               QStringLiteral("UPDATE customer_grades SET grade = 'C', "
                                              "graded_at = ?, became_at = NULL WHERE customer_id "
                                              "IN (SELECT customer_id FROM r13_apply)"),
                               {at});
        !graded)
        return graded.error();
    if (auto history =
            sql::run(m_db,
                     QStringLiteral("INSERT INTO grade_history (customer_id, from_grade, "
                                    "to_grade, reason, scores, actor, at) SELECT customer_id, "
                                    "'B', 'C', 'R13', '', ?, ? FROM r13_apply"),
                     {actor, at});
        !history)
        return history.error();
    return customerIds(sql::scan(m_db, QStringLiteral("SELECT code FROM r13_apply ORDER BY code")));
}

Result<QStringList> DowngradeQueries::applyInOneStatement(const QDateTime &asOf,
                                                          const QString &actor,
                                                          const AccessScope &scope) const
{
    // PostgreSQL prepares no CREATE TABLE: the stalled customers are a common table expression
    // that the history insert, the grade update and the list of ids all read. Every part of the
    // statement sees the grades as they were before it, as the temporary table keeps them.
    // became_at is the server's to write (0010): the history rows' trigger clears it.
    const QString at = sql::utcText(asOf);
    QVariantList values = window(asOf);
    const QString inScope = sql::scopeCondition(
        scope, QStringLiteral("(SELECT owner_id FROM customers WHERE id = s.customer_id)"), values);
    values << actor << at << at;
    return customerIds(sql::scan(
        m_db,
        QStringLiteral("WITH stalled AS (SELECT customer_id FROM (") + kStalled +
            QStringLiteral(") s WHERE 1 = 1") + inScope +
            QStringLiteral("), history AS (INSERT INTO grade_history (customer_id, from_grade, "
                           "to_grade, reason, scores, actor, at) SELECT customer_id, 'B', 'C', "
                           "'R13', '', ?, ? FROM stalled), graded AS (UPDATE customer_grades SET "
                           "grade = 'C', graded_at = ? WHERE customer_id IN (SELECT "
                           "customer_id "
                           "FROM stalled)) SELECT c.code FROM stalled a JOIN customers c ON "
                           "c.id = a.customer_id ORDER BY c.code"),
        values));
}

Result<QSet<QString>> DowngradeQueries::exemptedSince(const QDateTime &since) const
{
    const QString at = sql::utcText(since);
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT c.code FROM grade_exemptions e JOIN customers c "
                                         "ON c.id = e.customer_id WHERE e.at >= ? AND e.until > ?"),
                          {at, at});
    if (!query)
        return query.error();
    QSet<QString> ids;
    while (query->next())
        ids.insert(query->value(0).toString());
    return ids;
}

Status DowngradeQueries::exempt(qint64 customerRowId, const QString &reason, const QDateTime &until,
                                const QString &actor, const QDateTime &at) const
{
    auto inserted = sql::run(m_db,
                             QStringLiteral("INSERT INTO grade_exemptions (customer_id, reason, "
                                            "until, actor, at) VALUES (?, ?, ?, ?, ?)"),
                             {customerRowId, reason, sql::utcText(until), actor, sql::utcText(at)});
    if (!inserted)
        return inserted.error();
    return Ok{};
}

Result<std::optional<DowngradeQueries::Downgrade>>
DowngradeQueries::lastDowngrade(qint64 customerRowId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT h.from_grade, h.reason, h.at, g.grade FROM "
                                         "grade_history h JOIN customer_grades g ON "
                                         "g.customer_id = h.customer_id WHERE h.customer_id = ? "
                                         "ORDER BY h.at DESC, h.id DESC LIMIT 1"),
                          {customerRowId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Downgrade>();
    // `rules apply` writes "R13"; a manager's downgrade in the review "R13: <reason>".
    const QString reason = query->value(1).toString();
    if ((reason != QLatin1String("R13") && !reason.startsWith(QLatin1String("R13: "))) ||
        query->value(3).toString() != QLatin1String("C"))
        return std::optional<Downgrade>();
    return std::optional<Downgrade>(
        Downgrade{query->value(0).toString(), sql::fromUtcText(query->value(2).toString())});
}

Status DowngradeQueries::regrade(qint64 customerRowId, const QString &grade, const QString &reason,
                                 const QString &actor, const QDateTime &at) const
{
    const QString now = sql::utcText(at);
    auto history = sql::run(m_db,
                            QStringLiteral("INSERT INTO grade_history (customer_id, from_grade, "
                                           "to_grade, reason, scores, actor, at) SELECT "
                                           "customer_id, grade, ?, ?, '', ?, ? FROM "
                                           "customer_grades WHERE customer_id = ?"),
                            {grade, reason, actor, now, customerRowId});
    if (!history)
        return history.error();
    auto graded = sql::run(m_db,
                           QStringLiteral("UPDATE customer_grades SET grade = ?, graded_at = ? "
                                          "WHERE customer_id = ?"),
                           {grade, now, customerRowId});
    if (!graded)
        return graded.error();
    return Ok{};
}

Result<QString> DowngradeQueries::setStatus(qint64 customerRowId, const QString &status,
                                            const QDateTime &at) const
{
    auto old = sql::run(m_db, QStringLiteral("SELECT status FROM customers WHERE id = ?"),
                        {customerRowId});
    if (!old)
        return old.error();
    const QString previous = old->next() ? old->value(0).toString() : QString();
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE customers SET status = ?, "
                                           "version = version + 1, updated_at = ? WHERE id = ?"),
                            {status, sql::utcText(at), customerRowId});
    if (!updated)
        return updated.error();
    return previous;
}

} // namespace sf
