// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sf::bench {

// The raw-SQLite baselines: what a hand-written C loop over sqlite3_bind_* achieves on the same
// schema and the same rows, with none of SalesFlow's parsing, checks or layers.
struct RawImport
{
    qint64 rows = 0;
    double seconds = 0;
};

// Inserts the rows of `csvPath` (parsed before the clock starts) into the database at `dbPath`,
// which already has SalesFlow's schema: customers, grades, contacts, tags and both search indexes,
// in one transaction.
RawImport rawImport(const QString &csvPath, const QString &dbPath);

// The mean time of a hand-written FTS5 query (the first 256 matches in rowid order) for `terms`.
double rawSearchMs(const QString &dbPath, const QStringList &terms);

} // namespace sf::bench
