// SPDX-License-Identifier: MIT
#include "ui/ContractTableModel.h"

#include "ui/ContractTexts.h"
#include "ui/StatusPillDelegate.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace sf::ui {
namespace {

const QColor kOverdue(0xb9, 0x1c, 0x1c);

} // namespace

ContractTableModel::ContractTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContractTableModel::setRows(QList<ContractRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    applySort();
    endResetModel();
}

const ContractRow *ContractTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ContractTableModel::rowOf(qint64 contractId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).contract.id == contractId)
            return row;
    }
    return -1;
}

int ContractTableModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ContractRow &row) {
        return row.deadline && row.deadline->overdue;
    }));
}

int ContractTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContractRow &row = m_rows.at(index.row());
    const Contract &contract = row.contract;
    const bool overdue = row.deadline && row.deadline->overdue;
    switch (role) {
    case ContractIdRole: return contract.id;
    case StatusKeyRole: return contractStatusKey(contract.status);
    case OverdueRole: return overdue;
    case SortRole: return sortKey(row, index.column());
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return contract.number;
        case CustomerColumn:
            return contract.customerName.isEmpty() ? contract.customerId : contract.customerName;
        case TitleColumn: return contract.title;
        case PriceColumn: return ContractTexts::amount(contract.priceFen, contract.currency);
        case StatusColumn: return ContractRules::statusName(contract.status);
        case StepColumn:
            return row.deadline ? ContractTexts::stepOwner(row.deadline->step) : QString();
        case DueColumn:
            if (!row.deadline)
                return QString();
            return overdue ? tr("%1 overdue").arg(ContractTexts::date(row.deadline->due.date()))
                           : ContractTexts::date(row.deadline->due.date());
        case OwnerColumn: return row.ownerName.isEmpty() ? contract.owner : row.ownerName;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CustomerColumn: return QString(contract.customerId + u' ' + contract.customerName);
        case TitleColumn: return contract.title;
        case StatusColumn: return ContractRules::statusName(contract.status);
        case DueColumn:
            if (!row.deadline)
                return QString();
            return (overdue ? tr("R15: %1 was due by %2 and is overdue.")
                            : tr("R15: %1 is due by %2."))
                .arg(ContractRules::stepName(row.deadline->step),
                     ContractTexts::deadline(row.deadline->due));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return ContractTexts::statusColors(contract.status).text;
        if (index.column() == DueColumn && overdue)
            return kOverdue;
        return {};
    case StatusPillDelegate::PillFillRole:
        if (index.column() == StatusColumn)
            return ContractTexts::statusColors(contract.status).fill;
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == PriceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == DueColumn)
        return tr("When the step the contract waits for is due (R15: one working day each for "
                  "legal and finance)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case CustomerColumn: return tr("Customer");
    case TitleColumn: return tr("Title");
    case PriceColumn: return tr("Price");
    case StatusColumn: return tr("Status");
    case StepColumn: return tr("Waiting for");
    case DueColumn: return tr("Due (R15)");
    case OwnerColumn: return tr("Owner");
    default: return {};
    }
}

QVariant ContractTableModel::sortKey(const ContractRow &row, int column) const
{
    const Contract &contract = row.contract;
    switch (column) {
    case NumberColumn: return contract.number;
    case CustomerColumn: return contract.customerName;
    case TitleColumn: return contract.title;
    case PriceColumn: return contract.priceFen;
    case StatusColumn: return int(contract.status);
    case StepColumn: return row.deadline ? int(row.deadline->step) : -1;
    case DueColumn: return row.deadline ? row.deadline->due : QDateTime();
    case OwnerColumn: return row.ownerName;
    default: return {};
    }
}

void ContractTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).contract.id);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContractTableModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this, column, ascending](const ContractRow &a, const ContractRow &b) {
                         const QVariant left = sortKey(a, column);
                         const QVariant right = sortKey(b, column);
                         const auto order = QVariant::compare(left, right);
                         return ascending ? order == QPartialOrdering::Less
                                          : order == QPartialOrdering::Greater;
                     });
}

} // namespace sf::ui
