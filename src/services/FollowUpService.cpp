// SPDX-License-Identifier: MIT
#include "services/FollowUpService.h"

#include "core/AuditEntry.h"
#include "core/Customer.h"
#include "core/Deadlines.h"
#include "core/WorkCalendar.h"
#include "services/CalendarService.h"
#include "services/ContractService.h"
#include "services/InTransaction.h"
#include "services/ServiceContext.h"
#include "services/ServiceRecordService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/ImmediateTransaction.h"
#include "storage/ReviewNoteRepository.h"
#include "storage/ServiceRecordRepository.h"

#include <tuple>

namespace sf {

namespace {

// R10: flags a support request later than 2 working days before the item starts.
void checkSupportRequest(const WorkCalendar &calendar, PlanItem &item, SavedPlanItem &saved)
{
    item.supportLate =
        item.supportRequestedOn &&
        !deadlines::supportRequestOnTime(calendar, *item.supportRequestedOn, item.start);
    saved.supportLate = item.supportLate;
    if (!item.supportLate)
        return;
    saved.latestOnTimeRequest = deadlines::latestSupportRequestDate(calendar, item.start);
    saved.warnings << FollowUpService::tr("Support was requested on %1, later than 2 working days "
                                          "before the item starts on %2: the latest on-time "
                                          "request date was %3 (R10).")
                          .arg(item.supportRequestedOn->toString(Qt::ISODate),
                               item.start.toString(Qt::ISODate),
                               saved.latestOnTimeRequest->toString(Qt::ISODate));
}

} // namespace

namespace {

// The name of an audited plan item field, as the timeline shows it.
QString planFieldName(const QString &field)
{
    if (field == QLatin1String("start_date"))
        return FollowUpService::tr("start");
    if (field == QLatin1String("due_date"))
        return FollowUpService::tr("due");
    if (field == QLatin1String("action"))
        return FollowUpService::tr("action");
    if (field == QLatin1String("counterpart"))
        return FollowUpService::tr("with whom");
    if (field == QLatin1String("status"))
        return FollowUpService::tr("status");
    if (field == QLatin1String("progress"))
        return FollowUpService::tr("progress %");
    return field;
}

} // namespace

namespace followUpWrite {

Result<SavedPlanItem> planItem(const ServiceContext &context, const WorkCalendar &calendar,
                               qint64 customerRowId, PlanItem item)
{
    SavedPlanItem saved;
    checkSupportRequest(calendar, item, saved);
    auto id = FollowUpRepository(context.db).insertPlanItem(customerRowId, item);
    if (!id)
        return id.error();
    saved.id = *id;
    if (auto audited =
            context.audit(QStringLiteral("plan_item"), QString::number(saved.id),
                          QStringLiteral("created"), {}, item.customerId + u' ' + item.action);
        !audited)
        return audited.error();
    return saved;
}

Result<SavedFollowUp> followUp(const ServiceContext &context, qint64 customerRowId,
                               FollowUpRecord record)
{
    const FollowUpRepository repository(context.db);
    SavedFollowUp saved;
    record.late = deadlines::isLateRecord(record.contactAt, record.recordedAt);
    saved.late = record.late;
    if (record.late)
        saved.warnings << FollowUpService::tr("Recorded more than 2 hours after the contact "
                                              "(R11).");
    // A stage later than the opportunity's is progress; the same or an earlier one is not, and
    // neither is losing the opportunity.
    std::optional<OpenOpportunity> open;
    if (record.stage) {
        auto found = repository.openOpportunity(customerRowId);
        if (!found)
            return found.error();
        open = *found;
        if (*record.stage != OpportunityStage::Lost &&
            (!open || int(*record.stage) > int(open->stage)))
            record.progress = true;
    }
    const QStringList opinions =
        FollowUpRules::opinionWords(record.content + u' ' + record.feedback);
    if (!opinions.isEmpty())
        saved.warnings << FollowUpService::tr("\"%1\" is an opinion: write what the customer "
                                              "said or did, e.g. \"the customer says the proposal "
                                              "meets the initial needs; feedback expected by "
                                              "25 March\" (R11).")
                              .arg(opinions.join(QStringLiteral("\", \"")));
    auto id = repository.insertFollowUp(customerRowId, record);
    if (!id)
        return id.error();
    saved.id = *id;
    if (record.stage && (!open || open->stage != *record.stage)) {
        qint64 opportunity = open ? open->id : 0;
        if (!open) {
            auto opened =
                repository.openNewOpportunity(customerRowId, *record.stage, record.contactAt);
            if (!opened)
                return opened.error();
            opportunity = *opened;
        }
        if (auto changed = repository.changeStage(
                opportunity, customerRowId,
                open ? std::optional<OpportunityStage>(open->stage) : std::nullopt, *record.stage,
                saved.id, record.recordedBy, record.contactAt);
            !changed)
            return changed.error();
    }
    if (auto audited = context.audit(QStringLiteral("followup"), QString::number(saved.id),
                                     QStringLiteral("created"), {},
                                     record.customerId + u' ' + record.content.left(60));
        !audited)
        return audited.error();
    return saved;
}

} // namespace followUpWrite

Status FollowUpService::requireRecorder() const
{
    return m_context.requireRole({Role::Rep, Role::Assistant, Role::Manager, Role::Admin},
                                 tr("Only sales people record follow-ups and plan items."));
}

Result<SavedPlanItem> FollowUpService::addPlanItem(const PlanItem &draft)
{
    if (auto allowed = requireRecorder(); !allowed)
        return allowed.error();
    PlanItem item = draft;
    item.customerId = item.customerId.trimmed().toUpper();
    if (!item.start.isValid())
        item.start = item.due;
    if (const QStringList problems = FollowUpRules::planItemProblems(item); !problems.isEmpty())
        return Error::invalid(
            tr("The plan item cannot be saved: %1 (R9).").arg(problems.join(tr("; "))),
            QStringLiteral("R9"));
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    auto rowId = m_context.customerRowId(item.customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    item.createdAt = m_context.now();
    item.createdBy = m_context.actor.login;
    return inTransaction<SavedPlanItem>(
        m_context.db, [&] { return followUpWrite::planItem(m_context, *calendar, *rowId, item); });
}

Result<QList<PlanItem>> FollowUpService::planItems(const QString &customerId) const
{
    auto rowId = m_context.customerRowId(customerId, Access::Read);
    if (!rowId)
        return rowId.error();
    return FollowUpRepository(m_context.db).planItems(*rowId);
}

Result<PlanChart> FollowUpService::planChart(const PlanScope &scope) const
{
    const FollowUpRepository repository(m_context.db);
    PlanChart chart;
    std::optional<qint64> rowId;
    if (!scope.customerId.isEmpty()) {
        auto found = m_context.customerRowId(scope.customerId, Access::Read);
        if (!found)
            return found.error();
        rowId = *found;
    }
    // An owner's or a team's chart shows only the customers the acting user may see.
    const PlanOwners owners{scope.ownerLogin, scope.team, m_context.scope()};
    auto items = rowId ? repository.planItems(*rowId) : repository.planItemsOf(owners);
    if (!items)
        return items.error();
    chart.items = std::move(*items);
    auto marks = repository.followUpMarks(rowId, owners);
    if (!marks)
        return marks.error();
    chart.marks = std::move(*marks);
    return chart;
}

Result<SavedPlanItem> FollowUpService::updatePlanItem(const PlanItem &edited)
{
    if (auto allowed = requireRecorder(); !allowed)
        return allowed.error();
    PlanItem item = edited;
    if (!item.start.isValid())
        item.start = item.due;
    if (const QStringList problems = FollowUpRules::planItemProblems(item); !problems.isEmpty())
        return Error::invalid(
            tr("The plan item cannot be saved: %1 (R9).").arg(problems.join(tr("; "))),
            QStringLiteral("R9"));
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    const FollowUpRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto stored = repository.planItem(item.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(tr("The plan item no longer exists."));
    const PlanItem &old = **stored;
    if (auto rowId = m_context.customerRowId(old.customerId, Access::Write); !rowId)
        return rowId.error();
    SavedPlanItem saved;
    saved.id = item.id;
    checkSupportRequest(*calendar, item, saved);
    auto updated = repository.updatePlanItem(item, m_context.now());
    if (!updated)
        return updated.error();
    if (!*updated) {
        if (const auto last =
                m_context.lastChange(QStringLiteral("plan_item"), QString::number(item.id)))
            return Error::conflict(tr("This plan item was changed by %1 at %2 (%3) while you "
                                      "were editing it. Reload the plan and make your change "
                                      "again.")
                                       .arg(last->actor, last->atText(), last->fields));
        return Error::conflict(tr("Someone else changed this plan item while you were editing "
                                  "it. Reload the plan and make your change again."));
    }
    const auto audit = [&](const QString &field, const QString &from, const QString &to) {
        return from == to ? Status(Ok{})
                          : m_context.audit(QStringLiteral("plan_item"), QString::number(item.id),
                                            field, from, to);
    };
    for (const auto &[field, from, to] :
         {std::tuple{QStringLiteral("start_date"), old.start.toString(Qt::ISODate),
                     item.start.toString(Qt::ISODate)},
          std::tuple{QStringLiteral("due_date"), old.due.toString(Qt::ISODate),
                     item.due.toString(Qt::ISODate)},
          std::tuple{QStringLiteral("action"), old.action, item.action},
          std::tuple{QStringLiteral("counterpart"), old.counterpart, item.counterpart},
          std::tuple{QStringLiteral("status"), planStatusKey(old.status),
                     planStatusKey(item.status)},
          std::tuple{QStringLiteral("progress"), QString::number(old.progress),
                     QString::number(item.progress)}}) {
        if (auto audited = audit(field, from, to); !audited)
            return audited.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

Result<SavedFollowUp> FollowUpService::record(const FollowUpRecord &draft)
{
    if (auto allowed = requireRecorder(); !allowed)
        return allowed.error();
    FollowUpRecord record = draft;
    record.customerId = record.customerId.trimmed().toUpper();
    if (const QStringList problems = FollowUpRules::recordProblems(record); !problems.isEmpty())
        return Error::invalid(tr("The follow-up cannot be saved: %1.").arg(problems.join(tr("; "))),
                              QStringLiteral("R11"));
    record.recordedAt = m_context.now();
    record.recordedBy = m_context.actor.login;
    if (record.contactAt > record.recordedAt)
        return Error::invalid(
            tr("The contact time %1 is in the future.")
                .arg(record.contactAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QStringLiteral("R11"));
    auto rowId = m_context.customerRowId(record.customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    return inTransaction<SavedFollowUp>(
        m_context.db, [&] { return followUpWrite::followUp(m_context, *rowId, record); });
}

Result<QList<FollowUpRecord>> FollowUpService::records(const QString &customerId) const
{
    auto rowId = m_context.customerRowId(customerId, Access::Read);
    if (!rowId)
        return rowId.error();
    return FollowUpRepository(m_context.db).followUps(*rowId);
}

Result<std::optional<OpenOpportunity>> FollowUpService::opportunity(const QString &customerId) const
{
    auto rowId = m_context.customerRowId(customerId, Access::Read);
    if (!rowId)
        return rowId.error();
    return FollowUpRepository(m_context.db).openOpportunity(*rowId);
}

Result<std::optional<PlanDeadline>> FollowUpService::planDeadline(const QString &customerId) const
{
    auto found = CustomerRepository(m_context.db).find(customerId.trimmed().toUpper());
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no customer %1.").arg(customerId));
    const Customer &customer = **found;
    if (auto allowed = m_context.requireCustomerAccess(customer.rowId, Access::Read); !allowed)
        return allowed.error();
    if (customer.grade != Grade::A)
        return std::optional<PlanDeadline>();
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    auto history = CustomerRepository(m_context.db).gradeHistory(customer.rowId);
    if (!history)
        return history.error();
    // When it last became A (a change from another grade), else when it was graded.
    QDateTime gradedA = customer.gradedAt;
    for (const GradeChange &change : *history) {
        if (change.to == Grade::A && change.from != Grade::A)
            gradedA = change.at;
    }
    const QTimeZone tz = m_settings.timeZone();
    PlanDeadline result;
    result.deadline = deadlines::planDeadline(
        *calendar, customer.firstContactAt.toTimeZone(tz).date(),
        gradedA.isValid() ? std::optional<QDate>(gradedA.toTimeZone(tz).date()) : std::nullopt, tz);
    auto items = FollowUpRepository(m_context.db).planItems(customer.rowId);
    if (!items)
        return items.error();
    for (const PlanItem &item : *items) {
        if (!result.firstItemAt || item.createdAt < *result.firstItemAt)
            result.firstItemAt = item.createdAt;
    }
    const QDateTime passed = result.deadline.addSecs(1);
    result.missed = result.firstItemAt ? *result.firstItemAt >= passed : m_context.now() >= passed;
    return std::optional<PlanDeadline>(result);
}

Result<QList<TimelineEvent>> FollowUpService::timeline(const QString &customerId) const
{
    auto rowId = m_context.customerRowId(customerId, Access::Read);
    if (!rowId)
        return rowId.error();
    const FollowUpRepository repository(m_context.db);
    using Kind = TimelineEvent::Kind;
    QList<TimelineEvent> events;
    auto records = repository.followUps(*rowId);
    if (!records)
        return records.error();
    for (const FollowUpRecord &r : *records) {
        QStringList detail;
        if (!r.feedback.isEmpty())
            detail << tr("Feedback: %1").arg(r.feedback);
        if (!r.nextAction.isEmpty())
            detail << tr("Next: %1 by %2")
                          .arg(r.nextAction, r.nextActionDue
                                                 ? r.nextActionDue->toString(Qt::ISODate)
                                                 : QString());
        if (!r.risk.isEmpty())
            detail << tr("Risk: %1").arg(r.risk);
        if (r.late)
            detail << tr("Recorded late (R11).");
        events.append({Kind::FollowUp, r.contactAt, r.recordedBy,
                       tr("Follow-up with %1: %2").arg(r.counterpart, r.content),
                       detail.join(u'\n'), r.late});
    }
    auto items = repository.planItems(*rowId);
    if (!items)
        return items.error();
    const AuditRepository audit(m_context.db);
    for (const PlanItem &item : *items) {
        events.append({Kind::PlanItem, item.createdAt, item.createdBy,
                       tr("Plan item: %1").arg(item.action),
                       tr("%1 to %2, with %3")
                           .arg(item.start.toString(Qt::ISODate), item.due.toString(Qt::ISODate),
                                item.counterpart),
                       item.supportLate});
        auto changes = audit.forEntity(QStringLiteral("plan_item"), QString::number(item.id));
        if (!changes)
            return changes.error();
        for (const AuditEntry &change : *changes) {
            if (change.field == QLatin1String("created"))
                continue;
            events.append({Kind::PlanItem, change.at, change.actor,
                           tr("Plan item changed: %1").arg(item.action),
                           tr("%1: %2 → %3")
                               .arg(planFieldName(change.field), change.oldValue, change.newValue),
                           false});
        }
    }
    auto stages = repository.stageChanges(*rowId);
    if (!stages)
        return stages.error();
    for (const StageChange &change : *stages)
        events.append(
            {Kind::Stage,
             change.at,
             change.actor,
             change.from ? tr("Opportunity stage %1 → %2")
                               .arg(FollowUpRules::stageName(*change.from),
                                    FollowUpRules::stageName(change.to))
                         : tr("Opportunity opened at %1").arg(FollowUpRules::stageName(change.to)),
             {},
             change.to == OpportunityStage::Lost});
    auto grades = CustomerRepository(m_context.db).gradeHistory(*rowId);
    if (!grades)
        return grades.error();
    for (const GradeChange &change : *grades)
        events.append({Kind::Grade, change.at, change.actor,
                       tr("Grade %1 → %2")
                           .arg(change.from ? gradeKey(*change.from) : tr("none"),
                                change.to ? gradeKey(*change.to) : tr("none")),
                       change.reason,
                       change.from && change.to && int(*change.to) > int(*change.from)});
    // Stage 4: service records, the renewal reminders among them.
    auto services = ServiceRecordRepository(m_context.db).forCustomer(*rowId);
    if (!services)
        return services.error();
    for (const ServiceRecord &record : *services)
        events.append(afterSales::timelineEvent(record, m_settings.timeZone()));
    // R12: the strategy adjustments of the Monday reviews.
    auto notes = ReviewNoteRepository(m_context.db).ofCustomer(*rowId);
    if (!notes)
        return notes.error();
    for (const ReviewNote &note : *notes)
        events.append(
            {Kind::Review, note.recordedAt, note.recordedBy,
             tr("Monday review of %1: strategy adjusted").arg(note.weekStart.toString(Qt::ISODate)),
             note.text, false});
    // Stage 3: the contracts' approval chain and payments.
    auto contracts = contractTimeline(m_context, *rowId);
    if (!contracts)
        return contracts.error();
    events.append(*contracts);
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at > b.at; });
    return events;
}

Status FollowUpService::setOpportunityTerms(const QString &customerId, qint64 amountFen,
                                            std::optional<QDate> expectedClose, int version)
{
    if (auto allowed = requireRecorder(); !allowed)
        return allowed;
    if (amountFen < 0)
        return Error::invalid(tr("The expected amount cannot be negative."));
    auto rowId = m_context.customerRowId(customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    const FollowUpRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto open = repository.openOpportunity(*rowId);
    if (!open)
        return open.error();
    OpenOpportunity opportunity;
    // Who moved it on last and what: its terms' audit trail or its newest stage change.
    const auto stale = [&] {
        auto last =
            m_context.lastChange(QStringLiteral("opportunity"), QString::number(opportunity.id));
        if (auto stages = repository.stageChanges(*rowId); stages && !stages->isEmpty()) {
            const StageChange &stage = stages->last(); // oldest first
            if (!last || stage.at > last->at)
                last = ServiceContext::LastChange{stage.actor, stage.at, tr("Stage")};
        }
        if (last)
            return Error::conflict(tr("This opportunity was changed by %1 at %2 (%3) while you "
                                      "were editing it. Open it again and make your change "
                                      "again.")
                                       .arg(last->actor, last->atText(), last->fields));
        return Error::conflict(tr("Someone else changed this opportunity while you were "
                                  "editing it. Open it again and make your change again."));
    };
    if (*open) {
        opportunity = **open;
        if (opportunity.version != version)
            return stale();
    } else {
        const QDateTime now = m_context.now();
        auto opened = repository.openNewOpportunity(*rowId, OpportunityStage::Discovery, now);
        if (!opened)
            return opened.error();
        opportunity.id = *opened;
        if (auto changed = repository.changeStage(opportunity.id, *rowId, std::nullopt,
                                                  OpportunityStage::Discovery, std::nullopt,
                                                  m_context.actor.login, now);
            !changed)
            return changed;
    }
    const QString oldAmount = QString::number(opportunity.amountFen);
    const QString oldClose =
        opportunity.expectedClose ? opportunity.expectedClose->toString(Qt::ISODate) : QString();
    opportunity.amountFen = amountFen;
    opportunity.expectedClose = expectedClose;
    auto updated = repository.updateOpportunityTerms(opportunity, m_context.now());
    if (!updated)
        return updated.error();
    if (!*updated)
        return stale();
    const QString id = QString::number(opportunity.id);
    const QString newClose = expectedClose ? expectedClose->toString(Qt::ISODate) : QString();
    for (const auto &[field, from, to] :
         {std::tuple{QStringLiteral("amount_fen"), oldAmount, QString::number(amountFen)},
          std::tuple{QStringLiteral("expected_close"), oldClose, newClose}}) {
        if (from == to)
            continue;
        if (auto audited = m_context.audit(QStringLiteral("opportunity"), id, field, from, to);
            !audited)
            return audited;
    }
    return tx.commit();
}

Result<QList<StageChange>> FollowUpService::stageChanges(const QString &customerId) const
{
    auto rowId = m_context.customerRowId(customerId, Access::Read);
    if (!rowId)
        return rowId.error();
    return FollowUpRepository(m_context.db).stageChanges(*rowId);
}

} // namespace sf
