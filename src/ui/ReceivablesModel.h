// SPDX-License-Identifier: MIT
#pragma once

#include "services/PaymentService.h"
#include "services/ReceivablesSummary.h"

#include <QAbstractItemModel>

namespace sf::ui {

// The open instalments of a receivables report (R16) as a tree: groups (a customer, a rep or an
// ageing bucket) with their totals, each holding its instalments; or a flat list. A search and
// "due within 7 days only" narrow the lines, and the groups' totals follow. Overdue lines are
// tinted by the severity of their bucket. Sort with a proxy on SortRole.
class ReceivablesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivablesModel)

public:
    enum Column {
        ContractColumn, // the group's name on a group row
        CustomerIdColumn,
        CustomerColumn,
        OwnerColumn,
        DueColumn,
        AmountColumn,
        PaidColumn,
        OutstandingColumn,
        OverdueColumn,
        DaysColumn,
        AgeingColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, dates as dates
        CustomerIdRole,              // the customer to open (a customer group's too)
        IsGroupRole
    };

    explicit ReceivablesModel(QObject *parent = nullptr);

    void setReport(const ReceivablesReport &report);
    void setGrouping(ReceivablesGrouping grouping);
    void setSearch(const QString &text);
    // Only the lines not overdue and due within 7 days of the as-of date.
    void setDueWithinWeekOnly(bool only);

    ReceivablesGrouping grouping() const { return m_grouping; }
    const ReceivablesReport &report() const { return m_report; }
    // The lines shown (after the search), and their sums.
    qsizetype shownLines() const { return m_shown.size(); }
    const ReceivablesTotals &shownTotals() const { return m_totals; }
    // The tint of an overdue line of this bucket (none when not overdue).
    static QColor severityColor(std::optional<AgeingBucket> bucket);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    bool grouped() const { return m_grouping != ReceivablesGrouping::None; }
    // The line (index into the report) of a line row; -1 for a group row.
    qsizetype lineOf(const QModelIndex &index) const;
    QVariant lineData(const Receivable &line, int column, int role) const;
    QVariant groupData(const ReceivablesGroup &group, int column, int role) const;

    ReceivablesReport m_report;
    ReceivablesGrouping m_grouping = ReceivablesGrouping::Customer;
    QString m_search;
    bool m_dueWithinWeekOnly = false;
    QList<qsizetype> m_shown;         // lines shown, in the report's order
    QList<ReceivablesGroup> m_groups; // when grouped
    ReceivablesTotals m_totals;
};

} // namespace sf::ui
