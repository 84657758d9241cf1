// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace sf {
class WorkCalendar;
}

namespace sf::bench {

// The follow-up plans page's Gantt chart (GanttView, 1400 × 900) over a plan of `items` items of
// `customers` customers: the time of a synchronous repaint of its viewport at scroll positions
// all over the plan (p95 and max of 50), beside a bare QPainter drawing the same visible rows
// into an image of the same size. Needs a QApplication (the offscreen platform will do).
QJsonObject measureGantt(const WorkCalendar &calendar, int items = 500, int customers = 60);

} // namespace sf::bench
