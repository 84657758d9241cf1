// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sf::cli {

// What an option looks like on the command line.
struct OptionSpec
{
    QString name; // without the leading dashes
    bool takesValue = false;
};

// The command line split into words and options. Options may stand anywhere, before or after the
// command (`--db x.db calendar add-workdays 2026-02-13 1 --json`); a token like -3 is a number,
// not an option; `--` ends the options.
struct Arguments
{
    QStringList words;
    QHash<QString, QString> values; // options with a value
    QSet<QString> flags;            // options without one

    bool has(const QString &option) const
    {
        return flags.contains(option) || values.contains(option);
    }
    std::optional<QString> value(const QString &option) const
    {
        const auto it = values.constFind(option);
        return it == values.constEnd() ? std::nullopt : std::optional<QString>(*it);
    }

    // Splits `tokens` (without the program name). On error returns nullopt and sets `error`.
    static std::optional<Arguments> parse(const QStringList &tokens, const QList<OptionSpec> &known,
                                          QString *error);
};

} // namespace sf::cli
