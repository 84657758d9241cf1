// SPDX-License-Identifier: MIT
#pragma once

#include "core/CalendarFile.h"

#include <QHash>

#include <optional>

// Internal to the calendar file parsers (CalendarFile.cpp, HolidayCnJson.cpp, ICalendarFile.cpp).
namespace sf::calendarfile {

inline constexpr int kMinScheduleYear = 1900;
inline constexpr int kMaxScheduleYear = 2199;

QByteArray withoutBom(const QByteArray &data);
// 1-based line of a byte offset.
int lineAt(const QByteArray &text, qsizetype offset);

// The days of one file with the line each came from: refuses a date listed twice.
class DayCollector
{
public:
    std::optional<CalendarParseError> add(const CalendarDay &day, int line);
    // Each day lies in year or an adjacent year.
    std::optional<CalendarParseError> checkYear(int year) const;
    QList<CalendarDay> sortedDays() const;
    bool isEmpty() const { return m_days.isEmpty(); }

private:
    QList<CalendarDay> m_days;
    QList<int> m_lines;
    QHash<qint64, int> m_lineOf;
};

} // namespace sf::calendarfile
