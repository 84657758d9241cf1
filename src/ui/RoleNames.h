// SPDX-License-Identifier: MIT
#pragma once

#include "core/Role.h"

#include <QCoreApplication>
#include <QString>

namespace sf::ui {

// The translated names of the roles of process.md ("Roles").
class RoleNames final
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    static QString name(Role role);
};

} // namespace sf::ui
