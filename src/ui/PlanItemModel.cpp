// SPDX-License-Identifier: MIT
#include "ui/PlanItemModel.h"

#include <QCoreApplication>

namespace sf::ui {

PlanItemModel::PlanItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanItemModel::setItems(QList<PlanItem> items, QList<FollowUpMark> marks, QDate today)
{
    beginResetModel();
    m_items = std::move(items);
    m_marks = std::move(marks);
    m_today = today;
    endResetModel();
}

const PlanItem *PlanItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int PlanItemModel::rowOfItem(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

bool PlanItemModel::isOverdue(const PlanItem &item) const
{
    return item.due < m_today && item.status != PlanItemStatus::Done &&
           item.status != PlanItemStatus::Cancelled;
}

int PlanItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanItemModel::data(const QModelIndex &index, int role) const
{
    const PlanItem *p = item(index.row());
    if (!p)
        return {};
    switch (role) {
    case ItemIdRole: return p->id;
    case CustomerIdRole: return p->customerId;
    case StartRole: return p->start;
    case DueRole: return p->due;
    case ProgressRole: return p->progress;
    case OverdueRole: return isOverdue(*p);
    case ClosedRole:
        return p->status == PlanItemStatus::Done || p->status == PlanItemStatus::Cancelled;
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn: return QString(p->customerId + u' ' + p->customerName);
        case GoalColumn: return p->goal;
        case ActionColumn: return p->action;
        case CounterpartColumn: return p->counterpart;
        case MethodColumn: return FollowUpTexts::method(p->method);
        case StartColumn: return p->start.toString(Qt::ISODate);
        case DueColumn: return p->due.toString(Qt::ISODate);
        case ProgressColumn: return QStringLiteral("%1%").arg(p->progress);
        case StatusColumn: return FollowUpTexts::planStatus(p->status);
        default: return {};
        }
    default: return {};
    }
}

QVariant PlanItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn: return tr("Customer");
    case GoalColumn: return tr("Stage goal");
    case ActionColumn: return tr("Action");
    case CounterpartColumn: return tr("With whom");
    case MethodColumn: return tr("Method");
    case StartColumn: return tr("Start");
    case DueColumn: return tr("Due");
    case ProgressColumn: return tr("Progress");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QString FollowUpTexts::method(ContactMethod method)
{
    return FollowUpRules::methodName(method);
}

QString FollowUpTexts::stage(OpportunityStage stage)
{
    return FollowUpRules::stageName(stage);
}

QStringList FollowUpTexts::counterparts(const Customer &customer)
{
    QStringList names;
    for (const Contact &contact : customer.contacts)
        names << (contact.title.isEmpty() ? contact.name : contact.name + u' ' + contact.title);
    return names;
}

QString FollowUpTexts::planStatus(PlanItemStatus status)
{
    return FollowUpRules::planStatusName(status);
}

} // namespace sf::ui
