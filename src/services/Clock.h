// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <functional>

namespace sf {

// Where services get "now" from. The rules never read the clock themselves; tests pass a fixed one.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

} // namespace sf
