// SPDX-License-Identifier: MIT
#include "core/WorkCalendar.h"

#include <algorithm>

namespace sf {
namespace {

// About 180 years of days; beyond that the hash lookup is used instead of a dense array.
constexpr qint64 kMaxDenseDays = 1 << 16;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Julian day 0 is a Monday.
bool isWeekdayJd(qint64 jd)
{
    return jd - 7 * floorDiv(jd, 7) < 5;
}

// Monday–Friday days in [0, jd) (negative for jd < 0): weekdays in [a, b) are
// weekdaysBefore(b) - weekdaysBefore(a).
qint64 weekdaysBefore(qint64 jd)
{
    const qint64 weeks = floorDiv(jd, 7);
    return 5 * weeks + std::min<qint64>(jd - 7 * weeks, 5);
}

} // namespace

WorkCalendar::WorkCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days) {
        if (day.date.isValid())
            m_days.insert(day.date.toJulianDay(), day);
    }
    if (m_days.isEmpty())
        return;
    const auto [minIt, maxIt] = std::minmax_element(m_days.keyBegin(), m_days.keyEnd());
    m_minJd = *minIt;
    m_maxJd = *maxIt;
    if (m_maxJd - m_minJd >= kMaxDenseDays)
        return;
    m_kinds.fill(Normal, m_maxJd - m_minJd + 1);
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        m_kinds[it.key() - m_minJd] = it->offDay ? Off : Work;
}

bool WorkCalendar::isWorkdayJd(qint64 jd) const
{
    if (jd >= m_minJd && jd <= m_maxJd) {
        if (!m_kinds.isEmpty()) {
            const qint8 kind = m_kinds.at(jd - m_minJd);
            if (kind != Normal)
                return kind == Work;
        } else if (const auto it = m_days.constFind(jd); it != m_days.cend()) {
            return !it->offDay;
        }
    }
    return isWeekdayJd(jd);
}

bool WorkCalendar::listsAnyIn(qint64 firstJd, qint64 lastJd) const
{
    return !m_days.isEmpty() && firstJd <= m_maxJd && lastJd >= m_minJd;
}

bool WorkCalendar::isWorkday(QDate date) const
{
    return date.isValid() && isWorkdayJd(date.toJulianDay());
}

QDate WorkCalendar::addWorkdays(QDate date, int n) const
{
    if (!date.isValid())
        return {};
    const qint64 step = n > 0 ? 1 : -1;
    qint64 remaining = n > 0 ? qint64(n) : -qint64(n);
    qint64 jd = date.toJulianDay();
    while (remaining > 0) {
        // Any 7 days in a row hold exactly 5 weekdays: skip whole weeks that no schedule lists.
        if (remaining > 5) {
            const qint64 first = std::min(jd + step, jd + 7 * step);
            const qint64 last = std::max(jd + step, jd + 7 * step);
            if (!listsAnyIn(first, last)) {
                const bool leaving =
                    m_days.isEmpty() || (step > 0 ? first > m_maxJd : last < m_minJd);
                const qint64 weeks = leaving ? (remaining - 1) / 5 : 1;
                jd += 7 * step * weeks;
                remaining -= 5 * weeks;
                continue;
            }
        }
        jd += step;
        if (isWorkdayJd(jd))
            --remaining;
    }
    return QDate::fromJulianDay(jd);
}

int WorkCalendar::workdaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workdaysBetween(to, from);
    const qint64 first = from.toJulianDay() + 1; // (from, to] = [first, last]
    const qint64 last = to.toJulianDay();
    qint64 count = weekdaysBefore(last + 1) - weekdaysBefore(first);
    if (listsAnyIn(first, last)) {
        for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
            if (it.key() < first || it.key() > last)
                continue;
            const bool weekday = isWeekdayJd(it.key());
            if (weekday && it->offDay)
                --count;
            else if (!weekday && !it->offDay)
                ++count;
        }
    }
    return int(count);
}

std::optional<CalendarDay> WorkCalendar::dayInfo(QDate date) const
{
    if (!date.isValid())
        return std::nullopt;
    const auto it = m_days.constFind(date.toJulianDay());
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

} // namespace sf
