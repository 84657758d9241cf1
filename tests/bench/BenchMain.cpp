// SPDX-License-Identifier: MIT
// salesflow-bench --customers N [--json] [--keep DIR]
// salesflow-bench --rules N --followups M [--json] [--keep DIR [--reuse]]
// salesflow-bench --gantt [--json]
// salesflow-bench --review [--json] [--keep DIR]
// salesflow-bench --receivables N [--json] [--keep DIR]
//
// Builds a database of N customers through the real import (a CSV file exported from demo data),
// and measures each performance target of the customer pool beside a raw-SQLite baseline in the
// same run: import rows/s against a C loop over sqlite3_bind_*, search against a bare FTS5 query.
// The table-model figures are taken in a child process (`--model DB`) so that its memory is the
// model's alone.
//
// --rules: stage 2's targets (RulesBench, GanttBench): `rules check` over N customers and M
// follow-ups and My day for a rep with 2,000 customers, each beside the same SQL run by hand on
// the raw handle, and the Gantt chart's repaint (offscreen unless QT_QPA_PLATFORM says otherwise).
//
// --review: issue 5's targets (ReviewBench): the Monday review's agenda of 50 reps with 20,000 A
// and B customers, their compliance, and `rules apply` on 1,000,000 customers with 250,000 R13
// candidates, each beside the same SQL run by hand.
//
// --receivables: issue 6's receivables (ReceivablesBench): PaymentService::receivables on N signed
// contracts of 3 instalments each, beside the same SQL run by hand; grouping and the XLSX export.
#include "bench/GanttBench.h"
#include "bench/ModelBench.h"
#include "bench/RawBaseline.h"
#include "bench/ReceivablesBench.h"
#include "bench/ReviewBench.h"
#include "bench/RulesBench.h"
#include "core/WorkCalendar.h"
#include "services/CalendarService.h"
#include "services/CustomerExportService.h"
#include "services/CustomerImportService.h"
#include "services/DemoDataService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

std::unique_ptr<sf::Workspace> openWorkspace(const QString &path)
{
    auto workspace = sf::Workspace::open(path);
    if (!workspace)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(workspace.error().message));
    return std::move(*workspace);
}

void progress(const QString &text)
{
    std::fprintf(stderr, "bench: %s\n", qUtf8Printable(text));
}

void print(const QJsonObject &result, bool json)
{
    QTextStream out(stdout);
    if (json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
            out << it.key() << ": ";
            if (it.value().isObject())
                out << QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
            else if (it.value().isArray())
                out << QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact);
            else
                out << it.value().toVariant().toString();
            out << '\n';
        }
    }
}

// The Gantt measurement needs widgets; the others only an event loop.
bool needsWidgets(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rules") == 0 || std::strncmp(argv[i], "--rules=", 8) == 0 ||
            std::strcmp(argv[i], "--gantt") == 0)
            return true;
    }
    return false;
}

