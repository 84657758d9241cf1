// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerQuery.h"
#include "core/Result.h"

#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace sf {

class Database;

// The customer list in SQL: counts, pages and page boundaries of any filter and sort order,
// without ever loading more rows than one page (design.md, "Performance"). Pages are found by
// keyset (`WHERE (key, id) > cursor`): about 1 ms anywhere in a million rows, where OFFSET costs
// ~110 ms near the end.
class CustomerListQuery
{
public:
    CustomerListQuery(const Database &db, CustomerFilter filter, CustomerSort sort);

    Result<qint64> count() const;
    // Up to `limit` rows from the start (no cursor), after `cursor`, or from `cursor` on when
    // `inclusive` (a page boundary is the first row of its page).
    Result<QList<CustomerRow>> page(const std::optional<CustomerCursor> &cursor, bool inclusive,
                                    int limit) const;
    // Up to `limit` rows after skipping `offset` rows: the slow path, for a page far from any
    // known cursor.
    Result<QList<CustomerRow>> pageAt(qint64 offset, int limit) const;
    // The cursor of the first row of every page of `pageSize` rows, in order: one index scan
    // inside SQLite, after which any row is one keyset query away.
    Result<QList<CustomerCursor>> pageStarts(int pageSize) const;
    // Every match in order as a whole customer with its key contact (the others are left out),
    // scanned forward-only: one row in memory at a time, for exports.
    Status forEachCustomer(const std::function<bool(const Customer &)> &visit) const;

    // A search matching at least this many customers is "broad": its pages walk the sort index.
    static constexpr int kBroadSearchMatches = 2000;

private:
    QString sortIndex() const;
    std::pair<QString, QString> searchSource() const;
    bool isBroadSearch() const;
    // FROM and WHERE of the filter; `rowsNeeded` joins what the listed columns need, `extraJoin`
    // is added after those joins.
    QString fromAndWhere(QVariantList &values, bool rowsNeeded,
                         const QString &extraJoin = {}) const;
    QString orderBy() const;
    Result<QList<CustomerRow>> rows(const std::optional<CustomerCursor> &cursor, bool inclusive,
                                    int limit, qint64 offset) const;
    QString keyColumn() const;

    const Database &m_db;
    CustomerFilter m_filter;
    CustomerSort m_sort;
    mutable std::optional<bool> m_broad;
};

// Search text as FTS5 expressions: one quoted phrase per word, every word must match; a word of
// 1–2 characters goes to the single-character index. Empty when there is nothing to search.
struct SearchTerms
{
    QString trigramQuery;
    QString charsQuery;
    bool isEmpty() const { return trigramQuery.isEmpty() && charsQuery.isEmpty(); }
};
SearchTerms searchTerms(const QString &text);

} // namespace sf
