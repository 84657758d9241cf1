// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sf {

// A sales region; its code starts every customer id of the region (R1).
struct Region
{
    QString code;
    QString name;
    bool active = true;
    int version = 1;
};

} // namespace sf
