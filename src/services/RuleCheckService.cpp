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
#include "storage/DowngradeQueries.h"
#include "storage/PaymentRepository.h"
#include "storage/RuleQueries.h"

#include <algorithm>
#include <tuple>

namespace sf {
namespace {

QString local(const QDateTime &at, const QTimeZone &tz)
{
    return at.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
    const RuleQueries queries(m_context.db);
    QList<RuleFinding> &out = report.findings;

    // R2: entered after the end of the working day after the first contact.
    if (wants(QStringLiteral("R2"))) {
        auto late = queries.lateEntries(report.since, report.asOf);
        if (!late)
            return late.error();
        for (const auto &row : *late)
            out.append(
                {QStringLiteral("R2"), row.customerId,
                 tr("Entered %1, after the deadline %2 (first contact %3).")
                     .arg(local(row.enteredAt, tz),
                          local(deadlines::entryDeadline(*calendar, row.firstContactAt, tz), tz),
                          local(row.firstContactAt, tz))});
    }

    // R6: the last calendar week completed by asOf, Monday 00:00 to Monday 00:00 local time.
    if (wants(QStringLiteral("R6"))) {
        const QDate day = report.asOf.toTimeZone(tz).date();
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        const QDateTime weekEnd = QDateTime(monday, QTime(0, 0), tz).toUTC();
        const QDateTime weekStart = QDateTime(monday.addDays(-7), QTime(0, 0), tz).toUTC();
        auto weeks = queries.aCustomerWeeks(weekStart, weekEnd);
        if (!weeks)
            return weeks.error();
        for (const auto &row : *weeks) {
            // A customer that became A after the week is not held to it; its owner is checked now.
            if (row.records < 2 && row.becameA < weekEnd)
                out.append({QStringLiteral("R6"), row.customerId,
                            tr("%n follow-up(s) in the week of %1; an A customer needs at least 2.",
                               nullptr, row.records)
                                .arg(monday.addDays(-7).toString(Qt::ISODate)),
                            true});
            if (!row.ownerSenior)
                out.append({QStringLiteral("R6"), row.customerId,
                            row.ownerLogin.isEmpty()
                                ? tr("An A customer without an owner; it needs a senior rep.")
                                : tr("An A customer owned by %1, who is not a senior rep.")
                                      .arg(row.ownerLogin)});
        }
    }

    // R7: C customers due for maintenance.
    if (wants(QStringLiteral("R7"))) {
        const int days = m_settings.maintenanceDays();
        auto stale = queries.staleCCustomers(report.asOf, report.asOf.addDays(-days));
        if (!stale)
            return stale.error();
        for (const auto &row : *stale)
            out.append({QStringLiteral("R7"), row.customerId,
                        tr("Last contact %1, %2 days ago; a C customer is contacted every %3 days.")
                            .arg(local(row.lastContactAt, tz))
                            .arg(row.lastContactAt.daysTo(report.asOf))
                            .arg(days)});
    }

    // R8: an A customer's plan, due 3 working days after the first contact or the grading.
    if (wants(QStringLiteral("R8"))) {
        auto plans = queries.aCustomerPlans();
        if (!plans)
            return plans.error();
        for (const auto &row : *plans) {
            const QDateTime deadline =
                deadlines::planDeadline(*calendar, row.firstContactAt.toTimeZone(tz).date(),
                                        row.gradedAAt.toTimeZone(tz).date(), tz);
            // The deadline is the last second of its day: it has passed from the next second on.
            const QDateTime passed = deadline.addSecs(1);
            if (!deadline.isValid() || report.asOf < passed)
                continue;
            if (row.firstItemAt && *row.firstItemAt < passed)
                continue;
            out.append({QStringLiteral("R8"), row.customerId,
                        row.firstItemAt
                            ? tr("The follow-up plan was due by %1; its first item was made %2.")
                                  .arg(local(deadline, tz), local(*row.firstItemAt, tz))
                            : tr("The follow-up plan was due by %1 and has no item.")
                                  .arg(local(deadline, tz))});
        }
    }

    // R10: support requested in [since, asOf) later than 2 working days before the item.
    if (wants(QStringLiteral("R10"))) {
        auto requests = queries.supportRequests(report.since.toTimeZone(tz).date(),
                                                report.asOf.toTimeZone(tz).date());
        if (!requests)
            return requests.error();
        for (const auto &row : *requests) {
            // A request date counts as made at 00:00 local time on that date.
            const QDateTime requestedAt = QDateTime(row.requestedOn, QTime(0, 0), tz);
            if (requestedAt < report.since || requestedAt >= report.asOf ||
                deadlines::supportRequestOnTime(*calendar, row.requestedOn, row.itemStart))
                continue;
            out.append(
                {QStringLiteral("R10"), row.customerId,
                 tr("Support for \"%1\" (starting %2) was requested on %3; the latest on-time "
                    "request date was %4.")
                     .arg(row.action, row.itemStart.toString(Qt::ISODate),
                          row.requestedOn.toString(Qt::ISODate),
                          deadlines::latestSupportRequestDate(*calendar, row.itemStart)
                              .toString(Qt::ISODate))});
        }
    }

    // R11: records made more than 2 hours after the contact.
    if (wants(QStringLiteral("R11"))) {
        auto records = queries.lateRecords(report.since, report.asOf);
        if (!records)
            return records.error();
        for (const auto &row : *records) {
            const qint64 minutes = row.contactAt.secsTo(row.recordedAt) / 60;
            out.append({QStringLiteral("R11"), row.customerId,
                        tr("Contact at %1 recorded at %2, %3 h %4 min later (within 2 hours is on "
                           "time).")
                            .arg(local(row.contactAt, tz), local(row.recordedAt, tz))
                            .arg(minutes / 60)
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'))});
        }
    }

    // R13: B customers stalled for 14 days, not exempted.
    if (wants(QStringLiteral("R13"))) {
        auto stalled = DowngradeQueries(m_context.db).candidates(report.asOf);
        if (!stalled)
            return stalled.error();
        for (const auto &row : *stalled)
            out.append({QStringLiteral("R13"), row.customerId,
                        tr("Graded B since %1 with no progress in the last %2 days: a downgrade "
                           "candidate.")
                            .arg(local(row.gradedB, tz))
                            .arg(DowngradeQueries::kStalledDays)});
    }

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
