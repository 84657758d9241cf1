// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace sf::bench {

// Issue 6's receivables (R16), beside hand-written SQL measured in the same run: `contracts`
// signed contracts of 3 instalments each (100,002 instalments for 33,334 contracts) with due
// dates from six months before to six months after the as-of date and some payments (one
// contract in ten fully paid, one in three with its first instalment paid, one in four with a
// part of its second), written by raw sqlite3 statements into a database made by
// Workspace::open in `dir`. Measured, 7 runs each: PaymentService::receivables (every open
// instalment with its contract, customer and owner, aged, and the totals); the same result by
// hand (the same SELECT on the raw handle into plain structs, ageing in C++); grouping the lines
// by customer (the page's default) and writing the XLSX export.
QJsonObject measureReceivables(const QString &dir, qint64 contracts);

} // namespace sf::bench
