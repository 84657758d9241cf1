// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"
#include "core/WorkCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

// The deadlines of process.md as pure functions (design.md, "Rule semantics"). A deadline
// "within N working days of date d" ends at 23:59:59 local time on addWorkdays(d, N); local
// dates are taken in the team's time zone, passed in. Invalid inputs give an invalid deadline
// and are never reported as late.
namespace sf::deadlines {

// R11: a follow-up record is due within 2 hours of the contact.
inline constexpr qint64 kRecordWindowSecs = 7200; // 2 hours

// 23:59:59 local time on date in tz: the last second of a "within N working days" deadline.
QDateTime endOfLocalDay(QDate date, const QTimeZone &tz);

// R2: a lead is entered by the end of the working day after the local date of first contact.
QDateTime entryDeadline(const WorkCalendar &calendar, const QDateTime &firstContact,
                        const QTimeZone &tz);
// R2: late if entered after the deadline second, 23:59:59 (any instant within it is on time).
bool isLateEntry(const WorkCalendar &calendar, const QDateTime &firstContact,
                 const QDateTime &enteredAt, const QTimeZone &tz);

// R8: an A customer's follow-up plan is due 3 working days after the later of the first-contact
// date and the date it was graded A.
QDateTime planDeadline(const WorkCalendar &calendar, QDate firstContactDate,
                       std::optional<QDate> gradedADate, const QTimeZone &tz);

// R10: support is requested at least 2 working days before the item's date.
bool supportRequestOnTime(const WorkCalendar &calendar, QDate requestDate, QDate itemDate);
// R10: the latest request date that is still on time for itemDate.
QDate latestSupportRequestDate(const WorkCalendar &calendar, QDate itemDate);

// R11: late if recorded more than 2 hours after the contact; exactly 2 hours is on time.
bool isLateRecord(const QDateTime &contactAt, const QDateTime &recordedAt);

// R15: legal review is due 1 working day after submission, finance review 1 working day after
// legal approval.
QDateTime legalReviewDue(const WorkCalendar &calendar, QDate submitted, const QTimeZone &tz);
QDateTime financeReviewDue(const WorkCalendar &calendar, QDate legalApproved, const QTimeZone &tz);
// R15 ("each step has an owner and a deadline"): the manager signs within 1 working day of the
// finance approval.
QDateTime signatureDue(const WorkCalendar &calendar, QDate financeApproved, const QTimeZone &tz);
// R15: when the step a contract waits for is due, from the local date its step began (the
// submission, the legal approval, the finance approval); invalid outside the three review states
// or without that time.
QDateTime pendingStepDue(const WorkCalendar &calendar, const Contract &contract,
                         const QTimeZone &tz);

} // namespace sf::deadlines
