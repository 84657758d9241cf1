// SPDX-License-Identifier: MIT
#include "core/Deadlines.h"

#include <QTime>

#include <algorithm>

namespace sf::deadlines {
namespace {

constexpr int kEntryWorkdays = 1;   // R2
constexpr int kPlanWorkdays = 3;    // R8
constexpr int kSupportWorkdays = 2; // R10
constexpr int kReviewWorkdays = 1;  // R15

QDateTime endOfWorkdays(const WorkCalendar &calendar, QDate date, int workdays, const QTimeZone &tz)
{
    if (!date.isValid())
        return {};
    return endOfLocalDay(calendar.addWorkdays(date, workdays), tz);
}

} // namespace

QDateTime endOfLocalDay(QDate date, const QTimeZone &tz)
{
    if (!date.isValid() || !tz.isValid())
        return {};
    return QDateTime(date, QTime(23, 59, 59), tz);
}

QDateTime entryDeadline(const WorkCalendar &calendar, const QDateTime &firstContact,
                        const QTimeZone &tz)
{
    if (!firstContact.isValid() || !tz.isValid())
        return {};
    // The working day counts from the team's local date, not the UTC date of the timestamp.
    return endOfWorkdays(calendar, firstContact.toTimeZone(tz).date(), kEntryWorkdays, tz);
}

bool isLateEntry(const WorkCalendar &calendar, const QDateTime &firstContact,
                 const QDateTime &enteredAt, const QTimeZone &tz)
{
    const QDateTime deadline = entryDeadline(calendar, firstContact, tz);
    if (!deadline.isValid() || !enteredAt.isValid())
        return false;
    // Whole seconds: the deadline is the second 23:59:59, so 23:59:59.5 is still within it.
    return enteredAt.toSecsSinceEpoch() > deadline.toSecsSinceEpoch();
}

QDateTime planDeadline(const WorkCalendar &calendar, QDate firstContactDate,
                       std::optional<QDate> gradedADate, const QTimeZone &tz)
{
    if (!firstContactDate.isValid())
        return {};
    QDate start = firstContactDate;
    if (gradedADate && gradedADate->isValid())
        start = std::max(start, *gradedADate);
    return endOfWorkdays(calendar, start, kPlanWorkdays, tz);
}

bool supportRequestOnTime(const WorkCalendar &calendar, QDate requestDate, QDate itemDate)
{
    if (!requestDate.isValid() || !itemDate.isValid())
        return false;
    return calendar.addWorkdays(requestDate, kSupportWorkdays) <= itemDate;
}

QDate latestSupportRequestDate(const WorkCalendar &calendar, QDate itemDate)
{
    if (!itemDate.isValid())
        return {};
    // On time iff 2 working days lie in (request, item]; the latest such request is the day
    // before the 2nd working day on or before the item's date.
    return calendar.addWorkdays(itemDate.addDays(1), -kSupportWorkdays).addDays(-1);
}

bool isLateRecord(const QDateTime &contactAt, const QDateTime &recordedAt)
{
    if (!contactAt.isValid() || !recordedAt.isValid())
        return false;
    // Milliseconds: the window is a duration, so 2 h + 0.5 s is already more than 2 hours.
    return contactAt.msecsTo(recordedAt) > kRecordWindowSecs * 1000;
}

QDateTime legalReviewDue(const WorkCalendar &calendar, QDate submitted, const QTimeZone &tz)
{
    return endOfWorkdays(calendar, submitted, kReviewWorkdays, tz);
}

QDateTime financeReviewDue(const WorkCalendar &calendar, QDate legalApproved, const QTimeZone &tz)
{
    return endOfWorkdays(calendar, legalApproved, kReviewWorkdays, tz);
}

QDateTime signatureDue(const WorkCalendar &calendar, QDate financeApproved, const QTimeZone &tz)
{
    return endOfWorkdays(calendar, financeApproved, kReviewWorkdays, tz);
}

QDateTime pendingStepDue(const WorkCalendar &calendar, const Contract &contract,
                         const QTimeZone &tz)
{
    const auto step = pendingStep(contract.status);
    if (!step)
        return {};
    const auto localDate = [&](const std::optional<QDateTime> &at) {
        return at ? at->toTimeZone(tz).date() : QDate();
    };
    switch (*step) {
    case ApprovalStep::Legal: return legalReviewDue(calendar, localDate(contract.submittedAt), tz);
    case ApprovalStep::Finance:
        return financeReviewDue(calendar, localDate(contract.legalApprovedAt), tz);
    case ApprovalStep::Manager:
        return signatureDue(calendar, localDate(contract.financeApprovedAt), tz);
    }
    return {};
}

} // namespace sf::deadlines
