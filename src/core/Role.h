// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sf {

// The roles of process.md ("Roles"). Stored by their key; the UI shows translated names.
enum class Role { Rep, Assistant, Manager, Legal, Finance, Admin };

inline QString roleKey(Role role)
{
    switch (role) {
    case Role::Rep: return QStringLiteral("rep");
    case Role::Assistant: return QStringLiteral("assistant");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Legal: return QStringLiteral("legal");
    case Role::Finance: return QStringLiteral("finance");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

inline std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role :
         {Role::Rep, Role::Assistant, Role::Manager, Role::Legal, Role::Finance, Role::Admin}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

inline QStringList roleKeys()
{
    return {QStringLiteral("rep"),   QStringLiteral("assistant"), QStringLiteral("manager"),
            QStringLiteral("legal"), QStringLiteral("finance"),   QStringLiteral("admin")};
}

} // namespace sf
