// SPDX-License-Identifier: MIT
#include "services/RuleCheckService.h"

#include "core/Deadlines.h"
#include "core/Money.h"
#include "core/WorkCalendar.h"
#include "services/CalendarService.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/AccessScopeSql.h"
#include "storage/ContractRepository.h"
#include "storage/Database.h"
#include "storage/DowngradeQueries.h"
#include "storage/PaymentRepository.h"
#include "storage/RuleQueries.h"

#include <QHash>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <thread>
#include <tuple>
#include <vector>

namespace sf {
namespace {

QString local(const QDateTime &at, const QTimeZone &tz)
{
    return at.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Local times in the team's zone for hundreds of thousands of findings. Between two of the zone's
// transitions the offset is fixed (Asia/Shanghai: +08:00 since 1991), and adding it is far cheaper
// than QDateTime::toTimeZone; a time outside that span takes the zone's own conversion.
class LocalTimes
{
public:
    LocalTimes(const QTimeZone &tz, const QDateTime &around)
        : m_tz(tz)
        , m_offset(tz.offsetFromUtc(around))
    {
        const QTimeZone::OffsetData previous = tz.previousTransition(around);
        const QTimeZone::OffsetData next = tz.nextTransition(around);
        m_from = previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::min();
        m_to = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch()
                                    : std::numeric_limits<qint64>::max();
    }

    // "yyyy-MM-dd HH:mm" local time.
    QString text(const QDateTime &at) const
    {
        const qint64 secs = at.toSecsSinceEpoch();
        if (secs < m_from || secs >= m_to)
            return local(at, m_tz);
        const QDateTime shifted = QDateTime::fromSecsSinceEpoch(secs + m_offset, Qt::UTC);
        const QDate day = shifted.date();
        const QTime time = shifted.time();
        char text[24];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", day.year(), day.month(),
                      day.day(), time.hour(), time.minute());
        return QString::fromLatin1(text);
    }

    QDate date(const QDateTime &at) const
    {
        const qint64 secs = at.toSecsSinceEpoch();
        if (secs < m_from || secs >= m_to)
            return at.toTimeZone(m_tz).date();
        return QDateTime::fromSecsSinceEpoch(secs + m_offset, Qt::UTC).date();
    }

private:
    QTimeZone m_tz;
    int m_offset = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

// What the row rules (R2, R6, R7, R8, R10, R11, R13) need besides the database: read on the
// calling thread, so that a rule may run on another.
struct RuleInputs
{
    RuleCheckReport *report = nullptr;
    const WorkCalendar *calendar = nullptr;
    QTimeZone tz;
    int maintenanceDays = 0;
    const LocalTimes *local = nullptr;
};

using RuleFindings = Result<QList<RuleFinding>>;
using RuleTask = std::function<RuleFindings(const Database &, const RuleInputs &)>;

// R2: entered after the end of the working day after the first contact.
RuleFindings lateEntries(const Database &db, const RuleInputs &in)
{
    auto late = RuleQueries(db).lateEntries(in.report->since, in.report->asOf);
    if (!late)
        return late.error();
    QList<RuleFinding> out;
    for (const auto &row : *late)
        out.append(
            {QStringLiteral("R2"), row.customerId,
             RuleCheckService::tr("Entered %1, after the deadline %2 (first contact %3).")
                 .arg(in.local->text(row.enteredAt),
                      local(deadlines::entryDeadline(*in.calendar, row.firstContactAt, in.tz),
                            in.tz),
                      in.local->text(row.firstContactAt))});
    return out;
}

// R6: the last calendar week completed by asOf, Monday 00:00 to Monday 00:00 local time.
RuleFindings aCustomerWeeks(const Database &db, const RuleInputs &in)
{
    const QDate day = in.report->asOf.toTimeZone(in.tz).date();
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDateTime weekEnd = QDateTime(monday, QTime(0, 0), in.tz).toUTC();
    const QDateTime weekStart = QDateTime(monday.addDays(-7), QTime(0, 0), in.tz).toUTC();
    auto weeks = RuleQueries(db).aCustomerWeeks(weekStart, weekEnd);
    if (!weeks)
        return weeks.error();
    // The sentences are made once (per count), not per customer.
    const QString week = monday.addDays(-7).toString(Qt::ISODate);
    QHash<int, QString> short_;
    const QString noOwner =
        RuleCheckService::tr("An A customer without an owner; it needs a senior rep.");
    const QString notSenior =
        RuleCheckService::tr("An A customer owned by %1, who is not a senior rep.");
    QList<RuleFinding> out;
    for (const auto &row : *weeks) {
        // A customer that became A after the week is not held to it; its owner is checked now.
        if (row.records < 2 && row.becameA < weekEnd) {
            auto sentence = short_.find(row.records);
            if (sentence == short_.end())
                sentence = short_.insert(
                    row.records,
                    RuleCheckService::tr(
                        "%n follow-up(s) in the week of %1; an A customer needs at least 2.",
                        nullptr, row.records)
                        .arg(week));
            out.append({QStringLiteral("R6"), row.customerId, *sentence, true});
        }
        if (!row.ownerSenior)
            out.append({QStringLiteral("R6"), row.customerId,
                        row.ownerLogin.isEmpty() ? noOwner : notSenior.arg(row.ownerLogin)});
    }
    return out;
}

// R7: C customers due for maintenance.
RuleFindings staleCCustomers(const Database &db, const RuleInputs &in)
{
    const QDateTime asOf = in.report->asOf;
    auto stale = RuleQueries(db).staleCCustomers(asOf, asOf.addDays(-in.maintenanceDays));
    if (!stale)
        return stale.error();
    const QString sentence =
        RuleCheckService::tr(
            "Last contact %1, %2 days ago; a C customer is contacted every %3 days.")
            .arg(QStringLiteral("%1"), QStringLiteral("%2"), QString::number(in.maintenanceDays));
    QList<RuleFinding> out;
    for (const auto &row : *stale)
        out.append({QStringLiteral("R7"), row.customerId,
                    sentence.arg(in.local->text(row.lastContactAt),
                                 QString::number(row.lastContactAt.daysTo(asOf)))});
    return out;
}

// R8: an A customer's plan, due 3 working days after the first contact or the grading.
RuleFindings latePlans(const Database &db, const RuleInputs &in)
{
    auto plans = RuleQueries(db).aCustomerPlans();
    if (!plans)
        return plans.error();
    const QString madeLate =
        RuleCheckService::tr("The follow-up plan was due by %1; its first item was made %2.");
    const QString missing =
        RuleCheckService::tr("The follow-up plan was due by %1 and has no item.");
    QList<RuleFinding> out;
    for (const auto &row : *plans) {
        const QDateTime deadline = deadlines::planDeadline(
            *in.calendar, in.local->date(row.firstContactAt), in.local->date(row.gradedAAt), in.tz);
        // The deadline is the last second of its day: it has passed from the next second on.
        const QDateTime passed = deadline.addSecs(1);
        if (!deadline.isValid() || in.report->asOf < passed)
            continue;
        if (row.firstItemAt && *row.firstItemAt < passed)
            continue;
        out.append({QStringLiteral("R8"), row.customerId,
                    row.firstItemAt
                        ? madeLate.arg(in.local->text(deadline), in.local->text(*row.firstItemAt))
                        : missing.arg(in.local->text(deadline))});
    }
    return out;
}

// R10: support requested in [since, asOf) later than 2 working days before the item.
RuleFindings lateSupportRequests(const Database &db, const RuleInputs &in)
{
    const RuleCheckReport &report = *in.report;
    auto requests = RuleQueries(db).supportRequests(report.since.toTimeZone(in.tz).date(),
                                                    report.asOf.toTimeZone(in.tz).date());
    if (!requests)
        return requests.error();
    QList<RuleFinding> out;
    for (const auto &row : *requests) {
        // A request date counts as made at 00:00 local time on that date.
        const QDateTime requestedAt = QDateTime(row.requestedOn, QTime(0, 0), in.tz);
        if (requestedAt < report.since || requestedAt >= report.asOf ||
            deadlines::supportRequestOnTime(*in.calendar, row.requestedOn, row.itemStart))
            continue;
        out.append({QStringLiteral("R10"), row.customerId,
                    RuleCheckService::tr("Support for \"%1\" (starting %2) was requested on %3; "
                                         "the latest on-time request date was %4.")
                        .arg(row.action, row.itemStart.toString(Qt::ISODate),
                             row.requestedOn.toString(Qt::ISODate),
                             deadlines::latestSupportRequestDate(*in.calendar, row.itemStart)
                                 .toString(Qt::ISODate))});
    }
    return out;
}

// R11: records made more than 2 hours after the contact.
RuleFindings lateRecords(const Database &db, const RuleInputs &in)
{
    auto records = RuleQueries(db).lateRecords(in.report->since, in.report->asOf);
    if (!records)
        return records.error();
    const QString sentence = RuleCheckService::tr(
        "Contact at %1 recorded at %2, %3 h %4 min later (within 2 hours is on time).");
    QList<RuleFinding> out;
    for (const auto &row : *records) {
        const qint64 minutes = row.contactAt.secsTo(row.recordedAt) / 60;
        out.append({QStringLiteral("R11"), row.customerId,
                    sentence.arg(in.local->text(row.contactAt), in.local->text(row.recordedAt),
                                 QString::number(minutes / 60),
                                 QString::number(minutes % 60).rightJustified(2, u'0'))});
    }
    return out;
}

// R13: B customers stalled for 14 days, not exempted.
RuleFindings stalledBCustomers(const Database &db, const RuleInputs &in)
{
    auto stalled = DowngradeQueries(db).candidates(in.report->asOf);
    if (!stalled)
        return stalled.error();
    const QString sentence =
        RuleCheckService::tr(
            "Graded B since %1 with no progress in the last %2 days: a downgrade candidate.")
            .arg(QStringLiteral("%1"), QString::number(DowngradeQueries::kStalledDays));
    QList<RuleFinding> out;
    for (const auto &row : *stalled)
        out.append(
            {QStringLiteral("R13"), row.customerId, sentence.arg(in.local->text(row.gradedB))});
    return out;
}

// Runs the tasks and returns their findings in the tasks' order. On an embedded database with
// more than one core, the tasks given to the second lane run meanwhile on a thread of their own
// with a connection of its own (WAL lets readers run side by side): the rules of a million
// customers take the time of the slower lane instead of the sum.
Result<QList<RuleFinding>> runRules(const Database &db, const RuleInputs &inputs,
                                    const QList<std::pair<RuleTask, bool>> &tasks)
{
    // A vector: each lane writes its own elements, and nothing is shared or detached meanwhile.
    std::vector<RuleFindings> results(size_t(tasks.size()), RuleFindings(QList<RuleFinding>()));
    // Not inside a transaction: the second connection would miss what it wrote.
    const bool parallel = db.handle() != nullptr && !db.inTransaction() &&
                          QThread::idealThreadCount() > 1 &&
                          std::count_if(tasks.cbegin(), tasks.cend(),
                                        [](const auto &task) { return task.second; }) > 0;
    std::thread lane;
    if (parallel) {
        lane = std::thread([&] {
            auto own = Database::open(db.path());
            for (qsizetype i = 0; i < tasks.size(); ++i) {
                if (!tasks.at(i).second)
                    continue;
                results[size_t(i)] =
                    own ? tasks.at(i).first(**own, inputs) : RuleFindings(own.error());
            }
        });
    }
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (!parallel || !tasks.at(i).second)
            results[size_t(i)] = tasks.at(i).first(db, inputs);
    }
    if (lane.joinable())
        lane.join();
    QList<RuleFinding> out;
    for (const RuleFindings &found : std::as_const(results)) {
        if (!found)
            return found.error();
        out.append(*found);
    }
    return out;
}

} // namespace

Result<RuleCheckReport> RuleCheckService::check(const QDateTime &asOf,
                                                std::optional<QDateTime> since,
                                                const QStringList &rules)
{
    const auto wants = [&rules](const QString &rule) {
        return rules.isEmpty() || rules.contains(rule);
    };
    if (!asOf.isValid())
        return Error::invalid(tr("The as-of time is not a valid date and time."));
    RuleCheckReport report;
    report.asOf = asOf.toUTC();
    report.since = since ? since->toUTC() : report.asOf.addDays(-7);
    if (report.since > report.asOf)
        return Error::invalid(
            tr("The start of the period (%1) is after its end (%2).")
                .arg(report.since.toString(Qt::ISODate), report.asOf.toString(Qt::ISODate)));
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    const QTimeZone tz = m_settings.timeZone();
    const LocalTimes localTimes(tz, report.asOf);
    const RuleInputs inputs{&report, &*calendar, tz, m_settings.maintenanceDays(), &localTimes};
    // The rules in report order; `true` puts a rule on the second lane. R6 and R13 (about 0.4 and
    // 0.45 s at a million customers) against R8, R11 and R7 (0.45, 0.3 and 0.25 s).
    QList<std::pair<RuleTask, bool>> tasks;
    for (const auto &[rule, task, second] :
         {std::tuple{QStringLiteral("R2"), RuleTask(lateEntries), false},
          std::tuple{QStringLiteral("R6"), RuleTask(aCustomerWeeks), true},
          std::tuple{QStringLiteral("R7"), RuleTask(staleCCustomers), false},
          std::tuple{QStringLiteral("R8"), RuleTask(latePlans), false},
          std::tuple{QStringLiteral("R10"), RuleTask(lateSupportRequests), false},
          std::tuple{QStringLiteral("R11"), RuleTask(lateRecords), false},
          std::tuple{QStringLiteral("R13"), RuleTask(stalledBCustomers), true}}) {
        if (wants(rule))
            tasks.append({task, second});
    }
    auto found = runRules(m_context.db, inputs, tasks);
    if (!found)
        return found.error();
    QList<RuleFinding> &out = report.findings;
    out = std::move(*found);

    // R15: contracts whose pending approval step is past its due time, by customer and number.
    if (wants(QStringLiteral("R15"))) {
        ContractFilter filter;
        filter.statuses = {ContractStatus::LegalReview, ContractStatus::FinanceReview,
                           ContractStatus::ManagerSign};
        auto pending = ContractRepository(m_context.db).list(filter);
        if (!pending)
            return pending.error();
        std::sort(pending->begin(), pending->end(), [](const Contract &a, const Contract &b) {
            return std::tie(a.customerId, a.number) < std::tie(b.customerId, b.number);
        });
        for (const Contract &contract : *pending) {
            const QDateTime due = deadlines::pendingStepDue(*calendar, contract, tz);
            // Whole seconds: the due second 23:59:59 is still on time.
            if (!due.isValid() || report.asOf.toSecsSinceEpoch() <= due.toSecsSinceEpoch())
                continue;
            RuleFinding finding{QStringLiteral("R15"), contract.customerId,
                                tr("Contract %1 waits for the %2, due by %3.")
                                    .arg(contract.number,
                                         ContractRules::stepName(*pendingStep(contract.status)),
                                         local(due, tz))};
            finding.contract = contract.number;
            out.append(finding);
        }
    }

    // R16: instalments due before the local date of asOf and not fully paid.
    if (wants(QStringLiteral("R16"))) {
        const QDate day = report.asOf.toTimeZone(tz).date();
        auto overdue = PaymentRepository(m_context.db).openInstalments(day.addDays(-1));
        if (!overdue)
            return overdue.error();
        std::sort(overdue->begin(), overdue->end(), [](const Receivable &a, const Receivable &b) {
            return std::tie(a.customerId, a.contractNumber, a.instalment.due) <
                   std::tie(b.customerId, b.contractNumber, b.instalment.due);
        });
        for (const Receivable &line : *overdue) {
            const int days = ContractRules::daysOverdue(line.instalment.due, day);
            const auto bucket = ContractRules::bucket(days);
            if (!bucket)
                continue;
            RuleFinding finding{
                QStringLiteral("R16"), line.customerId,
                tr("Contract %1: the instalment due %2 is %n day(s) overdue (%3); %4 of %5 %6 "
                   "outstanding.",
                   nullptr, days)
                    .arg(line.contractNumber, line.instalment.due.toString(Qt::ISODate),
                         ContractRules::bucketName(*bucket),
                         money::yuanText(line.instalment.outstandingFen()),
                         money::yuanText(line.instalment.amountFen), line.currency)};
            finding.contract = line.contractNumber;
            out.append(finding);
        }
    }
    // Only the findings of the customers the acting user works on (a rep: their own; a manager:
    // the team's).
    if (const AccessScope scope = m_context.scope(); !scope.isAll() && !out.isEmpty()) {
        QStringList ids;
        ids.reserve(out.size());
        for (const RuleFinding &finding : std::as_const(out))
            ids << finding.customerId;
        auto visible = customersInScope(m_context.db, ids, scope);
        if (!visible)
            return visible.error();
        out.removeIf(
            [&](const RuleFinding &finding) { return !visible->contains(finding.customerId); });
    }
    return report;
}

} // namespace sf
