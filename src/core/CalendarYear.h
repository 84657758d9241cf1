// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace sf {

// A holiday schedule held in the database: its year, where it came from, how many days it sets.
struct CalendarYear
{
    int year = 0;
    QString source;
    QDateTime importedAt;
    int daysOff = 0;
    int makeUpDays = 0;
};

} // namespace sf
