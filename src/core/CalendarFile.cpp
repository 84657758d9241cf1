// SPDX-License-Identifier: MIT
#include "core/CalendarFile.h"

#include "core/CalendarFileParts.h"

#include <algorithm>

namespace sf {

QString CalendarParseError::message() const
{
    return tr("line %1: %2").arg(line).arg(reason);
}

namespace calendarfile {

QByteArray withoutBom(const QByteArray &data)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    return data.startsWith(bom) ? data.mid(bom.size()) : data;
}

int lineAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(std::count(text.cbegin(), text.cbegin() + offset, '\n')) + 1;
}

std::optional<CalendarParseError> DayCollector::add(const CalendarDay &day, int line)
{
    const qint64 jd = day.date.toJulianDay();
    if (const auto seen = m_lineOf.constFind(jd); seen != m_lineOf.cend()) {
        return CalendarParseError{line,
                                  CalendarParseError::tr("%1 is listed twice (also on line %2)")
                                      .arg(day.date.toString(Qt::ISODate))
                                      .arg(*seen)};
    }
    m_lineOf.insert(jd, line);
    m_days.append(day);
    m_lines.append(line);
    return std::nullopt;
}

std::optional<CalendarParseError> DayCollector::checkYear(int year) const
{
    // A schedule reaches at most into the adjacent year (2022-12-31 in the 2023 schedule);
    // anything further is a typo that would silently change another year.
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        if (qAbs(m_days.at(i).date.year() - year) > 1) {
            return CalendarParseError{
                m_lines.at(i), CalendarParseError::tr("%1 does not belong to the %2 schedule")
                                   .arg(m_days.at(i).date.toString(Qt::ISODate))
                                   .arg(year)};
        }
    }
    return std::nullopt;
}

QList<CalendarDay> DayCollector::sortedDays() const
{
    QList<CalendarDay> days = m_days;
    std::sort(days.begin(), days.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return days;
}

} // namespace calendarfile

Result<CalendarFileData> parseCalendarFile(const QByteArray &data, const QString &fileNameHint)
{
    const QByteArray text = calendarfile::withoutBom(data);
    const qsizetype start =
        std::find_if(text.cbegin(), text.cend(), [](char c) { return !QChar::isSpace(uchar(c)); }) -
        text.cbegin();
    if (start == text.size())
        return CalendarParseError{calendarfile::lineAt(text, start),
                                  CalendarParseError::tr("the file is empty")}
            .toError();
    if (text.at(start) == '{')
        return parseHolidayCnJson(data);
    if (text.mid(start, 15).toUpper() == "BEGIN:VCALENDAR")
        return parseICalendar(data);

    // Neither by content: let the parser the name suggests explain what is wrong.
    if (fileNameHint.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return parseHolidayCnJson(data);
    if (fileNameHint.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        return parseICalendar(data);
    return CalendarParseError{calendarfile::lineAt(text, start),
                              CalendarParseError::tr("neither a holiday-cn JSON file nor an "
                                                     "iCalendar file (BEGIN:VCALENDAR)")}
        .toError();
}

} // namespace sf
