// SPDX-License-Identifier: MIT
#pragma once

#include "core/CalendarFile.h"
#include "core/WorkCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>
#include <ostream>

// Readable failure messages for the Qt values the core tests compare (gtest finds these by ADL).
inline void PrintTo(const QDate &date, std::ostream *os)
{
    *os << qPrintable(date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(invalid)"));
}
inline void PrintTo(const QDateTime &time, std::ostream *os)
{
    *os << qPrintable(time.isValid()
                          ? time.toString(Qt::ISODateWithMs) + u' ' + time.timeZoneAbbreviation()
                          : QStringLiteral("(invalid)"));
}
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << qPrintable(text);
}

namespace sf::test {

inline QDate date(int year, int month, int day)
{
    return QDate(year, month, day);
}

// A bundled copy of the official holiday-cn data (resources/calendars).
inline QByteArray calendarFile(const QString &name)
{
    QFile file(QStringLiteral(SF_CALENDAR_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << qPrintable(file.fileName());
        return {};
    }
    return file.readAll();
}

inline QList<CalendarDay> officialDays(int year)
{
    const auto parsed = parseHolidayCnJson(calendarFile(QString::number(year) + u".json"));
    if (!parsed) {
        ADD_FAILURE() << qPrintable(parsed.error().message);
        return {};
    }
    return parsed->days;
}

// The official schedules of 2024, 2025 and 2026 together, as an administrator imports them.
inline WorkCalendar officialCalendar()
{
    return WorkCalendar(officialDays(2024) + officialDays(2025) + officialDays(2026));
}

} // namespace sf::test
