// SPDX-License-Identifier: MIT
// salesflow-bench --customers N [--json] [--keep DIR]
//
// Builds a database of N customers through the real import (a CSV file exported from demo data),
// and measures each performance target of the customer pool beside a raw-SQLite baseline in the
// same run: import rows/s against a C loop over sqlite3_bind_*, search against a bare FTS5 query.
// The table-model figures are taken in a child process (`--model DB`) so that its memory is the
// model's alone.
#include "bench/ModelBench.h"
#include "bench/RawBaseline.h"
#include "services/CustomerExportService.h"
#include "services/CustomerImportService.h"
#include "services/DemoDataService.h"
#include "services/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    parser.addOptions({customersOption, jsonOption, keepOption, modelOption});
    parser.addHelpOption();
    parser.process(app);

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
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return 0;
}
