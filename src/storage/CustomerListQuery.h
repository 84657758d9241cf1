// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/CustomerQuery.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

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
    // Only the customers in `scope` are listed (docs/permissions.md). An owner's scope is the
    // owner filter (the same SQL and index: a rep's list is as fast as the list filtered by its
    // owner); a filter for another owner then lists nothing.
    CustomerListQuery(const Database &db, CustomerFilter filter, CustomerSort sort,
                      const AccessScope &scope = AccessScope::all());

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
    // The customer ids of `count` rows from row `offset` on, in order: what a selection of rows
    // of the list holds, loaded or not.
    Result<QStringList> ids(qint64 offset, qint64 count) const;
    // Every match in order as a whole customer with its key contact (the others are left out),
    // scanned forward-only: one row in memory at a time, for exports.
    Status forEachCustomer(const std::function<bool(const Customer &)> &visit) const;

    // A search matching at least max(kBroadSearchMatches, kBroadSearchFactor * sqrt(customers))
    // is "broad": its pages walk the sort index. Walking visits about 256 * customers / matches
    // rows for a page, sorting visits every match: they cost the same near the square root
    // (measured on 1M customers: 2,352 matches took 176 ms walking, 11,023 took 18 ms).
    static constexpr int kBroadSearchMatches = 2000;
    static constexpr int kBroadSearchFactor = 12;
    // A search matching at least this share of the customers is "dense": its pages walk the sort
    // index and test each customer against the search index, without building the set of matches
    // first (measured on 1M customers: a word in 75 % of them, 11 ms against 103 ms).
    static constexpr double kDenseSearchShare = 0.25;
    // The customers whose row id is at most this are the sample a search's share is estimated on.
    static constexpr int kDensitySample = 20000;
    // How long a dense search may test row by row before it takes the set of matches instead.
    static constexpr int kDenseSearchDeadlineMs = 30;

    // On PostgreSQL the breadth is measured the same way (its trigram index counts the matches)
    // but the statements do not depend on it: PostgreSQL has no index hints and no progress
    // handler, and its planner chooses between walking the sort index and sorting the matches by
    // its own statistics.
    enum class SearchBreadth { None, Narrow, Broad, Dense };
    SearchBreadth searchBreadth() const;
    // Another deadline for the row-by-row test of a dense search (tests: 0 always takes the set).
    void setDenseSearchDeadline(int milliseconds) { m_denseDeadlineMs = milliseconds; }

private:
    QString sortIndex() const;
    std::pair<QString, QString> searchSource() const;
    bool onPostgreSQL() const;
    // PostgreSQL: the condition on customer_search's `body` of every search word, their patterns
    // appended to `values` (empty when there is nothing to search).
    QString patternCondition(QVariantList &values) const;
    bool isDenseSearch() const;
    // FROM and WHERE of the filter; `rowsNeeded` joins what the listed columns need, `extraJoin`
    // is added after those joins. `firstRowsOnly`: only the first rows in order are read (a
    // keyset page), so a dense search may test row by row.
    QString fromAndWhere(QVariantList &values, bool rowsNeeded, const QString &extraJoin = {},
                         bool firstRowsOnly = false) const;
    QString orderBy() const;
    Result<QList<CustomerRow>> rows(const std::optional<CustomerCursor> &cursor, bool inclusive,
                                    int limit, qint64 offset) const;
    QString keyColumn() const;

    const Database &m_db;
    CustomerFilter m_filter;
    CustomerSort m_sort;
    AccessScope m_scope; // a team's scope (an owner's is in m_filter)
    bool m_none = false; // the filter asks for customers outside the scope
    mutable std::optional<SearchBreadth> m_breadth;
    int m_denseDeadlineMs = kDenseSearchDeadlineMs;
};

// Search text as FTS5 expressions: one quoted phrase per word, every word must match; a word of
// 1–2 characters goes to the single-character index. Empty when there is nothing to search.
// `patterns` are the same words for PostgreSQL's one trigram-indexed table: a LIKE pattern per
// word ('%word%', its % _ \ escaped), a word of 1–2 characters without the separators that the
// single-character index leaves out, as that index would read it.
struct SearchTerms
{
    QString trigramQuery;
    QString charsQuery;
    QStringList patterns;
    bool isEmpty() const { return trigramQuery.isEmpty() && charsQuery.isEmpty(); }
};
SearchTerms searchTerms(const QString &text);

} // namespace sf
