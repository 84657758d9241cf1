// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sf::cli {

// Passwords on the command line: from an environment variable, or typed at a terminal without
// echo; never from an option (it would stay in the shell history and the process list).
class Secrets
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)

public:
    // The password of the user named by --user: SALESFLOW_PASSWORD, else asked at a terminal;
    // nullopt when neither is available.
    static std::optional<QString> signInPassword(const QString &login);

    // A new password: SALESFLOW_NEW_PASSWORD, else asked twice at a terminal. nullopt when
    // neither is available or nothing was typed; `mismatch` is set when the two differ.
    static std::optional<QString> newPassword(const QString &login, bool *mismatch);

private:
    static bool atTerminal();
    static QString ask(const QString &prompt);
};

} // namespace sf::cli
