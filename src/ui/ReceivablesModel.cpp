// SPDX-License-Identifier: MIT
#include "ui/ReceivablesModel.h"

#include "core/Money.h"

#include <QColor>
#include <QFont>

namespace sf::ui {
namespace {

const QColor kOverdueText(0xb4, 0x23, 0x18);

bool isAmount(int column)
{
    return column >= ReceivablesModel::AmountColumn && column <= ReceivablesModel::DaysColumn;
}

QString amountText(qint64 fen, const QString &currency)
{
    if (currency.isEmpty() || currency == QLatin1String("CNY"))
        return QStringLiteral("¥") + money::yuanText(fen);
    return currency + u' ' + money::yuanText(fen);
}

} // namespace

ReceivablesModel::ReceivablesModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QColor ReceivablesModel::severityColor(std::optional<AgeingBucket> bucket)
{
    if (!bucket)
        return {};
    switch (*bucket) {
    case AgeingBucket::Days1To30: return {0xff, 0xf6, 0xf5};
    case AgeingBucket::Days31To60: return {0xfe, 0xec, 0xea};
    case AgeingBucket::Days61To90: return {0xfd, 0xdf, 0xdc};
    case AgeingBucket::Over90: return {0xfb, 0xcf, 0xca};
    }
    return {};
}

void ReceivablesModel::setReport(const ReceivablesReport &report)
{
    m_report = report;
    rebuild();
}

void ReceivablesModel::setGrouping(ReceivablesGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void ReceivablesModel::setSearch(const QString &text)
{
    if (text.simplified() == m_search)
        return;
    m_search = text.simplified();
    rebuild();
}

void ReceivablesModel::setDueWithinWeekOnly(bool only)
{
    if (only == m_dueWithinWeekOnly)
        return;
    m_dueWithinWeekOnly = only;
    rebuild();
}

void ReceivablesModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    m_groups.clear();
    m_totals = {};
    const QDate weekEnd = m_report.asOf.addDays(7);
    for (qsizetype index = 0; index < m_report.lines.size(); ++index) {
        const Receivable &line = m_report.lines.at(index);
        if (m_dueWithinWeekOnly && (line.bucket || line.instalment.due > weekEnd))
            continue;
        if (!ReceivablesSummary::matches(line, m_search))
            continue;
        m_shown.append(index);
        m_totals.add(line);
    }
    if (grouped() && !m_shown.isEmpty())
        m_groups = ReceivablesSummary::group(m_report.lines, m_grouping, m_shown);
    endResetModel();
}

qsizetype ReceivablesModel::lineOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (!grouped())
        return m_shown.at(index.row());
    if (index.internalId() == 0)
        return -1;
    return m_groups.at(qsizetype(index.internalId() - 1)).lines.at(index.row());
}

QModelIndex ReceivablesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // A group row has the id 0; a line row the number of its group plus one.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : quintptr(0));
}

QModelIndex ReceivablesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ReceivablesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(grouped() ? m_groups.size() : m_shown.size());
    if (!grouped() || parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).lines.size());
}

int ReceivablesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReceivablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        return isAmount(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    const qsizetype line = lineOf(index);
    if (role == IsGroupRole)
        return line < 0;
    if (line >= 0)
        return lineData(m_report.lines.at(line), index.column(), role);
    return groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant ReceivablesModel::lineData(const Receivable &line, int column, int role) const
{
    const Instalment &instalment = line.instalment;
    const qint64 overdueFen = line.bucket ? instalment.outstandingFen() : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ContractColumn: return line.contractNumber;
        case CustomerIdColumn: return line.customerId;
        case CustomerColumn: return line.customerName;
        case OwnerColumn: return ReceivablesSummary::ownerName(line);
        case DueColumn: return instalment.due.toString(Qt::ISODate);
        case AmountColumn: return amountText(instalment.amountFen, line.currency);
        case PaidColumn:
            return instalment.paidFen ? amountText(instalment.paidFen, line.currency) : QString();
        case OutstandingColumn: return amountText(instalment.outstandingFen(), line.currency);
        case OverdueColumn: return overdueFen ? amountText(overdueFen, line.currency) : QString();
        case DaysColumn: return line.daysOverdue ? QString::number(line.daysOverdue) : QString();
        case AgeingColumn: {
            if (line.bucket)
                return ContractRules::bucketName(*line.bucket);
            const qint64 days = m_report.asOf.daysTo(instalment.due);
            if (days == 0)
                return tr("due today");
            return days <= 7 ? tr("due in %n day(s)", nullptr, int(days))
                             : ReceivablesSummary::ageingName(line);
        }
        }
        return {};
    case SortRole:
        switch (column) {
        case DueColumn: return instalment.due;
        case AmountColumn: return instalment.amountFen;
        case PaidColumn: return instalment.paidFen;
        case OutstandingColumn: return instalment.outstandingFen();
        case OverdueColumn: return overdueFen;
        case DaysColumn:
        case AgeingColumn: return line.daysOverdue;
        default: return lineData(line, column, Qt::DisplayRole);
        }
    case CustomerIdRole: return line.customerId;
    case Qt::BackgroundRole: return line.bucket ? QVariant(severityColor(line.bucket)) : QVariant();
    case Qt::ForegroundRole:
        if (line.bucket &&
            (column == OverdueColumn || column == DaysColumn || column == AgeingColumn))
            return kOverdueText;
        return {};
    case Qt::ToolTipRole:
        if (column == ContractColumn && !instalment.note.isEmpty())
            return instalment.note;
        if (column == CustomerColumn)
            return QString(line.customerName + QStringLiteral(" (") + line.customerId + u')');
        return {};
    default: return {};
    }
}

QVariant ReceivablesModel::groupData(const ReceivablesGroup &group, int column, int role) const
{
    const ReceivablesTotals &totals = group.totals;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ContractColumn:
            return QString(group.label + QStringLiteral("  ·  ") + QString::number(totals.lines));
        case AmountColumn: return amountText(totals.amountFen, {});
        case PaidColumn: return totals.paidFen ? amountText(totals.paidFen, {}) : QString();
        case OutstandingColumn: return amountText(totals.outstandingFen, {});
        case OverdueColumn:
            return totals.overdueFen ? amountText(totals.overdueFen, {}) : QString();
        case DaysColumn:
            return totals.maxDaysOverdue ? QString::number(totals.maxDaysOverdue) : QString();
        case AgeingColumn: {
            // The oldest of the group's lines.
            const auto worst = ContractRules::bucket(totals.maxDaysOverdue);
            return worst ? ContractRules::bucketName(*worst) : QString();
        }
        default: return {};
        }
    case SortRole:
        switch (column) {
        case ContractColumn: return group.label;
        case AmountColumn: return totals.amountFen;
        case PaidColumn: return totals.paidFen;
        case OutstandingColumn: return totals.outstandingFen;
        case OverdueColumn: return totals.overdueFen;
        case DaysColumn:
        case AgeingColumn: return totals.maxDaysOverdue;
        default: return QString();
        }
    case CustomerIdRole: return m_grouping == ReceivablesGrouping::Customer ? group.key : QString();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole:
        if (totals.overdueFen &&
            (column == OverdueColumn || column == DaysColumn || column == AgeingColumn))
            return kOverdueText;
        return {};
    case Qt::ToolTipRole:
        if (column == ContractColumn)
            return group.label;
        return {};
    default: return {};
    }
}

QVariant ReceivablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isAmount(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OverdueColumn: return tr("What is still open of the overdue instalments");
        case DaysColumn: return tr("Calendar days past the due date (R16)");
        case AgeingColumn: return tr("R16 ageing: 1–30, 31–60, 61–90, over 90 days");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ContractColumn: return grouped() ? tr("Group / contract") : tr("Contract");
    case CustomerIdColumn: return tr("Customer id");
    case CustomerColumn: return tr("Customer");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case AmountColumn: return tr("Amount");
    case PaidColumn: return tr("Paid");
    case OutstandingColumn: return tr("Outstanding");
    case OverdueColumn: return tr("Overdue");
    case DaysColumn: return tr("Days");
    case AgeingColumn: return tr("Ageing");
    default: return {};
    }
}

} // namespace sf::ui
