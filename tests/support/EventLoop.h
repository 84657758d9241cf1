// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace sf::test {

// Runs this thread's event loop (where Qt's PostgreSQL driver reads notifications) until `done`
// holds or `milliseconds` have passed; whether it held.
template<typename Condition>
bool processEventsUntil(Condition done, int milliseconds = 5000)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Runs this thread's event loop for `milliseconds`.
inline void processEventsFor(int milliseconds)
{
    processEventsUntil([] { return false; }, milliseconds);
}

} // namespace sf::test
