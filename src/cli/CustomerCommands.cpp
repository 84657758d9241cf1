// SPDX-License-Identifier: MIT
// Stage 1: the customer pool from the command line (design.md, "Command line").
#include "cli/CliApp.h"
#include "cli/Command.h"
#include "core/CsvReader.h"
#include "services/CustomerExportService.h"
#include "services/CustomerImportService.h"
#include "services/CustomerService.h"
#include "services/FollowUpImportService.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace sf::cli {
namespace {

constexpr int kDefaultListLimit = 1000;

// The filter options shared by `customers list` and `export customers`; their form was checked
// before the database was opened.
std::optional<CustomerFilter> filterFrom(Invocation &call, int *exitCode)
{
    CustomerFilter filter;
    if (const auto grade = call.args.value(QStringLiteral("grade")))
        filter.grade = gradeFilterFromText(*grade).value_or(CustomerFilter::GradeFilter::Any);
    filter.search = call.args.value(QStringLiteral("search")).value_or(QString());
    filter.tag = call.args.value(QStringLiteral("tag")).value_or(QString()).trimmed();
    filter.region =
        call.args.value(QStringLiteral("region")).value_or(QString()).trimmed().toUpper();
    if (const auto owner = call.args.value(QStringLiteral("owner"))) {
        auto user = call.workspace.users().find(*owner);
        if (!user) {
            *exitCode = call.out.fail(user.error());
            return std::nullopt;
        }
        if (!user->has_value()) {
            *exitCode =
                call.out.fail(Error::invalid(CliApp::tr("There is no user %1.").arg(*owner)));
            return std::nullopt;
        }
        filter.ownerLogin = (*user)->login;
    }
    return filter;
}

int importFile(Invocation &call)
{
    const QString kind = call.params.at(0);
    const QString path = call.params.at(1);
    const bool dryRun = call.args.has(QStringLiteral("dry-run"));
    std::optional<Result<ImportReport>> imported;
    if (kind == QLatin1String("customers"))
        imported = call.workspace.customerImport().importFile(path, dryRun);
    else if (kind == QLatin1String("followups"))
        imported = call.workspace.followUpImport().importFollowUps(path, dryRun);
    else if (kind == QLatin1String("plan-items"))
        imported = call.workspace.followUpImport().importPlanItems(path, dryRun);
    else
        return call.out.usage(CliApp::tr("import what? customers, followups, plan-items, "
                                         "contracts, instalments or payments (not \"%1\")")
                                  .arg(kind),
                              CliApp::usageText());
    return importResult(call, path, *imported);
}

int exportCustomers(Invocation &call)
{
    if (call.params.at(0) != QLatin1String("customers"))
        return call.out.usage(
            CliApp::tr("this version exports customers only (\"export customers FILE\")"),
            CliApp::usageText());
    int code = Done;
    const auto filter = filterFrom(call, &code);
    if (!filter)
        return code;
    auto written = call.workspace.customerExport().exportTo(call.params.at(1), *filter);
    if (!written)
        return call.out.fail(written.error());
    return call.out.result(
        {{QStringLiteral("exported"), *written}, {QStringLiteral("file"), call.params.at(1)}},
        CliApp::tr("Exported %1 customers to %2.").arg(*written).arg(call.params.at(1)));
}

int listCustomers(Invocation &call)
{
    int code = Done;
    const auto filter = filterFrom(call, &code);
    if (!filter)
        return code;
    const int limit = call.args.value(QStringLiteral("limit"))
                          .value_or(QString::number(kDefaultListLimit))
                          .toInt();
    auto list = call.workspace.customers().list(*filter, {}, std::max(limit, 0));
    if (!list)
        return call.out.fail(list.error());
    QJsonArray customers;
    QStringList lines;
    for (const CustomerRow &row : list->rows) {
        const QJsonValue grade = row.grade ? QJsonValue(gradeKey(*row.grade)) : QJsonValue();
        customers.append(
            QJsonObject{{QStringLiteral("id"), row.id},
                        {QStringLiteral("name"), row.name},
                        {QStringLiteral("grade"), grade},
                        {QStringLiteral("region"), row.region},
                        {QStringLiteral("owner"), row.ownerLogin},
                        {QStringLiteral("status"), statusKey(row.status)},
                        {QStringLiteral("late_entry"), row.lateEntry},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(row.tags)}});
        lines << QStringList{row.id, row.grade ? gradeKey(*row.grade) : QStringLiteral("-"),
                             row.name, row.ownerLogin, row.tags.join(u';')}
                     .join(u'\t');
    }
    lines << CliApp::tr("%1 of %2 customers shown.").arg(list->rows.size()).arg(list->total);
    return call.out.result(
        {{QStringLiteral("total"), list->total}, {QStringLiteral("customers"), customers}},
        lines.join(u'\n'));
}

} // namespace

