// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace sf {

class Database;

// Small helpers that turn Qt's bool-and-lastError style into Result values. Every statement is
// prepared and takes bound values: no value is ever concatenated into SQL.
namespace sql {

// Prepares `statement` on the database's connection.
Result<QSqlQuery> prepare(const Database &db, const QString &statement);

// Runs a prepared query; on failure logs the statement and returns a storage error.
Status exec(QSqlQuery &query);

// Prepares `statement`, binds `values` in order and runs it: the common case in one call.
Result<QSqlQuery> run(const Database &db, const QString &statement,
                      const QVariantList &values = {});

// As run(), forward-only: rows are not cached, for scans over many rows (design.md: a cached
// scan of 1M rows holds 628 MB).
Result<QSqlQuery> scan(const Database &db, const QString &statement,
                       const QVariantList &values = {});

// The row id an INSERT run by run() made.
Result<qint64> insertedId(Result<QSqlQuery> query);

// A storage error describing the failed query, for callers that exec themselves.
Error errorOf(const QSqlQuery &query);

} // namespace sql
} // namespace sf
