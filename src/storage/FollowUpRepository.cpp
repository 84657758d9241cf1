// SPDX-License-Identifier: MIT
#include "storage/FollowUpRepository.h"

#include "storage/AccessScopeSql.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {

Result<std::optional<qint64>> FollowUpRepository::customerRowId(const QString &customerId) const
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT id FROM customers WHERE code = ?"), {customerId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<qint64> FollowUpRepository::insertPlanItem(qint64 customerRowId, const PlanItem &item) const
{
    const QString now = sql::utcText(item.createdAt);
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO plan_items (customer_id, goal, action, counterpart, method, "
                       "start_date, due_date, support_needed, support_requested_on, support_late, "
                       "status, progress, created_at, created_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {customerRowId, sql::notNull(item.goal), item.action, item.counterpart,
         methodKey(item.method), sql::dateText(item.start), sql::dateText(item.due),
         sql::notNull(item.supportNeeded), sql::optionalDate(item.supportRequestedOn),
         int(item.supportLate), planStatusKey(item.status), item.progress, now, item.createdBy,
         now});
}

namespace {

const QString kPlanItemColumns = QStringLiteral(
    "SELECT p.id, c.code, p.goal, p.action, p.counterpart, p.method, p.start_date, p.due_date, "
    "p.support_needed, p.support_requested_on, p.support_late, p.status, p.progress, "
    "p.created_at, p.created_by, p.version, c.name FROM plan_items p "
    "JOIN customers c ON c.id = p.customer_id ");

Result<QList<PlanItem>> planItemsFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<PlanItem> items;
    while (query->next()) {
        PlanItem item;
        item.id = query->value(0).toLongLong();
        item.customerId = query->value(1).toString();
        item.goal = query->value(2).toString();
        item.action = query->value(3).toString();
        item.counterpart = query->value(4).toString();
        item.method = methodFromText(query->value(5).toString()).value_or(ContactMethod::Phone);
        item.start = sql::fromDateText(query->value(6).toString());
        item.due = sql::fromDateText(query->value(7).toString());
        item.supportNeeded = query->value(8).toString();
        item.supportRequestedOn = sql::dateOrNone(query->value(9));
        item.supportLate = query->value(10).toBool();
        item.status =
            planStatusFromText(query->value(11).toString()).value_or(PlanItemStatus::Planned);
        item.progress = query->value(12).toInt();
        item.createdAt = sql::fromUtcText(query->value(13).toString());
        item.createdBy = query->value(14).toString();
        item.version = query->value(15).toInt();
        item.customerName = query->value(16).toString();
        items.append(item);
    }
    return items;
}

} // namespace

Result<QList<PlanItem>> FollowUpRepository::planItems(qint64 customerRowId) const
{
    return planItemsFrom(sql::run(
        m_db,
        kPlanItemColumns + QStringLiteral("WHERE p.customer_id = ? ORDER BY p.start_date, p.id"),
        {customerRowId}));
}

namespace {

// The customers of one owner, or of every member of a team: an index range on the owner.
QString ownedBy(const PlanOwners &owners)
{
    return owners.team.isEmpty()
               ? QStringLiteral("c.owner_id = (SELECT id FROM users WHERE login = ?)")
               : QStringLiteral("c.owner_id IN (SELECT id FROM users WHERE team = ?)");
}

QVariant ownersValue(const PlanOwners &owners)
{
    return owners.team.isEmpty() ? owners.ownerLogin : owners.team;
}

} // namespace

Result<QList<PlanItem>> FollowUpRepository::planItemsOf(const PlanOwners &owners) const
{
    QVariantList values{ownersValue(owners)};
    const QString scope = sql::scopeCondition(owners.scope, QStringLiteral("c.owner_id"), values);
    return planItemsFrom(sql::run(m_db,
                                  kPlanItemColumns + QStringLiteral("WHERE ") + ownedBy(owners) +
                                      scope +
                                      QStringLiteral(" ORDER BY c.code, p.start_date, p.id"),
                                  values));
}

