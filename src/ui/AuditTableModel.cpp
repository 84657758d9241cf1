// SPDX-License-Identifier: MIT
#include "ui/AuditTableModel.h"

#include "services/AuditService.h"
#include "services/AuditTexts.h"
#include "services/Workspace.h"

namespace sf::ui {
namespace {

QString elided(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ');
    if (line.size() <= AuditTableModel::kShownChars)
        return line;
    return line.left(AuditTableModel::kShownChars - 1) + u'…';
}

} // namespace

AuditTableModel::AuditTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{}

void AuditTableModel::showPage(const AuditQuery &query, const AuditPage &page)
{
    m_resetting = true;
    beginResetModel();
    m_query = query;
    m_query.after.reset();
    m_entries = page.entries;
    m_next = page.next;
    m_fetching = false;
    m_error.clear();
    endResetModel();
    m_resetting = false;
}

void AuditTableModel::appendPage(const AuditPage &page)
{
    m_fetching = false;
    m_next = page.next;
    if (page.entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page.entries.size()) - 1);
    m_entries.append(page.entries);
    endInsertRows();
}

void AuditTableModel::stopFetching()
{
    m_fetching = false;
    m_next.reset();
}

void AuditTableModel::setCustomer(const QString &customerId, int limit)
{
    m_resetting = true;
    beginResetModel();
    m_query = AuditQuery{};
    m_entries.clear();
    m_next.reset();
    m_fetching = false;
    m_error.clear();
    if (!customerId.isEmpty()) {
        auto entries = m_workspace.audit().forCustomer(customerId, limit);
        if (entries)
            m_entries = *entries;
        else
            m_error = entries.error().message;
    }
    endResetModel();
    m_resetting = false;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::text(const AuditEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn: return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn: return entry.actor;
    case EntityColumn: return AuditTexts::entity(entry.entity);
    case IdColumn: return entry.entityId;
    case FieldColumn: return AuditTexts::field(entry.field);
    case OldValueColumn: return entry.oldValue;
    case NewValueColumn: return entry.newValue;
    default: return {};
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    const QString value = text(entry, index.column());
    switch (role) {
    case Qt::DisplayRole: return elided(value);
    case Qt::ToolTipRole:
        // The whole text where the cell shows it shortened.
        return elided(value) != value ? QVariant(value) : QVariant();
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case EntityColumn: return tr("Entity");
    case IdColumn: return tr("Id");
    case FieldColumn: return tr("Field");
    case OldValueColumn: return tr("Old value");
    case NewValueColumn: return tr("New value");
    default: return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_next.has_value();
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    AuditQuery next = m_query;
    next.after = m_next;
    m_fetching = true;
    Q_EMIT moreRequested(next);
}

} // namespace sf::ui
