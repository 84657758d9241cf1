// SPDX-License-Identifier: MIT
#pragma once

#include "core/CalendarFile.h"
#include "core/CalendarYear.h"
#include "core/Result.h"
#include "core/WorkCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

struct ServiceContext;

struct CalendarImportSummary
{
    int year = 0;
    int daysOff = 0;
    int makeUpDays = 0;
};

// The working-day calendar (工作日): Monday–Friday, minus public holidays, plus make-up working
// days. Its data lives in the database; administrators import and edit it.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(ServiceContext &context)
        : m_context(context)
    {}

    // The calendar as stored now; loaded once and reloaded after every change made here.
    Result<WorkCalendar> workCalendar();

    Result<QList<CalendarYear>> years() const;
    Result<QList<CalendarDay>> daysOfYear(int scheduleYear) const;

    // Imports a holiday-cn JSON or iCalendar file, replacing that year's schedule. A malformed file
    // is refused with the line and the reason; nothing is imported.
    Result<CalendarImportSummary> importFile(const QString &path);
    Result<CalendarImportSummary> importData(const QByteArray &data, const QString &source);

    // Adds or changes a day off or make-up working day of `scheduleYear`.
    Status setDay(int scheduleYear, const CalendarDay &day);
    // The date follows the weekend rule again.
    Status removeDay(QDate date);

    // Loads the bundled official schedules (2024–2026) for every year the database lacks.
    Status seedBundled();

private:
    Status requireAdmin() const;
    // `onlyIfMissing`: leave the year alone if the database has it already (seeding).
    Result<CalendarImportSummary> store(const CalendarFileData &data, const QString &source,
                                        bool onlyIfMissing);
    ServiceContext &m_context;
    std::optional<WorkCalendar> m_cache;
    qint64 m_cacheDataVersion = -1;
};

} // namespace sf