int importResult(Invocation &call, const QString &path, const Result<ImportReport> &report)
{
    const bool dryRun = call.args.has(QStringLiteral("dry-run"));
    if (!report)
        return call.out.fail(report.error());
    QJsonArray rejected;
    QStringList lines;
    lines << (dryRun ? CliApp::tr("Dry run of %1 (%2): %3 of %4 rows would be imported.")
                     : CliApp::tr("Imported %3 of %4 rows from %1 (%2)."))
                 .arg(path, encodingName(report->encoding))
                 .arg(report->imported)
                 .arg(report->rows);
    for (const ImportRejection &rejection : report->rejected) {
        rejected.append(QJsonObject{{QStringLiteral("line"), rejection.line},
                                    {QStringLiteral("reason"), rejection.reason}});
        lines << CliApp::tr("line %1: %2").arg(rejection.line).arg(rejection.reason);
    }
    if (!report->newOwners.isEmpty())
        lines
            << CliApp::tr("New users (reps) for the owners: %1").arg(report->newOwners.join(u", "));
    if (!report->ignoredColumns.isEmpty())
        lines << CliApp::tr("Ignored columns: %1").arg(report->ignoredColumns.join(u", "));
    const int code = report->imported == 0 && !report->rejected.isEmpty() ? InvalidInput : Done;
    return call.out.result(
        {{QStringLiteral("imported"), report->imported},
         {QStringLiteral("rejected"), rejected},
         {QStringLiteral("dry_run"), dryRun},
         {QStringLiteral("new_owners"), QJsonArray::fromStringList(report->newOwners)},
         {QStringLiteral("encoding"), encodingName(report->encoding)}},
        lines.join(u'\n'), code);
}

QList<Command> customerCommands()
{
    const QStringList filterOptions = {QStringLiteral("grade"), QStringLiteral("owner"),
                                       QStringLiteral("region"), QStringLiteral("tag"),
                                       QStringLiteral("search")};
    return {
        {{QStringLiteral("import")},
         {QStringLiteral("customers|followups|plan-items"), QStringLiteral("FILE")},
         {QStringLiteral("dry-run")},
         CliApp::tr("Import customers, follow-up records or plan items from a CSV file (UTF-8 "
                    "or GB18030, English or Chinese headers); rejected rows are listed by line "
                    "and reason."),
         importFile},
        {{QStringLiteral("export")},
         {QStringLiteral("customers"), QStringLiteral("FILE")},
         filterOptions,
         CliApp::tr("Export the customers of a filter to FILE.csv (UTF-8 with BOM) or "
                    "FILE.xlsx."),
         exportCustomers},
        {{QStringLiteral("customers"), QStringLiteral("list")},
         {},
         filterOptions + QStringList{QStringLiteral("limit")},
         CliApp::tr("List customers; \"total\" counts every match. Grade: A, B, C or none."),
         listCustomers},
    };
}

} // namespace sf::cli
