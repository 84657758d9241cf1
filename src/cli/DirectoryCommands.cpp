// SPDX-License-Identifier: MIT
// Users and regions: the team's directory.
#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Secrets.h"
#include "services/RegionService.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace sf::cli {
namespace {

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("login"), user.login},        {QStringLiteral("name"), user.name},
            {QStringLiteral("role"), roleKey(user.role)}, {QStringLiteral("senior"), user.senior},
            {QStringLiteral("team"), user.team},          {QStringLiteral("active"), user.active}};
}

int addUser(Invocation &call)
{
    const QString roleText = call.args.value(QStringLiteral("role")).value_or(QString());
    if (roleText.isEmpty())
        return call.out.usage(CliApp::tr("users add needs --role (one of %1)")
                                  .arg(roleKeys().join(QStringLiteral(", "))),
                              CliApp::usageText());
    const auto role = roleFromKey(roleText);
    if (!role)
        return call.out.fail(
            Error::invalid(CliApp::tr("Unknown role \"%1\"; use one of %2.")
                               .arg(roleText, roleKeys().join(QStringLiteral(", ")))));
    User user;
    user.login = call.params.at(0);
    user.name = call.args.value(QStringLiteral("name")).value_or(QString());
    user.role = *role;
    user.senior = call.args.has(QStringLiteral("senior"));
    user.team = call.args.value(QStringLiteral("team")).value_or(QString());
    bool mismatch = false;
    const std::optional<QString> password = Secrets::newPassword(user.login, &mismatch);
    if (mismatch)
        return call.out.fail(Error::invalid(CliApp::tr("The two passwords differ.")));
    // A server's user signs in as their own database role, which needs its password now.
    if (!password && Workspace::isServer(call.workspace.databasePath()))
        return call.out.fail(Error::invalid(
            CliApp::tr("A user of a team server needs an initial password: set "
                       "SALESFLOW_NEW_PASSWORD, or run the command at a terminal to be asked.")));
    auto added = call.workspace.users().add(user, password.value_or(QString()));
    if (!added)
        return call.out.fail(added.error());
    QJsonObject json = userJson(*added);
    json.insert(QStringLiteral("password_set"), password.has_value());
    return call.out.result(
        json, (password ? CliApp::tr("Added %1 (%2) as %3.")
                        : CliApp::tr("Added %1 (%2) as %3; they choose a password at their first "
                                     "sign-in."))
                  .arg(added->login, added->name, roleKey(added->role)));
}

// The user named by the command's LOGIN, or exit 2.
std::optional<User> namedUser(Invocation &call, int *exitCode)
{
    auto user = call.workspace.users().find(call.params.at(0));
    if (!user) {
        *exitCode = call.out.fail(user.error());
        return std::nullopt;
    }
    if (!user->has_value()) {
        *exitCode = call.out.fail(
            Error::notFound(CliApp::tr("There is no user %1.").arg(call.params.at(0))));
        return std::nullopt;
    }
    return **user;
}

int editUser(Invocation &call)
{
    int exitCode = 0;
    std::optional<User> user = namedUser(call, &exitCode);
    if (!user)
        return exitCode;
    const Arguments &args = call.args;
    if ((args.has(QStringLiteral("senior")) && args.has(QStringLiteral("not-senior"))) ||
        (args.has(QStringLiteral("activate")) && args.has(QStringLiteral("deactivate"))))
        return call.out.usage(CliApp::tr("contradictory options"), CliApp::usageText());
    if (const auto roleText = args.value(QStringLiteral("role"))) {
        const auto role = roleFromKey(*roleText);
        if (!role)
            return call.out.fail(
                Error::invalid(CliApp::tr("Unknown role \"%1\"; use one of %2.")
                                   .arg(*roleText, roleKeys().join(QStringLiteral(", ")))));
        user->role = *role;
    }
    user->name = args.value(QStringLiteral("name")).value_or(user->name);
    user->team = args.value(QStringLiteral("team")).value_or(user->team);
    if (args.has(QStringLiteral("senior")) || args.has(QStringLiteral("not-senior")))
        user->senior = args.has(QStringLiteral("senior"));
    if (args.has(QStringLiteral("activate")) || args.has(QStringLiteral("deactivate")))
        user->active = args.has(QStringLiteral("activate"));
    auto updated = call.workspace.users().update(*user);
    if (!updated)
        return call.out.fail(updated.error());
    return call.out.result(userJson(*updated), CliApp::tr("Changed %1.").arg(updated->login));
}

