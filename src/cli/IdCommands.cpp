// SPDX-License-Identifier: MIT
#include "cli/CliApp.h"
#include "cli/Command.h"
#include "services/CustomerIdService.h"
#include "services/Workspace.h"

namespace sf::cli {
namespace {

int validateId(Invocation &call)
{
    auto id = call.workspace.customerIds().validate(call.params.at(0));
    if (!id) {
        // A refusal is the answer here, not a failure of the command: the JSON says why.
        return call.out.result(
            {{QStringLiteral("valid"), false}, {QStringLiteral("reason"), id.error().message}},
            id.error().message, InvalidInput);
    }
    return call.out.result({{QStringLiteral("valid"), true}},
                           CliApp::tr("%1 is a valid customer id (region %2, year %3, serial %4).")
                               .arg(id->toString(), id->region)
                               .arg(id->year)
                               .arg(id->serial));
}

int nextId(Invocation &call)
{
    int code = Done;
    int year = call.workspace.today().year();
    if (const auto given = call.args.value(QStringLiteral("year"))) {
        const auto parsed = intParam(call.out, *given, QStringLiteral("--year"), &code);
        if (!parsed)
            return code;
        year = *parsed;
    }
    auto id = call.workspace.customerIds().peekNext(call.params.at(0), year);
    if (!id)
        return call.out.fail(id.error());
    return call.out.result({{QStringLiteral("id"), *id}}, *id);
}

} // namespace

QList<Command> idCommands()
{
    return {
        {{QStringLiteral("id"), QStringLiteral("validate")},
         {QStringLiteral("ID")},
         {},
         CliApp::tr("Check a customer id (R1); exit code 2 if it is not valid."),
         validateId},
        {{QStringLiteral("id"), QStringLiteral("next")},
         {QStringLiteral("REGION")},
         {QStringLiteral("year")},
         CliApp::tr("The id the next customer of REGION will get (this year unless --year)."),
         nextId},
    };
}

} // namespace sf::cli