Result<std::optional<PlanItem>> FollowUpRepository::planItem(qint64 id) const
{
    auto items =
        planItemsFrom(sql::run(m_db, kPlanItemColumns + QStringLiteral("WHERE p.id = ?"), {id}));
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<PlanItem>();
    return std::optional<PlanItem>(items->first());
}

Result<bool> FollowUpRepository::updatePlanItem(const PlanItem &item, const QDateTime &now) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral("UPDATE plan_items SET goal = ?, action = ?, counterpart = ?, method = ?, "
                       "start_date = ?, due_date = ?, support_needed = ?, "
                       "support_requested_on = ?, support_late = ?, status = ?, progress = ?, "
                       "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
        {sql::notNull(item.goal), item.action, item.counterpart, methodKey(item.method),
         sql::dateText(item.start), sql::dateText(item.due), sql::notNull(item.supportNeeded),
         sql::optionalDate(item.supportRequestedOn), int(item.supportLate),
         planStatusKey(item.status), item.progress, sql::utcText(now), item.id, item.version});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Result<QList<FollowUpMark>> FollowUpRepository::followUpMarks(std::optional<qint64> customerRowId,
                                                              const PlanOwners &owners) const
{
    QVariantList values{ownersValue(owners)};
    const QString scope = sql::scopeCondition(owners.scope, QStringLiteral("c.owner_id"), values);
    auto query =
        customerRowId
            ? sql::run(m_db,
                       QStringLiteral("SELECT c.code, f.contact_at, f.progress FROM "
                                      "followups f JOIN customers c ON c.id = "
                                      "f.customer_id WHERE f.customer_id = ? "
                                      "ORDER BY f.contact_at"),
                       {*customerRowId})
            : sql::run(m_db,
                       QStringLiteral("SELECT c.code, f.contact_at, f.progress FROM "
                                      "followups f JOIN customers c ON c.id = "
                                      "f.customer_id WHERE ") +
                           ownedBy(owners) + scope + QStringLiteral(" ORDER BY f.contact_at"),
                       values);
    if (!query)
        return query.error();
    QList<FollowUpMark> marks;
    while (query->next())
        marks.append({query->value(0).toString(), sql::fromUtcText(query->value(1).toString()),
                      query->value(2).toBool()});
    return marks;
}

Result<qint64> FollowUpRepository::insertFollowUp(qint64 customerRowId,
                                                  const FollowUpRecord &record) const
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO followups (customer_id, contact_at, recorded_at, late, method, "
                       "counterpart, content, feedback, next_action, next_action_due, risk, "
                       "progress, stage, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {customerRowId, sql::utcText(record.contactAt), sql::utcText(record.recordedAt),
         int(record.late), methodKey(record.method), sql::notNull(record.counterpart),
         record.content, sql::notNull(record.feedback), sql::notNull(record.nextAction),
         sql::optionalDate(record.nextActionDue), sql::notNull(record.risk), int(record.progress),
         record.stage ? QVariant(stageKey(*record.stage)) : QVariant(QMetaType(QMetaType::QString)),
         record.recordedBy});
}

Result<QList<FollowUpRecord>> FollowUpRepository::followUps(qint64 customerRowId) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT f.id, c.code, f.contact_at, f.recorded_at, f.late, f.method, "
                       "f.counterpart, f.content, f.feedback, f.next_action, f.next_action_due, "
                       "f.risk, f.progress, f.stage, f.recorded_by FROM followups f "
                       "JOIN customers c ON c.id = f.customer_id WHERE f.customer_id = ? "
                       "ORDER BY f.contact_at DESC, f.id DESC"),
        {customerRowId});
    if (!query)
        return query.error();
    QList<FollowUpRecord> records;
    while (query->next()) {
        FollowUpRecord r;
        r.id = query->value(0).toLongLong();
        r.customerId = query->value(1).toString();
        r.contactAt = sql::fromUtcText(query->value(2).toString());
        r.recordedAt = sql::fromUtcText(query->value(3).toString());
        r.late = query->value(4).toBool();
        r.method = methodFromText(query->value(5).toString()).value_or(ContactMethod::Phone);
        r.counterpart = query->value(6).toString();
        r.content = query->value(7).toString();
        r.feedback = query->value(8).toString();
        r.nextAction = query->value(9).toString();
        r.nextActionDue = sql::dateOrNone(query->value(10));
        r.risk = query->value(11).toString();
        r.progress = query->value(12).toBool();
        if (!query->value(13).isNull())
            r.stage = stageFromText(query->value(13).toString());
        r.recordedBy = query->value(14).toString();
        records.append(r);
    }
    return records;
}

