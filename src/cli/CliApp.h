// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sf::cli {

// salesflow-cli: the services without a window. Returns the process exit code.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    // `arguments` without the program name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usageText();
};

} // namespace sf::cli
