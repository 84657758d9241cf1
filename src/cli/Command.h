// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Arguments.h"
#include "cli/Output.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace sf {
class Workspace;
struct ImportReport;
} // namespace sf

namespace sf::cli {

// One run of one command: its parameters (the words after the command's name), the options,
// the open workspace and where to write.
struct Invocation
{
    const Arguments &args;
    QStringList params;
    Workspace &workspace;
    Output &out;
};

struct Command
{
    QStringList name;    // e.g. {"calendar", "add-workdays"}
    QStringList params;  // e.g. {"DATE", "N"}; an optional one is written "[YEAR]"
    QStringList options; // the command's own options, e.g. {"year"}
    QString summary;     // translated, for the usage text
    std::function<int(Invocation &)> run;
    bool needsExistingDatabase = false; // refuse to create the database for this command

    int requiredParams() const;
    QString usageLine() const;
};

// The command groups; each lives in a file of its own.
QList<Command> databaseCommands();
QList<Command> calendarCommands();
QList<Command> idCommands();
QList<Command> directoryCommands();
QList<Command> customerCommands();
QList<Command> ruleCommands();
QList<Command> contractCommands();

// Prints the report of an `import … FILE`: the imported count, each rejected row by line and
// reason; exit 2 (invalid input) when every row was rejected.
int importResult(Invocation &call, const QString &path, const Result<ImportReport> &report);

// Parses a DATE parameter (YYYY-MM-DD); on failure prints the error and sets `exitCode`.
std::optional<QDate> dateParam(Output &out, const QString &text, const QString &what,
                               int *exitCode);
// Parses a local date-time (YYYY-MM-DDTHH:MM:SS, YYYY-MM-DD HH:MM, or a date meaning 00:00) in
// `zone`.
std::optional<QDateTime> dateTimeParam(Output &out, const QString &text, const QString &what,
                                       const QTimeZone &zone, int *exitCode);
// Parses an integer parameter.
std::optional<int> intParam(Output &out, const QString &text, const QString &what, int *exitCode);

} // namespace sf::cli
