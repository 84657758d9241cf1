// SPDX-License-Identifier: MIT
#include "cli/Secrets.h"

#include <QByteArray>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace sf::cli {

bool Secrets::atTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString Secrets::ask(const QString &prompt)
{
    std::fputs(qUtf8Printable(prompt), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    std::getline(std::cin, line);
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return QString::fromStdString(line);
}

std::optional<QString> Secrets::signInPassword(const QString &login)
{
    if (qEnvironmentVariableIsSet("SALESFLOW_PASSWORD"))
        return qEnvironmentVariable("SALESFLOW_PASSWORD");
    if (!atTerminal())
        return std::nullopt;
    return ask(tr("Password of %1: ").arg(login));
}

std::optional<QString> Secrets::newPassword(const QString &login, bool *mismatch)
{
    *mismatch = false;
    if (qEnvironmentVariableIsSet("SALESFLOW_NEW_PASSWORD"))
        return qEnvironmentVariable("SALESFLOW_NEW_PASSWORD");
    if (!atTerminal())
        return std::nullopt;
    const QString first =
        ask(tr("New password of %1 (empty: %1 chooses one at the first sign-in): ").arg(login));
    if (first.isEmpty())
        return std::nullopt;
    if (ask(tr("Repeat the new password: ")) != first) {
        *mismatch = true;
        return std::nullopt;
    }
    return first;
}

} // namespace sf::cli
