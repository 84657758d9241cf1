// SPDX-License-Identifier: MIT
#include "services/CalendarService.h"

#include "core/CalendarFile.h"
#include "core/Log.h"
#include "services/ServiceContext.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/ImmediateTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sf {
namespace {

constexpr int kMaxDayNameLength = 40;

CalendarImportSummary summarize(const CalendarFileData &data)
{
    CalendarImportSummary summary{data.year, 0, 0};
    for (const CalendarDay &day : data.days)
        (day.offDay ? summary.daysOff : summary.makeUpDays)++;
    return summary;
}

QString describe(const CalendarDay &day)
{
    return day.date.toString(Qt::ISODate) +
           (day.offDay ? QStringLiteral(" off ") : QStringLiteral(" work ")) + day.name;
}

} // namespace

Status CalendarService::requireAdmin() const
{
    return m_context.requireRole({Role::Admin},
                                 tr("Only an administrator may change the holiday calendar."));
}

Result<WorkCalendar> CalendarService::workCalendar()
{
    // Reloaded when another process (a colleague's import, the command line) committed since.
    const qint64 dataVersion = m_context.db.dataVersion();
    if (!m_cache || dataVersion != m_cacheDataVersion) {
        auto days = CalendarRepository(m_context.db).allDays();
        if (!days)
            return days.error();
        m_cache = WorkCalendar(*days);
        m_cacheDataVersion = dataVersion;
    }
    return *m_cache;
}

Result<QList<CalendarYear>> CalendarService::years() const
{
    return CalendarRepository(m_context.db).years();
}

Result<QList<CalendarDay>> CalendarService::daysOfYear(int scheduleYear) const
{
    return CalendarRepository(m_context.db).daysOfYear(scheduleYear);
}

Result<CalendarImportSummary> CalendarService::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importData(file.readAll(), QFileInfo(path).fileName());
}

Result<CalendarImportSummary> CalendarService::importData(const QByteArray &data,
                                                          const QString &source)
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed.error();
    // Parse everything first: a malformed file writes nothing.
    auto parsed = parseCalendarFile(data, source);
    if (!parsed)
        return Error::invalid(tr("%1: %2").arg(source, parsed.error().message));
    return store(*parsed, source, false);
}

Result<CalendarImportSummary> CalendarService::store(const CalendarFileData &data,
                                                     const QString &source, bool onlyIfMissing)
{
    CalendarRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    if (onlyIfMissing) {
        // Seeding: another process may have loaded this year while we waited for the lock.
        auto stored = repository.years();
        if (!stored)
            return stored.error();
        for (const CalendarYear &year : *stored) {
            if (year.year == data.year)
                return summarize(data);
        }
    }
    auto before = repository.daysOfYear(data.year);
    if (!before)
        return before.error();
    if (auto status = repository.replaceYear(data.year, data.days, source, m_context.now());
        !status)
        return status.error();
    const CalendarImportSummary summary = summarize(data);
    if (auto status =
            m_context.audit(QStringLiteral("calendar"), QString::number(data.year),
                            QStringLiteral("import"), QStringLiteral("%1 days").arg(before->size()),
                            QStringLiteral("%1 days off, %2 make-up days from %3")
                                .arg(summary.daysOff)
                                .arg(summary.makeUpDays)
                                .arg(source));
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    m_cache.reset();
    layerLogger("services")
        ->info("calendar {} imported from {}", data.year, qUtf8Printable(source));
    return summary;
}

Status CalendarService::setDay(int scheduleYear, const CalendarDay &day)
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed;
    if (!day.date.isValid())
        return Error::invalid(tr("The date is not valid."));
    if (qAbs(day.date.year() - scheduleYear) > 1)
        return Error::invalid(tr("%1 does not belong to the %2 schedule.")
                                  .arg(day.date.toString(Qt::ISODate))
                                  .arg(scheduleYear));
    if (day.name.trimmed().size() > kMaxDayNameLength)
        return Error::invalid(tr("The name is longer than %1 characters.").arg(kMaxDayNameLength));

    CalendarRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto calendar = workCalendar();
    if (!calendar)
        return calendar.error();
    const auto old = calendar->dayInfo(day.date);
    CalendarDay trimmed = day;
    trimmed.name = day.name.trimmed();
    if (auto status = repository.upsertDay(scheduleYear, trimmed, m_context.now()); !status)
        return status;
    if (auto status = m_context.audit(QStringLiteral("calendar"), QString::number(scheduleYear),
                                      day.date.toString(Qt::ISODate),
                                      old ? describe(*old) : QString(), describe(trimmed));
        !status)
        return status;
    m_cache.reset();
    return tx.commit();
}

Status CalendarService::removeDay(QDate date)
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed;
    auto calendar = workCalendar();
    if (!calendar)
        return calendar.error();
    const auto old = calendar->dayInfo(date);
    if (!old)
        return Error::notFound(tr("%1 is neither a day off nor a make-up working day.")
                                   .arg(date.toString(Qt::ISODate)));
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto removed = CalendarRepository(m_context.db).removeDay(date);
    if (!removed)
        return removed.error();
    if (!*removed) { // removed by someone else meanwhile: nothing to audit
        m_cache.reset();
        return Error::notFound(tr("%1 is neither a day off nor a make-up working day.")
                                   .arg(date.toString(Qt::ISODate)));
    }
    if (auto status = m_context.audit(QStringLiteral("calendar"), QString::number(date.year()),
                                      date.toString(Qt::ISODate), describe(*old), QString());
        !status)
        return status;
    m_cache.reset();
    return tx.commit();
}

Status CalendarService::seedBundled()
{
    auto stored = years();
    if (!stored)
        return stored.error();
    QList<int> present;
    for (const CalendarYear &year : *stored)
        present.append(year.year);
    const QDir bundled(QStringLiteral(":/calendars"));
    for (const QString &name : bundled.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (present.contains(QFileInfo(name).baseName().toInt()))
            continue;
        // Bundled data is checked by the tests; a failure here is a broken build.
        QFile file(bundled.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(tr("The bundled calendar %1 is missing.").arg(name));
        auto parsed = parseCalendarFile(file.readAll(), name);
        if (!parsed)
            return parsed.error();
        if (auto stored = store(*parsed, tr("bundled %1").arg(name), true); !stored)
            return stored.error();
    }
    return Ok{};
}

} // namespace sf
