// SPDX-License-Identifier: MIT
#include "storage/CalendarRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

namespace sf {
namespace {

// A day may also stand in the neighbouring year's schedule (e.g. 31 December): the newer write
// wins.
const QString kUpsertDay = QStringLiteral(
    "INSERT INTO calendar_days (day, schedule_year, off_day, name) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (day) DO UPDATE SET schedule_year = excluded.schedule_year, "
    "off_day = excluded.off_day, name = excluded.name");

Result<QList<CalendarDay>> daysFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<CalendarDay> days;
    while (query->next()) {
        days.append({sql::fromDateText(query->value(0).toString()), query->value(1).toBool(),
                     query->value(2).toString()});
    }
    return days;
}

} // namespace

Result<QList<CalendarDay>> CalendarRepository::allDays() const
{
    return daysFrom(sql::run(
        m_db, QStringLiteral("SELECT day, off_day, name FROM calendar_days ORDER BY day")));
}

Result<QList<CalendarDay>> CalendarRepository::daysOfYear(int scheduleYear) const
{
    return daysFrom(sql::run(m_db,
                             QStringLiteral("SELECT day, off_day, name FROM calendar_days "
                                            "WHERE schedule_year = ? ORDER BY day"),
                             {scheduleYear}));
}

Result<QList<CalendarYear>> CalendarRepository::years() const
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT y.year, y.source, y.imported_at, "
                                      "  (SELECT count(*) FROM calendar_days d "
                                      "   WHERE d.schedule_year = y.year AND d.off_day = 1), "
                                      "  (SELECT count(*) FROM calendar_days d "
                                      "   WHERE d.schedule_year = y.year AND d.off_day = 0) "
                                      "FROM calendar_years y ORDER BY y.year"));
    if (!query)
        return query.error();
    QList<CalendarYear> years;
    while (query->next()) {
        years.append({query->value(0).toInt(), query->value(1).toString(),
                      sql::fromUtcText(query->value(2).toString()), query->value(3).toInt(),
                      query->value(4).toInt()});
    }
    return years;
}

Status CalendarRepository::ensureYear(int scheduleYear, const QString &source, const QDateTime &now)
{
    auto query = sql::run(m_db,
                          QStringLiteral("INSERT INTO calendar_years (year, source, imported_at) "
                                         "VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET "
                                         "source = excluded.source, "
                                         "imported_at = excluded.imported_at"),
                          {scheduleYear, source, sql::utcText(now)});
    return query ? Status(Ok{}) : Status(query.error());
}

Status CalendarRepository::replaceYear(int scheduleYear, const QList<CalendarDay> &days,
                                       const QString &source, const QDateTime &now)
{
    if (auto status = ensureYear(scheduleYear, source, now); !status)
        return status;
    if (auto cleared =
            sql::run(m_db, QStringLiteral("DELETE FROM calendar_days WHERE schedule_year = ?"),
                     {scheduleYear});
        !cleared)
        return cleared.error();
    auto insert = sql::prepare(m_db, kUpsertDay);
    if (!insert)
        return insert.error();
    for (const CalendarDay &day : days) {
        insert->bindValue(0, sql::dateText(day.date));
        insert->bindValue(1, scheduleYear);
        insert->bindValue(2, day.offDay ? 1 : 0);
        insert->bindValue(3, sql::notNull(day.name));
        if (auto status = sql::exec(*insert); !status)
            return status;
    }
    return Ok{};
}

Status CalendarRepository::upsertDay(int scheduleYear, const CalendarDay &day, const QDateTime &now)
{
    auto exists = sql::run(m_db, QStringLiteral("SELECT 1 FROM calendar_years WHERE year = ?"),
                           {scheduleYear});
    if (!exists)
        return exists.error();
    if (!exists->next()) {
        if (auto status = ensureYear(scheduleYear, QStringLiteral("manual"), now); !status)
            return status;
    }
    auto query = sql::run(
        m_db, kUpsertDay,
        {sql::dateText(day.date), scheduleYear, day.offDay ? 1 : 0, sql::notNull(day.name)});
    return query ? Status(Ok{}) : Status(query.error());
}

Result<bool> CalendarRepository::removeDay(QDate date)
{
    auto query = sql::run(m_db, QStringLiteral("DELETE FROM calendar_days WHERE day = ?"),
                          {sql::dateText(date)});
    if (!query)
        return query.error();
    return query->numRowsAffected() > 0;
}

} // namespace sf
