// SPDX-License-Identifier: MIT
#include "services/ReceivablesSummary.h"

#include <QHash>

#include <algorithm>

namespace sf {
namespace {

// Buckets from the worst; index 4 is "not yet due".
constexpr qsizetype kNotDue = 4;

qsizetype bucketOrder(const Receivable &line)
{
    return line.bucket ? 3 - qsizetype(*line.bucket) : kNotDue;
}

QString groupKey(const Receivable &line, ReceivablesGrouping grouping)
{
    switch (grouping) {
    case ReceivablesGrouping::Customer: return line.customerId;
    case ReceivablesGrouping::Rep: return line.ownerLogin;
    case ReceivablesGrouping::Bucket:
        return line.bucket ? ageingBucketKey(*line.bucket) : QString();
    case ReceivablesGrouping::None: return {};
    }
    return {};
}

QString groupLabel(const Receivable &line, ReceivablesGrouping grouping)
{
    switch (grouping) {
    case ReceivablesGrouping::Customer:
        return line.customerName + QStringLiteral(" (") + line.customerId + u')';
    case ReceivablesGrouping::Rep: return ReceivablesSummary::ownerName(line);
    case ReceivablesGrouping::Bucket: return ReceivablesSummary::ageingName(line);
    case ReceivablesGrouping::None: return ReceivablesSummary::tr("All receivables");
    }
    return {};
}

} // namespace

void ReceivablesTotals::add(const Receivable &line)
{
    const qint64 outstanding = line.instalment.outstandingFen();
    amountFen += line.instalment.amountFen;
    paidFen += line.instalment.paidFen;
    outstandingFen += outstanding;
    if (line.bucket) {
        overdueFen += outstanding;
        bucketFen.at(std::size_t(*line.bucket)) += outstanding;
    }
    ++lines;
    maxDaysOverdue = std::max(maxDaysOverdue, line.daysOverdue);
}

QList<ReceivablesGroup> ReceivablesSummary::group(const QList<Receivable> &lines,
                                                  ReceivablesGrouping grouping,
                                                  const QList<qsizetype> &indexes)
{
    QList<ReceivablesGroup> groups;
    QHash<QString, qsizetype> position;
    const auto place = [&](qsizetype index) {
        const Receivable &line = lines.at(index);
        const QString key = groupKey(line, grouping);
        auto it = position.constFind(key);
        if (it == position.constEnd()) {
            it = position.insert(key, groups.size());
            groups.append({key, groupLabel(line, grouping), {}, {}});
        }
        ReceivablesGroup &group = groups[*it];
        group.lines.append(index);
        group.totals.add(line);
    };
    if (indexes.isEmpty()) {
        for (qsizetype index = 0; index < lines.size(); ++index)
            place(index);
    } else {
        for (const qsizetype index : indexes)
            place(index);
    }
    if (grouping == ReceivablesGrouping::Bucket) {
        std::sort(groups.begin(), groups.end(),
                  [&lines](const ReceivablesGroup &a, const ReceivablesGroup &b) {
                      return bucketOrder(lines.at(a.lines.first())) <
                             bucketOrder(lines.at(b.lines.first()));
                  });
    } else {
        // The biggest exposure first: what to chase.
        std::stable_sort(groups.begin(), groups.end(),
                         [](const ReceivablesGroup &a, const ReceivablesGroup &b) {
                             if (a.totals.overdueFen != b.totals.overdueFen)
                                 return a.totals.overdueFen > b.totals.overdueFen;
                             if (a.totals.outstandingFen != b.totals.outstandingFen)
                                 return a.totals.outstandingFen > b.totals.outstandingFen;
                             return a.key < b.key;
                         });
    }
    return groups;
}

ReceivablesTotals ReceivablesSummary::totals(const QList<Receivable> &lines)
{
    ReceivablesTotals sums;
    for (const Receivable &line : lines)
        sums.add(line);
    return sums;
}

bool ReceivablesSummary::matches(const Receivable &line, const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool found = line.contractNumber.contains(word, Qt::CaseInsensitive) ||
                           line.customerId.contains(word, Qt::CaseInsensitive) ||
                           line.customerName.contains(word, Qt::CaseInsensitive) ||
                           line.ownerLogin.contains(word, Qt::CaseInsensitive) ||
                           line.ownerName.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

QString ReceivablesSummary::ageingName(const Receivable &line)
{
    return line.bucket ? ContractRules::bucketName(*line.bucket) : tr("not yet due");
}

QString ReceivablesSummary::ownerName(const Receivable &line)
{
    if (line.ownerLogin.isEmpty())
        return tr("no owner");
    return line.ownerName.isEmpty() ? line.ownerLogin : line.ownerName;
}

} // namespace sf
