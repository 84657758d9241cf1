// SPDX-License-Identifier: MIT
// Stage 3: contracts, payment schedules, payments and receivables from the command line
// (design.md, "Command line").
#include "cli/CliApp.h"
#include "cli/Command.h"
#include "core/Contract.h"
#include "core/Money.h"
#include "services/ContractImportService.h"
#include "services/PaymentService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace sf::cli {
namespace {

int importContracts(Invocation &call)
{
    const QString path = call.params.at(0);
    return importResult(call, path,
                        call.workspace.contractImport().importContracts(
                            path, call.args.has(QStringLiteral("dry-run"))));
}

int importInstalments(Invocation &call)
{
    const QString path = call.params.at(0);
    return importResult(call, path,
                        call.workspace.contractImport().importInstalments(
                            path, call.args.has(QStringLiteral("dry-run"))));
}

int importPayments(Invocation &call)
{
    const QString path = call.params.at(0);
    return importResult(call, path,
                        call.workspace.contractImport().importPayments(
                            path, call.args.has(QStringLiteral("dry-run"))));
}

// One line of the readable table: the columns padded to their widths.
QString tableLine(const QStringList &cells)
{
    static const QList<int> widths = {16, 12, 10, 14, 14, 14, 6, 6};
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int width = i < widths.size() ? widths.at(i) : 0;
        // Text columns left-aligned, amounts and days right-aligned.
        line += (i < 3 ? cells.at(i).leftJustified(width) : cells.at(i).rightJustified(width)) +
                QStringLiteral("  ");
    }
    return line.trimmed();
}

int showReceivables(Invocation &call)
{
    QDate asOf;
    if (const auto given = call.args.value(QStringLiteral("as-of"))) {
        int code = Done;
        const auto at = dateTimeParam(call.out, *given, QStringLiteral("--as-of"),
                                      call.workspace.settings().timeZone(), &code);
        if (!at)
            return code;
        asOf = at->date();
    }
    auto report = call.workspace.payments().receivables(asOf);
    if (!report)
        return call.out.fail(report.error());
    QJsonArray instalments;
    QStringList lines;
    lines << CliApp::tr("Receivables as of %1: %n open instalment(s).", nullptr,
                        int(report->lines.size()))
                 .arg(report->asOf.toString(Qt::ISODate));
    lines << tableLine({CliApp::tr("contract"), CliApp::tr("customer"), CliApp::tr("due"),
                        CliApp::tr("amount"), CliApp::tr("paid"), CliApp::tr("outstanding"),
                        CliApp::tr("days"), CliApp::tr("bucket")});
    for (const Receivable &line : report->lines) {
        const Instalment &i = line.instalment;
        const QString bucket = line.bucket ? ageingBucketKey(*line.bucket) : QString();
        instalments.append(QJsonObject{
            {QStringLiteral("contract"), line.contractNumber},
            {QStringLiteral("customer_id"), line.customerId},
            {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
            {QStringLiteral("amount"), i.amountFen},
            {QStringLiteral("paid"), i.paidFen},
            {QStringLiteral("outstanding"), i.outstandingFen()},
            {QStringLiteral("days_overdue"), line.daysOverdue},
            {QStringLiteral("bucket"), line.bucket ? QJsonValue(bucket) : QJsonValue()}});
        lines << tableLine({line.contractNumber, line.customerId, i.due.toString(Qt::ISODate),
                            money::yuanText(i.amountFen), money::yuanText(i.paidFen),
                            money::yuanText(i.outstandingFen()), QString::number(line.daysOverdue),
                            bucket});
    }
    QJsonObject buckets;
    QStringList bucketTexts;
    for (AgeingBucket bucket : allAgeingBuckets()) {
        const qint64 fen = report->bucketFen.at(std::size_t(bucket));
        buckets.insert(ageingBucketKey(bucket), fen);
        bucketTexts << QStringLiteral("%1: %2").arg(ContractRules::bucketName(bucket),
                                                    money::yuanText(fen));
    }
    lines << CliApp::tr("Outstanding %1, of which overdue %2 (%3).")
                 .arg(money::yuanText(report->outstandingFen), money::yuanText(report->overdueFen),
                      bucketTexts.join(QStringLiteral(", ")));
    return call.out.result({{QStringLiteral("as_of"), report->asOf.toString(Qt::ISODate)},
                            {QStringLiteral("instalments"), instalments},
                            {QStringLiteral("totals"),
                             QJsonObject{{QStringLiteral("outstanding"), report->outstandingFen},
                                         {QStringLiteral("overdue"), report->overdueFen},
                                         {QStringLiteral("buckets"), buckets}}}},
                           lines.join(u'\n'));
}

} // namespace

QList<Command> contractCommands()
{
    const QStringList file{QStringLiteral("FILE")};
    const QStringList dryRun{QStringLiteral("dry-run")};
    return {
        {{QStringLiteral("import"), QStringLiteral("contracts")},
         file,
         dryRun,
         CliApp::tr("Import contracts from a CSV file (administrators): a contract past draft "
                    "needs its core terms (R14) and the approval times of its status (R15); "
                    "rejected rows are listed by line and reason."),
         importContracts},
        {{QStringLiteral("import"), QStringLiteral("instalments")},
         file,
         dryRun,
         CliApp::tr("Import payment schedules from a CSV file (administrators): each contract's "
                    "instalments must add up to its price (R16)."),
         importInstalments},
        {{QStringLiteral("import"), QStringLiteral("payments")},
         file,
         dryRun,
         CliApp::tr("Import payments received from a CSV file (finance, administrators): each "
                    "goes to the oldest open instalments; an over-payment is refused (R16)."),
         importPayments},
        {{QStringLiteral("receivables")},
         {},
         {QStringLiteral("as-of")},
         CliApp::tr("Every open instalment of the signed contracts with what is paid, what is "
                    "outstanding, the days overdue and the ageing bucket (R16), as of a date "
                    "(default today)."),
         showReceivables},
    };
}

} // namespace sf::cli