Result<std::optional<OpenOpportunity>>
FollowUpRepository::openOpportunity(qint64 customerRowId) const
{
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT id, stage, amount_fen, expected_close, version FROM "
                                "opportunities WHERE customer_id = ? "
                                "AND stage NOT IN ('won', 'lost') ORDER BY id DESC "
                                "LIMIT 1"),
                 {customerRowId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<OpenOpportunity>();
    return std::optional<OpenOpportunity>(OpenOpportunity{
        query->value(0).toLongLong(),
        stageFromText(query->value(1).toString()).value_or(OpportunityStage::Discovery),
        query->value(2).toLongLong(), sql::dateOrNone(query->value(3)), query->value(4).toInt()});
}

Result<qint64> FollowUpRepository::openNewOpportunity(qint64 customerRowId, OpportunityStage stage,
                                                      const QDateTime &at) const
{
    const QString now = sql::utcText(at);
    return sql::insertReturningId(m_db,
                                  QStringLiteral("INSERT INTO opportunities (customer_id, stage, "
                                                 "created_at, updated_at) VALUES (?, ?, ?, ?)"),
                                  {customerRowId, stageKey(stage), now, now});
}

Result<bool> FollowUpRepository::updateOpportunityTerms(const OpenOpportunity &opportunity,
                                                        const QDateTime &now) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("UPDATE opportunities SET amount_fen = ?, "
                                         "expected_close = ?, version = version + 1, "
                                         "updated_at = ? WHERE id = ? AND version = ?"),
                          {opportunity.amountFen, sql::optionalDate(opportunity.expectedClose),
                           sql::utcText(now), opportunity.id, opportunity.version});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Status FollowUpRepository::changeStage(qint64 opportunityId, qint64 customerRowId,
                                       std::optional<OpportunityStage> from, OpportunityStage to,
                                       std::optional<qint64> followUpId, const QString &actor,
                                       const QDateTime &at) const
{
    const QString now = sql::utcText(at);
    if (from) {
        auto updated =
            sql::run(m_db,
                     QStringLiteral("UPDATE opportunities SET stage = ?, "
                                    "version = version + 1, updated_at = ? WHERE id = ?"),
                     {stageKey(to), now, opportunityId});
        if (!updated)
            return updated.error();
    }
    auto inserted = sql::run(
        m_db,
        QStringLiteral("INSERT INTO stage_changes (opportunity_id, customer_id, from_stage, "
                       "to_stage, followup_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {opportunityId, customerRowId, from ? stageKey(*from) : QStringLiteral(""), stageKey(to),
         followUpId ? QVariant(*followUpId) : QVariant(QMetaType(QMetaType::LongLong)), actor,
         now});
    if (!inserted)
        return inserted.error();
    return Ok{};
}

Result<QList<StageChange>> FollowUpRepository::stageChanges(qint64 customerRowId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT from_stage, to_stage, actor, at FROM "
                                         "stage_changes WHERE customer_id = ? ORDER BY at, id"),
                          {customerRowId});
    if (!query)
        return query.error();
    QList<StageChange> changes;
    while (query->next()) {
        StageChange change;
        change.from = stageFromText(query->value(0).toString());
        change.to = stageFromText(query->value(1).toString()).value_or(OpportunityStage::Discovery);
        change.actor = query->value(2).toString();
        change.at = sql::fromUtcText(query->value(3).toString());
        changes.append(change);
    }
    return changes;
}

} // namespace sf
