// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace sf::bench {

// Issue 5's performance targets (R12, R13), each beside hand-written SQL measured in the same run:
// - the Monday review's agenda (ReviewService::agenda) of a team of 50 reps owning 20,000 A and
//   B customers (and 10,000 C customers) with about 5 follow-ups each over the last five weeks,
//   p95 of 10; the team's compliance (ReviewService::compliance, which runs `rules check`) too;
// - `rules apply` (ReviewService::applyDowngrades) on 1,000,000 customers of which 350,000 are
//   B and 250,000 R13 candidates, each run on a fresh copy of a pristine database (the copy is
//   not timed), beside the same set-based statements run by hand on the raw handle.
// Both databases are created through Workspace::open (SalesFlow's schema) in `dir` and filled by
// raw sqlite3 statements in one transaction.
QJsonObject measureReview(const QString &dir);

} // namespace sf::bench
