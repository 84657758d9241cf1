// SPDX-License-Identifier: MIT
#include "ui/RoleNames.h"

namespace sf::ui {

QString RoleNames::name(Role role)
{
    switch (role) {
    case Role::Rep: return tr("Sales rep");
    case Role::Assistant: return tr("Sales assistant");
    case Role::Manager: return tr("Sales manager");
    case Role::Legal: return tr("Legal");
    case Role::Finance: return tr("Finance");
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

} // namespace sf::ui