int setUserPassword(Invocation &call)
{
    int exitCode = 0;
    std::optional<User> user = namedUser(call, &exitCode);
    if (!user)
        return exitCode;
    bool mismatch = false;
    const std::optional<QString> password = Secrets::newPassword(user->login, &mismatch);
    if (mismatch)
        return call.out.fail(Error::invalid(CliApp::tr("The two passwords differ.")));
    if (!password)
        return call.out.usage(CliApp::tr("users passwd reads the new password from "
                                         "SALESFLOW_NEW_PASSWORD or asks at a terminal"),
                              CliApp::usageText());
    if (auto status = call.workspace.users().setPassword(user->login, *password); !status)
        return call.out.fail(status.error());
    return call.out.result({{QStringLiteral("login"), user->login}},
                           CliApp::tr("Set the password of %1.").arg(user->login));
}

int listUsers(Invocation &call)
{
    auto users = call.workspace.users().list();
    if (!users)
        return call.out.fail(users.error());
    QJsonArray json;
    QStringList lines;
    for (const User &user : *users) {
        json.append(userJson(user));
        lines << QStringLiteral("%1\t%2\t%3%4")
                     .arg(user.login, user.name, roleKey(user.role),
                          user.senior ? QStringLiteral(" (senior)") : QString());
    }
    return call.out.result({{QStringLiteral("users"), json}}, lines.join(u'\n'));
}

int addRegion(Invocation &call)
{
    if (auto status = call.workspace.regions().add(call.params.at(0), call.params.at(1)); !status)
        return call.out.fail(status.error());
    return call.out.result({{QStringLiteral("code"), call.params.at(0)},
                            {QStringLiteral("name"), call.params.at(1).trimmed()}},
                           CliApp::tr("Added the region %1 (%2).")
                               .arg(call.params.at(0), call.params.at(1).trimmed()));
}

int listRegions(Invocation &call)
{
    auto regions = call.workspace.regions().list();
    if (!regions)
        return call.out.fail(regions.error());
    QJsonArray json;
    QStringList lines;
    for (const Region &region : *regions) {
        json.append(QJsonObject{{QStringLiteral("code"), region.code},
                                {QStringLiteral("name"), region.name},
                                {QStringLiteral("active"), region.active}});
        lines << QStringLiteral("%1\t%2").arg(region.code, region.name);
    }
    return call.out.result({{QStringLiteral("regions"), json}}, lines.join(u'\n'));
}

} // namespace

QList<Command> directoryCommands()
{
    return {
        {{QStringLiteral("users"), QStringLiteral("add")},
         {QStringLiteral("LOGIN")},
         {QStringLiteral("role"), QStringLiteral("senior"), QStringLiteral("name"),
          QStringLiteral("team")},
         CliApp::tr("Add a user with a role: rep, assistant, manager, legal, finance or admin."),
         addUser},
        {{QStringLiteral("users"), QStringLiteral("edit")},
         {QStringLiteral("LOGIN")},
         {QStringLiteral("role"), QStringLiteral("senior"), QStringLiteral("not-senior"),
          QStringLiteral("name"), QStringLiteral("team"), QStringLiteral("activate"),
          QStringLiteral("deactivate")},
         CliApp::tr("Change a user's name, role, seniority, team, or deactivate them."),
         editUser},
        {{QStringLiteral("users"), QStringLiteral("passwd")},
         {QStringLiteral("LOGIN")},
         {},
         CliApp::tr("Set a user's password (from SALESFLOW_NEW_PASSWORD or asked at a "
                    "terminal)."),
         setUserPassword},
        {{QStringLiteral("users"), QStringLiteral("list")},
         {},
         {},
         CliApp::tr("List the users."),
         listUsers},
        {{QStringLiteral("regions"), QStringLiteral("add")},
         {QStringLiteral("CODE"), QStringLiteral("NAME")},
         {},
         CliApp::tr("Add a sales region (code of 2–3 capital letters)."),
         addRegion},
        {{QStringLiteral("regions"), QStringLiteral("list")},
         {},
         {},
         CliApp::tr("List the sales regions."),
         listRegions},
    };
}

} // namespace sf::cli
