// SPDX-License-Identifier: MIT
#pragma once

#include "core/Role.h"

#include <QString>

namespace sf {

// A person who works in SalesFlow: the acting user of every change.
struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Rep;
    bool senior = false; // R6: A customers are owned by senior reps
    QString team;
    bool active = true;
    int version = 1;
};

} // namespace sf
