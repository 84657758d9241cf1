// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace sf {

// How a receivables list is grouped: by customer, by the customer's owner (the rep), by ageing
// bucket, or not at all.
enum class ReceivablesGrouping { Customer, Rep, Bucket, None };

// The sums of some receivables lines (R16). Money in fen.
struct ReceivablesTotals
{
    qint64 amountFen = 0;
    qint64 paidFen = 0;
    qint64 outstandingFen = 0;
    qint64 overdueFen = 0;
    std::array<qint64, 4> bucketFen{}; // by AgeingBucket
    int lines = 0;
    int maxDaysOverdue = 0;

    void add(const Receivable &line);
};

// One group of lines: a customer, a rep or an ageing bucket.
struct ReceivablesGroup
{
    QString key;            // customer id, owner login, bucket key; empty: no owner / not due
    QString label;          // "name (id)", the rep's name, the bucket's name
    QList<qsizetype> lines; // indexes into the lines grouped, in their order
    ReceivablesTotals totals;
};

// Groups, totals and the search of the receivables page and of its export.
class ReceivablesSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesSummary)

public:
    // The lines (indexes into `lines`) in groups: customers and reps with the most outstanding
    // first, buckets from the oldest (over 90 days) to the not yet due. `None` gives one group
    // holding every line. Only the lines at `indexes` are grouped (every line when empty).
    static QList<ReceivablesGroup> group(const QList<Receivable> &lines,
                                         ReceivablesGrouping grouping,
                                         const QList<qsizetype> &indexes = {});
    static ReceivablesTotals totals(const QList<Receivable> &lines);
    // Whether every word of `text` is found (ignoring case) in the contract number, customer id,
    // customer name or owner of the line. An empty text matches every line.
    static bool matches(const Receivable &line, const QString &text);
    // "1–30 days" … or "not yet due" for a line that is not overdue.
    static QString ageingName(const Receivable &line);
    // The owner's name (or login), "no owner" when the customer has none.
    static QString ownerName(const Receivable &line);
};

} // namespace sf
