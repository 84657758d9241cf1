// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Parsers for public-holiday schedules as the holiday-cn project publishes them ("Working days"
// of process.md: the calendar is data an administrator imports). They take the file's bytes,
// never a path, and are all-or-nothing: one error and no day is returned.
namespace sf {

// One year's schedule. A schedule may list a day of the adjacent year (2022-12-31 in the 2023
// schedule); year is the schedule's own year. days are sorted by date, each date at most once.
struct CalendarFileData
{
    int year = 0;
    QList<CalendarDay> days;
};

// Where and why a file was refused; line is 1-based and counts the file's physical lines.
struct CalendarParseError
{
    int line = 0;
    QString reason;

    // "line 12: reason", translated.
    QString message() const;
    Error toError() const { return Error::invalid(message()); }

    Q_DECLARE_TR_FUNCTIONS(CalendarParseError)
};

// holiday-cn JSON: {"year": 2026, "days": [{"name": …, "date": "2026-01-01", "isOffDay": true}]}.
Result<CalendarFileData> parseHolidayCnJson(const QByteArray &data);
// holiday-cn iCalendar: one all-day VEVENT per holiday span; a SUMMARY starting with 上班 marks a
// make-up working day. The schedule's year is the year most events start in.
Result<CalendarFileData> parseICalendar(const QByteArray &data);
// Either of the above, recognised by content (a leading '{' or BEGIN:VCALENDAR). The file name
// only decides which parser explains a file whose content is neither.
Result<CalendarFileData> parseCalendarFile(const QByteArray &data, const QString &fileNameHint);

} // namespace sf
