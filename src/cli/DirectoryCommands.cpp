// SPDX-License-Identifier: MIT
// Users and regions: the team's directory.
#include "cli/CliApp.h"
#include "cli/Command.h"
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
    auto added = call.workspace.users().add(user);
    if (!added)
        return call.out.fail(added.error());
    return call.out.result(
        userJson(*added),
        CliApp::tr("Added %1 (%2) as %3.").arg(added->login, added->name, roleKey(added->role)));
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
