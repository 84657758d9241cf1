// SPDX-License-Identifier: MIT
#pragma once

#include "core/CalendarYear.h"
#include "core/Result.h"
#include "core/WorkCalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sf {

class Database;

// The working-day calendar's data: days off and make-up working days (调休), grouped by the
// schedule year they were published in. Never hard-coded: imported and edited by administrators.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<CalendarDay>> allDays() const;
    Result<QList<CalendarDay>> daysOfYear(int scheduleYear) const;
    Result<QList<CalendarYear>> years() const;

    // Replaces everything of `scheduleYear` with `days`. Call inside a transaction.
    Status replaceYear(int scheduleYear, const QList<CalendarDay> &days, const QString &source,
                       const QDateTime &now);
    // Adds or changes one day of `scheduleYear` (creating the year's row if needed).
    Status upsertDay(int scheduleYear, const CalendarDay &day, const QDateTime &now);
    // Removes a day (it then follows the weekend rule again); false if it was not there.
    Result<bool> removeDay(QDate date);

private:
    Status ensureYear(int scheduleYear, const QString &source, const QDateTime &now);
    const Database &m_db;
};

} // namespace sf