sf::WorkCalendar calendarOf(sf::Workspace &workspace)
{
    auto calendar = workspace.calendar().workCalendar();
    if (!calendar)
        qFatal("calendar: %s", qPrintable(calendar.error().message));
    return *calendar;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool widgets = needsWidgets(argc, argv);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        widgets ? std::make_unique<QApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    // Standard output is the result; SalesFlow's own log stays quiet but for problems.
    spdlog::set_default_logger(spdlog::stderr_color_mt("bench"));
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Number of customers."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the databases in DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QStringLiteral("Measure the table model on DB."),
                                         QStringLiteral("DB"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        QStringLiteral("Measure rules check, My day and the Gantt chart on N customers."),
        QStringLiteral("N"));
    const QCommandLineOption followupsOption(QStringLiteral("followups"),
                                             QStringLiteral("Follow-up records (with --rules)."),
                                             QStringLiteral("M"), QStringLiteral("5000000"));
    const QCommandLineOption ganttOption(QStringLiteral("gantt"),
                                         QStringLiteral("Measure the Gantt chart only."));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("With --rules and --keep: measure the database kept by an earlier run."));
    const QCommandLineOption reviewOption(
        QStringLiteral("review"),
        QStringLiteral("Measure the Monday review (R12) and rules apply (R13)."));
    const QCommandLineOption receivablesOption(
        QStringLiteral("receivables"),
        QStringLiteral("Measure the receivables (R16) of N signed contracts of 3 instalments."),
        QStringLiteral("N"));
    parser.addOptions({customersOption, jsonOption, keepOption, modelOption, rulesOption,
                       followupsOption, ganttOption, reuseOption, reviewOption, receivablesOption});
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(reviewOption)) {
        QTemporaryDir temporary;
        const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
        QDir().mkpath(dir);
        print(sf::bench::measureReview(dir), parser.isSet(jsonOption));
        return 0;
    }

    if (parser.isSet(receivablesOption)) {
        QTemporaryDir temporary;
        const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
        QDir().mkpath(dir);
        print(sf::bench::measureReceivables(dir, parser.value(receivablesOption).toLongLong()),
              parser.isSet(jsonOption));
        return 0;
    }

    if (parser.isSet(rulesOption) || parser.isSet(ganttOption)) {
        QTemporaryDir temporary;
        const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/rules.db");
        QJsonObject result;
        if (parser.isSet(rulesOption))
            result = sf::bench::measureRules(db, parser.value(rulesOption).toLongLong(),
                                             parser.value(followupsOption).toLongLong(),
                                             parser.isSet(reuseOption));
        progress(QStringLiteral("measuring the Gantt chart"));
        const QJsonObject gantt = sf::bench::measureGantt(calendarOf(*openWorkspace(db)));
        for (auto it = gantt.constBegin(); it != gantt.constEnd(); ++it)
            result.insert(it.key(), it.value());
        print(result, parser.isSet(jsonOption));
        return 0;
    }

    if (parser.isSet(modelOption)) {
        const QJsonObject model = sf::bench::measureModel(parser.value(modelOption));
        std::printf("%s\n", QJsonDocument(model).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    const qint64 customers = parser.value(customersOption).toLongLong();
    QTemporaryDir temporary;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(dir);
    const QString demoDb = dir + QStringLiteral("/demo.db");
    const QString csv = dir + QStringLiteral("/customers.csv");
    const QString importDb = dir + QStringLiteral("/import.db");
    const QString rawDb = dir + QStringLiteral("/raw.db");
    for (const QString &path : {demoDb, importDb, rawDb})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);

    progress(QStringLiteral("generating %1 demo customers").arg(customers));
    {
        auto demo = openWorkspace(demoDb);
        if (auto made = demo->demoData().generate(customers); !made)
            qFatal("demo data: %s", qPrintable(made.error().message));
        if (auto written = demo->customerExport().exportTo(csv, {}); !written)
            qFatal("export: %s", qPrintable(written.error().message));
    }

    progress(QStringLiteral("importing through SalesFlow"));
    double importSeconds = 0;
    qint64 imported = 0;
    {
        auto workspace = openWorkspace(importDb);
        QElapsedTimer timer;
        timer.start();
        auto report = workspace->customerImport().importFile(csv, false);
        importSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!report)
            qFatal("import: %s", qPrintable(report.error().message));
        imported = report->imported;
        if (!report->rejected.isEmpty())
            qFatal("import rejected %d rows, e.g. line %d: %s", int(report->rejected.size()),
                   report->rejected.first().line, qPrintable(report->rejected.first().reason));
    }

    progress(QStringLiteral("importing through a raw C loop"));
    openWorkspace(rawDb).reset(); // the same schema, migrated by SalesFlow
    const sf::bench::RawImport raw = sf::bench::rawImport(csv, rawDb);

    progress(QStringLiteral("measuring the table model"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--model"), importDb});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        qFatal("the model measurement failed");
    QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();

    QStringList rawTerms;
    for (const QString &keystroke : sf::bench::searchKeystrokes()) {
        if (keystroke.size() >= 3)
            rawTerms << keystroke;
    }
    result.insert(QStringLiteral("customers"), imported);
    result.insert(QStringLiteral("import_rows_per_s"), qRound64(double(imported) / importSeconds));
    result.insert(QStringLiteral("raw_import_rows_per_s"),
                  qRound64(double(raw.rows) / raw.seconds));
    result.insert(QStringLiteral("raw_search_ms"), sf::bench::rawSearchMs(importDb, rawTerms));
    print(result, parser.isSet(jsonOption));
    return 0;
}
