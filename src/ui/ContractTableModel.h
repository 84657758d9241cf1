// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"
#include "services/ContractService.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace sf::ui {

// One line of the contract list: the contract, the R15 step it waits for with its due time, and
// the name of the rep who drafted it.
struct ContractRow
{
    Contract contract;
    std::optional<StepDeadline> deadline;
    QString ownerName;
};

// The contracts of the Contracts page: number, customer, title, price, status (a pill), the step
// it waits for and its R15 due time (red when overdue), owner. Sorts in memory: a team has
// hundreds or a few thousand contracts, not a million.
class ContractTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractTableModel)

public:
    enum Column {
        NumberColumn,
        CustomerColumn,
        TitleColumn,
        PriceColumn,
        StatusColumn,
        StepColumn,
        DueColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role {
        ContractIdRole = Qt::UserRole + 1,
        StatusKeyRole, // contractStatusKey
        OverdueRole,   // bool: the pending step is past its R15 deadline
        SortRole,
    };

    explicit ContractTableModel(QObject *parent = nullptr);

    void setRows(QList<ContractRow> rows);
    const ContractRow *rowAt(int row) const;
    // The row of a contract, or -1.
    int rowOf(qint64 contractId) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortKey(const ContractRow &row, int column) const;
    void applySort();

    QList<ContractRow> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sf::ui
