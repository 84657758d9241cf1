// SPDX-License-Identifier: MIT
#include "cli/CliApp.h"

#include "cli/Command.h"
#include "cli/Secrets.h"
#include "core/CustomerQuery.h"
#include "core/Log.h"
#include "services/DesktopSettings.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sf::cli {
namespace {

// Options every command accepts, before or after the command.
const QList<OptionSpec> kGlobalOptions = {
    {QStringLiteral("db"), true},    {QStringLiteral("json"), false},
    {QStringLiteral("user"), true},  {QStringLiteral("verbose"), false},
    {QStringLiteral("help"), false}, {QStringLiteral("version"), false},
};
// Options of single commands; which command takes which is in its Command::options.
const QList<OptionSpec> kCommandOptions = {
    {QStringLiteral("year"), true},      {QStringLiteral("role"), true},
    {QStringLiteral("senior"), false},   {QStringLiteral("name"), true},
    {QStringLiteral("team"), true},      {QStringLiteral("dry-run"), false},
    {QStringLiteral("grade"), true},     {QStringLiteral("owner"), true},
    {QStringLiteral("region"), true},    {QStringLiteral("tag"), true},
    {QStringLiteral("search"), true},    {QStringLiteral("limit"), true},
    {QStringLiteral("demo"), true},      {QStringLiteral("as-of"), true},
    {QStringLiteral("since"), true},     {QStringLiteral("week-of"), true},
    {QStringLiteral("pdf"), true},       {QStringLiteral("not-senior"), false},
    {QStringLiteral("activate"), false}, {QStringLiteral("deactivate"), false},
};

QList<Command> allCommands()
{
    QList<Command> commands;
    commands << databaseCommands() << calendarCommands() << idCommands() << directoryCommands()
             << customerCommands() << ruleCommands() << contractCommands();
    return commands;
}

// The command whose name is the longest prefix of `words`.
const Command *findCommand(const QList<Command> &commands, const QStringList &words)
{
    const Command *best = nullptr;
    for (const Command &command : commands) {
        if (command.name.size() > words.size())
            continue;
        if (words.mid(0, command.name.size()) != command.name)
            continue;
        if (!best || command.name.size() > best->name.size())
            best = &command;
    }
    return best;
}

// Acts as `login` after checking their password (SALESFLOW_PASSWORD or asked at a terminal). A
// user who has not chosen a password yet needs none: whoever runs the command line on an embedded
// database already holds all of it as its administrator.
Status signInAs(Workspace &workspace, const QString &login)
{
    const std::optional<QString> password = Secrets::signInPassword(login);
    auto signIn = workspace.users().signIn(login, password.value_or(QString()));
    if (!signIn) {
        Error error = signIn.error();
        if (!password && error.kind == ErrorKind::Invalid)
            error.message += u' ' + CliApp::tr("Set SALESFLOW_PASSWORD, or run the command at a "
                                               "terminal to be asked for the password.");
        return error;
    }
    return workspace.actAs(signIn->user.login);
}

int runIn(const Command &command, Invocation call, const QString &dbPath)
{
    layerLogger("cli")->info("{} on {}", qUtf8Printable(call.args.words.join(u' ')),
                             qUtf8Printable(dbPath));
    return command.run(call);
}

} // namespace

QString CliApp::usageText()
{
    QString text = tr("Usage: salesflow-cli [--db PATH] [--json] [--verbose] COMMAND ...\n\n"
                      "Commands:\n");
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.usageLine(), command.summary);
    text += tr("\nExit codes: 0 done, 1 usage error, 2 invalid input (nothing written), "
               "3 storage error.");
    return text;
}

