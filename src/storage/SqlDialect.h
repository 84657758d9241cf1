// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QString>
#include <QVariantList>

namespace sf {

class Database;

// The SQL engine behind a Database: SQLite (one file, the embedded default) or a PostgreSQL
// server (a team's shared store).
enum class Dialect { SQLite, PostgreSQL };

// The few spellings that differ between the two dialects. Everything else is written once, in the
// SQL both understand: UPSERT with `ON CONFLICT (…) DO UPDATE` (the existing row's columns
// qualified by the table name, which PostgreSQL requires), `ON CONFLICT DO NOTHING` instead of
// SQLite's `INSERT OR IGNORE`, `COLLATE NOCASE` (PostgreSQL's schema creates a case-insensitive
// ICU collation of that name), an alias for every subquery in FROM, row values, `count(*)`, text
// timestamps.
namespace sql {

// The larger of two values: SQLite's two-argument max(), PostgreSQL's GREATEST().
QString greatest(Dialect dialect, const QString &a, const QString &b);

// `statement` as written for SQLite, where "CROSS JOIN … ON" is a join the planner must not
// reorder; on PostgreSQL, which has no such hint and whose CROSS JOIN takes no ON clause, each
// becomes a plain JOIN.
QString orderedJoins(Dialect dialect, const QString &statement);

// LIKE ignoring the case of ASCII letters, as SQLite's LIKE does; ILIKE on PostgreSQL.
QString likeIgnoringCase(Dialect dialect);

// Runs an INSERT (a statement without a RETURNING clause) with bound values and returns the id of
// the new row: sqlite3_last_insert_rowid on SQLite, `RETURNING id` on PostgreSQL (QPSQL's
// lastInsertId() reads the OID, which tables without OIDs do not have).
Result<qint64> insertReturningId(const Database &db, const QString &insert,
                                 const QVariantList &values);

} // namespace sql
} // namespace sf
