// SPDX-License-Identifier: MIT
#include "cli/Arguments.h"

#include <QCoreApplication>

namespace sf::cli {
namespace {

bool isNumber(const QString &token)
{
    bool ok = false;
    token.toLongLong(&ok);
    return ok;
}

const OptionSpec *findSpec(const QList<OptionSpec> &known, const QString &name)
{
    for (const OptionSpec &spec : known) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("sf::cli::Arguments", text);
}

} // namespace

std::optional<Arguments> Arguments::parse(const QStringList &tokens, const QList<OptionSpec> &known,
                                          QString *error)
{
    Arguments args;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (optionsEnded || !token.startsWith(u'-') || token == QLatin1String("-") ||
            isNumber(token)) {
            args.words.append(token);
            continue;
        }
        if (token == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = token.startsWith(QLatin1String("--")) ? token.mid(2) : token.mid(1);
        if (name == QLatin1String("h"))
            name = QStringLiteral("help");
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        const OptionSpec *spec = findSpec(known, name);
        if (!spec) {
            *error = tr("unknown option %1").arg(token);
            return std::nullopt;
        }
        if (!spec->takesValue) {
            if (inlineValue) {
                *error = tr("the option --%1 takes no value").arg(name);
                return std::nullopt;
            }
            args.flags.insert(name);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= tokens.size()) {
                *error = tr("the option --%1 needs a value").arg(name);
                return std::nullopt;
            }
            inlineValue = tokens.at(++i);
        }
        args.values.insert(name, *inlineValue);
    }
    return args;
}

} // namespace sf::cli
