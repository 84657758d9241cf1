// SPDX-License-Identifier: MIT
#include "services/MyDayService.h"

#include "core/Contract.h"
#include "core/Deadlines.h"
#include "core/Money.h"
#include "core/WorkCalendar.h"
#include "services/CalendarService.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/ContractRepository.h"
#include "storage/MyDayQueries.h"
#include "storage/PaymentRepository.h"
#include "storage/ServiceRecordRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>

namespace sf {

int MyDay::count(MyDayEntry::Kind kind) const
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [kind](const MyDayEntry &entry) { return entry.kind == kind; }));
}

Result<MyDay> MyDayService::day(const QString &ownerLogin)
{
    const User &actor = m_context.actor;
    const QString owner = ownerLogin.isEmpty() ? actor.login : ownerLogin;
    if (owner != actor.login && actor.role != Role::Manager && actor.role != Role::Admin)
        return Error{ErrorKind::Permission, tr("Only a manager looks at someone else's day."), {}};
    // A manager of a team looks at the days of its members only.
    if (const AccessScope scope = m_context.scope();
        owner != actor.login && scope.kind == AccessScope::Kind::Team) {
        auto member = UserRepository(m_context.db).findByLogin(owner);
        if (!member)
            return member.error();
        if (member->has_value() && (*member)->team.trimmed() != scope.team)
            return Error{ErrorKind::Permission,
                         tr("%1 is not a member of your team %2; you may not look at their day.")
                             .arg(owner, scope.team),
                         {}};
    }
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    const QTimeZone tz = m_settings.timeZone();
    const QDateTime now = m_context.now();
    MyDay day;
    day.ownerLogin = owner;
    day.today = now.toTimeZone(tz).date();
    const MyDayQueries queries(m_context.db, owner);
    using Kind = MyDayEntry::Kind;
    const auto add = [&](Kind kind, const MyDayQueries::Row &row, const QString &text, QDate due,
                         bool late) {
        day.entries.append({kind, row.customerId, row.customerName, text, due, late});
    };

    auto actions = queries.nextActionsDue(day.today);
    if (!actions)
        return actions.error();
    for (const auto &row : *actions)
        add(Kind::NextAction, row, row.text, row.due, row.due < day.today);

    auto items = queries.planItemsDue(day.today);
    if (!items)
        return items.error();
    for (const auto &row : *items)
        add(Kind::PlanItem, row, tr("%1 (%2% done)").arg(row.text).arg(row.count), row.due,
            row.due < day.today);

    auto unrecorded = queries.itemsWithoutRecord(day.today, tz);
    if (!unrecorded)
        return unrecorded.error();
    for (const auto &row : *unrecorded)
        add(Kind::RecordToWrite, row,
            tr("\"%1\" is under way and no contact is recorded since it started: record each "
               "contact within 2 hours (R11).")
                .arg(row.text),
            row.due, false);

    // R6: this week so far, Monday 00:00 local time.
    const QDate monday = day.today.addDays(1 - day.today.dayOfWeek());
    auto weeks = queries.aCustomersThisWeek(QDateTime(monday, QTime(0, 0), tz).toUTC());
    if (!weeks)
        return weeks.error();
    const QDate sunday = monday.addDays(6);
    for (const auto &row : *weeks) {
        if (row.count < 2)
            add(Kind::ShortOfTwo, row,
                tr("%n contact(s) this week; an A customer needs 2 (R6).", nullptr, row.count),
                sunday, false);
    }

    // R7: C customers whose last contact is older than the interval.
    const int interval = m_settings.maintenanceDays();
    auto stale = queries.cCustomersDue(now.addDays(-interval));
    if (!stale)
        return stale.error();
    for (const auto &row : *stale)
        add(Kind::Maintenance, row,
            tr("Last contact %1 days ago; a C customer is contacted every %2 days (R7).")
                .arg(row.at.daysTo(now))
                .arg(interval),
            row.at.toTimeZone(tz).date().addDays(interval), true);

    // R8: A customers without a plan, due 3 working days after first contact or grading.
    auto unplanned = queries.aCustomersWithoutPlan();
    if (!unplanned)
        return unplanned.error();
    for (const auto &row : *unplanned) {
        const QDateTime deadline = deadlines::planDeadline(
            *calendar, row.at.toTimeZone(tz).date(),
            row.since ? std::optional<QDate>(row.since->toTimeZone(tz).date()) : std::nullopt, tz);
        add(Kind::PlanDue, row,
            tr("An A customer without a follow-up plan; due by %1 (R8).")
                .arg(deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            deadline.date(), now > deadline);
    }

    // Stage 4: contracts ending within the renewal reminder, and service maintenance due.
    const ServiceRecordRepository service(m_context.db);
    auto ending = service.contractsEnding(
        day.today, day.today.addDays(m_settings.renewalReminderDays()), false, owner);
    if (!ending)
        return ending.error();
    QList<MyDayEntry> renewals;
    for (const ContractEnding &c : *ending)
        renewals.append({Kind::Renewal, c.customerId, c.customerName,
                         c.renewalStage
                             ? tr("Contract %1 ends: renewal opportunity at %2.")
                                   .arg(c.number, FollowUpRules::stageName(*c.renewalStage))
                             : tr("Contract %1 ends: no renewal opportunity yet.").arg(c.number),
                         c.end, false});
    ServiceRecordFilter maintenance;
    maintenance.ownerLogin = owner;
    maintenance.maintenanceDueBy = day.today;
    auto due = service.list(maintenance);
    if (!due)
        return due.error();
    for (const ServiceRecord &r : *due)
        renewals.append({Kind::Renewal, r.customerId, r.customerName,
                         tr("Maintenance due; last service %1: %2")
                             .arg(r.happenedOn.toString(Qt::ISODate), r.summary),
                         *r.nextMaintenance, *r.nextMaintenance < day.today});
    std::stable_sort(renewals.begin(), renewals.end(),
                     [](const MyDayEntry &a, const MyDayEntry &b) { return a.due < b.due; });
    day.entries.append(renewals);

    auto user = UserRepository(m_context.db).findByLogin(owner);
    if (!user)
        return user.error();
    if (auto contracts =
            addContracts(day, owner, user->has_value() ? (*user)->role : Role::Rep,
                         user->has_value() ? AccessScope::forUser(**user) : AccessScope::all());
        !contracts)
        return contracts.error();
    return day;
}

Status MyDayService::addContracts(MyDay &day, const QString &owner, Role role,
                                  const AccessScope &scope) const
{
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    const QTimeZone tz = m_settings.timeZone();
    const QDateTime now = m_context.now();
    const ContractRepository contracts(m_context.db);
    using Kind = MyDayEntry::Kind;
    // The step this user's role gives, for every contract waiting for it; for a rep, their own
    // contracts in review that are late, and those returned to them.
    const bool givesStep = role == Role::Legal || role == Role::Finance || role == Role::Manager;
    const ApprovalStep mine = role == Role::Legal     ? ApprovalStep::Legal
                              : role == Role::Finance ? ApprovalStep::Finance
                                                      : ApprovalStep::Manager;
    ContractFilter waiting;
    waiting.statuses = {ContractStatus::LegalReview, ContractStatus::FinanceReview,
                        ContractStatus::ManagerSign, ContractStatus::Draft};
    // A manager signs the contracts of the team's customers.
    waiting.scope = scope;
    auto listed = contracts.list(waiting);
    if (!listed)
        return listed.error();
    QList<MyDayEntry> entries;
    for (const Contract &contract : *listed) {
        if (contract.status == ContractStatus::Draft) {
            if (contract.owner != owner)
                continue;
            auto events = contracts.events(contract.id);
            if (!events)
                return events.error();
            if (events->isEmpty() || events->last().action != QLatin1String("rejected"))
                continue;
            const ContractEvent &returned = events->last();
            entries.append({Kind::ContractStep, contract.customerId, contract.customerName,
                            tr("Contract %1 was returned by %2: %3")
                                .arg(contract.number, returned.actor, returned.comment),
                            returned.at.toTimeZone(tz).date(), false});
            continue;
        }
        const QDateTime due = deadlines::pendingStepDue(*calendar, contract, tz);
        const bool late = due.isValid() && now > due;
        const auto step = pendingStep(contract.status);
        if (step && givesStep && *step == mine)
            entries.append(
                {Kind::ContractStep, contract.customerId, contract.customerName,
                 tr("Contract %1 waits for your %2 by %3 (R15).")
                     .arg(contract.number, ContractRules::stepName(*step),
                          due.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 due.toTimeZone(tz).date(), late});
        else if (contract.owner == owner && late)
            entries.append(
                {Kind::ContractStep, contract.customerId, contract.customerName,
                 tr("Contract %1 is late at %2, due %3 (R15).")
                     .arg(contract.number, ContractRules::stepName(*step),
                          due.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 due.toTimeZone(tz).date(), true});
    }
    // Instalments due today or overdue: a rep chases their customers' payments; finance sees
    // every one.
    auto open = PaymentRepository(m_context.db).openInstalments(day.today);
    if (!open)
        return open.error();
    for (const Receivable &line : *open) {
        if (role != Role::Finance && line.ownerLogin != owner)
            continue;
        const int overdue = ContractRules::daysOverdue(line.instalment.due, day.today);
        entries.append(
            {Kind::Receivable, line.customerId, line.customerName,
             overdue > 0
                 ? tr("Contract %1: %2 outstanding, %n day(s) overdue (R16).", nullptr, overdue)
                       .arg(line.contractNumber, money::yuanText(line.instalment.outstandingFen()))
                 : tr("Contract %1: %2 due today (R16).")
                       .arg(line.contractNumber, money::yuanText(line.instalment.outstandingFen())),
             line.instalment.due, overdue > 0});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const MyDayEntry &a, const MyDayEntry &b) {
        return a.kind < b.kind || (a.kind == b.kind && a.due < b.due);
    });
    day.entries.append(entries);
    return Ok{};
}

} // namespace sf
