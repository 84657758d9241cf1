// SPDX-License-Identifier: MIT
#include "cli/CliApp.h"
#include "cli/Command.h"
#include "services/DemoDataService.h"
#include "services/MaintenanceService.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace sf::cli {
namespace {

int init(Invocation &call)
{
    // Opening the workspace already created or migrated the database.
    Workspace &ws = call.workspace;
    QJsonObject json{{QStringLiteral("database"), ws.databasePath()},
                     {QStringLiteral("schema_version"), ws.schemaVersion()},
                     {QStringLiteral("journal_mode"), ws.journalMode()}};
    QString text = CliApp::tr("Database %1 is ready (schema version %2).")
                       .arg(ws.databasePath())
                       .arg(ws.schemaVersion());
    if (const auto demo = call.args.value(QStringLiteral("demo"))) {
        auto summary = ws.demoData().generate(demo->toLongLong());
        if (!summary)
            return call.out.fail(summary.error());
        json.insert(QStringLiteral("demo_customers"), summary->customers);
        json.insert(QStringLiteral("demo_contracts"), summary->contracts);
        text += u'\n' + CliApp::tr("Added %1 demo customers and %2 contracts.")
                            .arg(summary->customers)
                            .arg(summary->contracts);
    }
    return call.out.result(json, text);
}

int check(Invocation &call)
{
    auto problems = call.workspace.maintenance().check();
    if (!problems)
        return call.out.fail(problems.error());
    const bool healthy = problems->isEmpty();
    const QString text =
        healthy ? CliApp::tr("%1: no problems found.").arg(call.workspace.databasePath())
                : CliApp::tr("%1: %n problem(s) found:\n", nullptr, int(problems->size()))
                          .arg(call.workspace.databasePath()) +
                      problems->join(u'\n');
    return call.out.result({{QStringLiteral("ok"), healthy},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}},
                           text, healthy ? Done : StorageFailure);
}

int backup(Invocation &call)
{
    auto summary = call.workspace.maintenance().backup(call.params.at(0));
    if (!summary)
        return call.out.fail(summary.error());
    return call.out.result(
        {{QStringLiteral("backup"), summary->path}, {QStringLiteral("bytes"), summary->bytes}},
        CliApp::tr("Backup written to %1 (%2 bytes).").arg(summary->path).arg(summary->bytes));
}

} // namespace

QList<Command> databaseCommands()
{
    return {
        {{QStringLiteral("init")},
         {},
         {QStringLiteral("demo")},
         CliApp::tr("Create the database, or bring it to this version's schema; --demo N adds N "
                    "demo customers and a demo team."),
         init},
        {{QStringLiteral("check")},
         {},
         {},
         CliApp::tr("Check the database's integrity; exit code 3 if it has problems."),
         check,
         true},
        {{QStringLiteral("backup")},
         {QStringLiteral("FILE")},
         {},
         CliApp::tr("Write a consistent copy of the database to FILE, even while others write."),
         backup,
         true},
    };
}

} // namespace sf::cli