int CliApp::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString problem;
    const auto args = Arguments::parse(arguments, kGlobalOptions + kCommandOptions, &problem);
    Output output(arguments.contains(QStringLiteral("--json")), out, err);
    if (!args)
        return output.usage(problem, usageText());
    if (args->has(QStringLiteral("version"))) {
        return output.result(
            {{QStringLiteral("version"), QCoreApplication::applicationVersion()}},
            QStringLiteral("salesflow-cli %1").arg(QCoreApplication::applicationVersion()));
    }
    if (args->words.isEmpty()) {
        if (args->has(QStringLiteral("help"))) {
            out << usageText() << '\n';
            return Done;
        }
        return output.usage(tr("no command given"), usageText());
    }

    const QList<Command> commands = allCommands();
    const Command *command = findCommand(commands, args->words);
    if (!command)
        return output.usage(tr("unknown command \"%1\"").arg(args->words.join(u' ')), usageText());
    const QString commandUsage = tr("Usage: salesflow-cli %1").arg(command->usageLine());
    if (args->has(QStringLiteral("help"))) {
        out << commandUsage << '\n' << command->summary << '\n';
        return Done;
    }
    const QStringList params = args->words.mid(command->name.size());
    if (params.size() < command->requiredParams() || params.size() > command->params.size())
        return output.usage(
            tr("wrong number of arguments for \"%1\"").arg(command->name.join(u' ')), commandUsage);
    for (const OptionSpec &option : kCommandOptions) {
        if (args->has(option.name) && !command->options.contains(option.name))
            return output.usage(tr("\"%1\" does not take the option --%2")
                                    .arg(command->name.join(u' '), option.name),
                                commandUsage);
    }

    // Parameters whose form is known are checked before the database is opened (and perhaps
    // created): invalid input writes nothing.
    int code = Done;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QString &name = command->params.at(i);
        if (name == QLatin1String("DATE") && !dateParam(output, params.at(i), name, &code))
            return code;
        if (name == QLatin1String("N") && !intParam(output, params.at(i), name, &code))
            return code;
    }
    for (const QString &option :
         {QStringLiteral("year"), QStringLiteral("limit"), QStringLiteral("demo")}) {
        const auto value = args->value(option);
        if (value && !intParam(output, *value, QStringLiteral("--") + option, &code))
            return code;
        if (value && option != QLatin1String("year") && value->toInt() < 0)
            return output.fail(
                Error::invalid(tr("--%1 must not be negative, not %2.").arg(option, *value)));
    }
    if (const auto weekOf = args->value(QStringLiteral("week-of"));
        weekOf && !dateParam(output, *weekOf, QStringLiteral("--week-of"), &code))
        return code;
    for (const QString &option : {QStringLiteral("as-of"), QStringLiteral("since")}) {
        const auto value = args->value(option);
        if (value &&
            !dateTimeParam(output, *value, QStringLiteral("--") + option, QTimeZone::utc(), &code))
            return code;
    }
    if (const auto grade = args->value(QStringLiteral("grade"));
        grade && !gradeFilterFromText(*grade))
        return output.fail(Error::invalid(
            tr("--grade must be A, B, C or none, not \"%1\".").arg(*grade), QStringLiteral("R4")));

    const QString dbPath =
        args->value(QStringLiteral("db")).value_or(desktopSettings::databasePath());
    if (dbPath.trimmed().isEmpty())
        return output.usage(tr("the option --db needs a file name"), commandUsage);
    // A PostgreSQL URL (docs/team-server.md) is opened by the storage layer like a file.
    const bool server = Workspace::isServer(dbPath);
    // Checking or backing up a file that is not there is a typo, not a request for a new database.
    if (command->needsExistingDatabase && !server && !QFileInfo::exists(dbPath))
        return output.fail(Error::storage(tr("There is no database at %1.").arg(dbPath)));
    // On a team's server the command line acts as a named user; only `init` (which sets up the
    // server's database) goes without one.
    if (server && !args->has(QStringLiteral("user")) &&
        command->name != QStringList{QStringLiteral("init")})
        return output.usage(tr("a PostgreSQL database needs --user LOGIN"), commandUsage);
    const auto login = args->value(QStringLiteral("user"));
    if (server && login) {
        // On a server, signing in is connecting as the user's own role with their password:
        // PostgreSQL checks it, and its row-level security holds the user to their scope.
        const std::optional<QString> password = Secrets::signInPassword(*login);
        auto workspace = Workspace::openAs(dbPath, *login, password.value_or(QString()));
        if (!workspace) {
            Error error = workspace.error();
            if (!password)
                error.message += u' ' + tr("Set SALESFLOW_PASSWORD, or run the command at a "
                                           "terminal to be asked for the password.");
            return output.fail(error);
        }
        return runIn(*command, Invocation{*args, params, **workspace, output}, dbPath);
    }
    auto workspace = Workspace::open(dbPath);
    if (!workspace)
        return output.fail(workspace.error());
    if (login) {
        if (auto status = signInAs(**workspace, *login); !status)
            return output.fail(status.error());
    }
    return runIn(*command, Invocation{*args, params, **workspace, output}, dbPath);
}

int Command::requiredParams() const
{
    int count = 0;
    for (const QString &param : params)
        count += param.startsWith(u'[') ? 0 : 1;
    return count;
}

QString Command::usageLine() const
{
    QStringList parts = name;
    parts << params;
    for (const QString &option : options) {
        const bool takesValue = std::any_of(
            kCommandOptions.begin(), kCommandOptions.end(),
            [&](const OptionSpec &spec) { return spec.name == option && spec.takesValue; });
        parts << (takesValue ? QStringLiteral("[--%1 %2]").arg(option, option.toUpper())
                             : QStringLiteral("[--%1]").arg(option));
    }
    return parts.join(u' ');
}

std::optional<QDate> dateParam(Output &out, const QString &text, const QString &what, int *exitCode)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return date;
    *exitCode = out.fail(Error::invalid(
        CliApp::tr("%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(what, text)));
    return std::nullopt;
}

std::optional<QDateTime> dateTimeParam(Output &out, const QString &text, const QString &what,
                                       const QTimeZone &zone, int *exitCode)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::(\\d{2}))?)?$"));
    const auto match = form.match(text.trimmed());
    if (match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        const QTime time =
            match.captured(2).isEmpty()
                ? QTime(0, 0)
                : QTime::fromString(
                      match.captured(2) + u':' +
                          (match.captured(3).isEmpty() ? QStringLiteral("00") : match.captured(3)),
                      QStringLiteral("HH:mm:ss"));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, zone);
    }
    *exitCode = out.fail(
        Error::invalid(CliApp::tr("%1 must be a local date and time written YYYY-MM-DDTHH:MM:SS, "
                                  "YYYY-MM-DD HH:MM or YYYY-MM-DD, not \"%2\".")
                           .arg(what, text)));
    return std::nullopt;
}

std::optional<int> intParam(Output &out, const QString &text, const QString &what, int *exitCode)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    *exitCode = out.fail(
        Error::invalid(CliApp::tr("%1 must be a whole number, not \"%2\".").arg(what, text)));
    return std::nullopt;
}

} // namespace sf::cli
