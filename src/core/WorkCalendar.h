// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

// One entry of a public-holiday schedule: a day off (offDay) or a make-up working day (调休) on
// a weekend (!offDay). Days not listed follow the weekly rhythm: Monday–Friday work.
struct CalendarDay
{
    QDate date;
    bool offDay = true;
    QString name;

    bool operator==(const CalendarDay &) const = default;
};

// The working-day calendar every "N working days" rule uses (process.md, "Working days").
// Immutable and cheap to copy (implicitly shared Qt containers). Outside the imported schedules
// only weekends are off.
class WorkCalendar
{
public:
    WorkCalendar() = default;
    // Invalid dates are ignored; a date listed twice keeps its last entry.
    explicit WorkCalendar(const QList<CalendarDay> &days);

    bool isWorkday(QDate date) const;
    // n > 0: the n-th working day strictly after date (Friday + 1 may be a make-up Saturday);
    // n < 0: the |n|-th working day strictly before date; n == 0: date itself.
    // An invalid date gives an invalid date.
    QDate addWorkdays(QDate date, int n) const;
    // Working days in (from, to]; if to < from, minus the working days in (to, from], so that
    // workdaysBetween(a, b) == -workdaysBetween(b, a). 0 if either date is invalid.
    int workdaysBetween(QDate from, QDate to) const;
    // The schedule entry of date, if the imported schedules list it.
    std::optional<CalendarDay> dayInfo(QDate date) const;

private:
    enum Kind : qint8 { Normal = 0, Off = 1, Work = 2 };

    bool isWorkdayJd(qint64 jd) const;
    bool listsAnyIn(qint64 firstJd, qint64 lastJd) const;

    QHash<qint64, CalendarDay> m_days;
    qint64 m_minJd = 0; // first and last listed day; meaningless while m_days is empty
    qint64 m_maxJd = -1;
    // Kind of every day in [m_minJd, m_maxJd], indexed densely so that the hot path of
    // addWorkdays is an array read, not a hash lookup. Left empty (the hash answers) if the
    // listed days lie implausibly far apart.
    QList<qint8> m_kinds;
};

} // namespace sf
