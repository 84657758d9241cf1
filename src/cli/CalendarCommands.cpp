// SPDX-License-Identifier: MIT
#include "cli/CliApp.h"
#include "cli/Command.h"
#include "services/CalendarService.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace sf::cli {
namespace {

int importCalendar(Invocation &call)
{
    auto summary = call.workspace.calendar().importFile(call.params.at(0));
    if (!summary)
        return call.out.fail(summary.error());
    return call.out.result({{QStringLiteral("year"), summary->year},
                            {QStringLiteral("days_off"), summary->daysOff},
                            {QStringLiteral("make_up_days"), summary->makeUpDays}},
                           CliApp::tr("Imported the %1 schedule: %2 days off, %3 make-up "
                                      "working days.")
                               .arg(summary->year)
                               .arg(summary->daysOff)
                               .arg(summary->makeUpDays));
}

int isWorkday(Invocation &call)
{
    int code = Done;
    const auto date = dateParam(call.out, call.params.at(0), QStringLiteral("DATE"), &code);
    if (!date)
        return code;
    auto calendar = call.workspace.calendar().workCalendar();
    if (!calendar)
        return call.out.fail(calendar.error());
    const bool workday = calendar->isWorkday(*date);
    const QString dateText = date->toString(Qt::ISODate);
    return call.out.result(
        {{QStringLiteral("date"), dateText}, {QStringLiteral("workday"), workday}},
        workday ? CliApp::tr("%1 is a working day.").arg(dateText)
                : CliApp::tr("%1 is not a working day.").arg(dateText));
}

int addWorkdays(Invocation &call)
{
    int code = Done;
    const auto date = dateParam(call.out, call.params.at(0), QStringLiteral("DATE"), &code);
    if (!date)
        return code;
    const auto count = intParam(call.out, call.params.at(1), QStringLiteral("N"), &code);
    if (!count)
        return code;
    auto calendar = call.workspace.calendar().workCalendar();
    if (!calendar)
        return call.out.fail(calendar.error());
    const QDate day = calendar->addWorkdays(*date, *count);
    // ISO 8601 dates have four-digit years.
    if (!day.isValid() || day.year() < 1 || day.year() > 9999)
        return call.out.fail(
            Error::invalid(CliApp::tr("%1 working days from %2 is beyond the calendar's range.")
                               .arg(*count)
                               .arg(date->toString(Qt::ISODate))));
    const QString result = day.toString(Qt::ISODate);
    return call.out.result({{QStringLiteral("date"), result}}, result);
}

int listCalendar(Invocation &call)
{
    auto years = call.workspace.calendar().years();
    if (!years)
        return call.out.fail(years.error());
    QJsonArray json;
    QStringList lines;
    for (const CalendarYear &year : *years) {
        json.append(QJsonObject{{QStringLiteral("year"), year.year},
                                {QStringLiteral("source"), year.source},
                                {QStringLiteral("days_off"), year.daysOff},
                                {QStringLiteral("make_up_days"), year.makeUpDays}});
        lines << CliApp::tr("%1: %2 days off, %3 make-up working days (%4)")
                     .arg(year.year)
                     .arg(year.daysOff)
                     .arg(year.makeUpDays)
                     .arg(year.source);
    }
    return call.out.result({{QStringLiteral("years"), json}}, lines.join(u'\n'));
}

} // namespace

QList<Command> calendarCommands()
{
    return {
        {{QStringLiteral("calendar"), QStringLiteral("import")},
         {QStringLiteral("FILE")},
         {},
         CliApp::tr("Import a holiday schedule (holiday-cn JSON or iCalendar), replacing its "
                    "year."),
         importCalendar},
        {{QStringLiteral("calendar"), QStringLiteral("is-workday")},
         {QStringLiteral("DATE")},
         {},
         CliApp::tr("Say whether DATE is a working day."),
         isWorkday},
        {{QStringLiteral("calendar"), QStringLiteral("add-workdays")},
         {QStringLiteral("DATE"), QStringLiteral("N")},
         {},
         CliApp::tr("The N-th working day after DATE (before it if N is negative)."),
         addWorkdays},
        {{QStringLiteral("calendar"), QStringLiteral("list")},
         {},
         {},
         CliApp::tr("List the holiday schedules in the database."),
         listCalendar},
    };
}

} // namespace sf::cli
