// SPDX-License-Identifier: MIT
#include "ui/UserModel.h"

#include "ui/RoleNames.h"
#include "ui/Theme.h"

#include <QColor>

#include <algorithm>

namespace sf::ui {

UserModel::UserModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserModel::setUsers(QList<User> users)
{
    std::sort(users.begin(), users.end(),
              [](const User &a, const User &b) { return a.login < b.login; });
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LoginColumn: return user.login;
        case NameColumn: return user.name;
        case RoleColumn: return RoleNames::name(user.role);
        case SeniorColumn: return user.senior ? tr("Senior") : QString();
        case TeamColumn: return user.team;
        case StatusColumn: return user.active ? tr("Active") : tr("Deactivated");
        default: return {};
        }
    case Qt::ForegroundRole:
        if (!user.active)
            return QColor::fromRgb(colors::mutedText);
        if (index.column() == SeniorColumn)
            return QColor::fromRgb(colors::accent);
        if (index.column() == StatusColumn)
            return QColor(0x15, 0x80, 0x3d);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SeniorColumn && user.senior)
            return tr("A senior rep may own A customers (R6).");
        return {};
    default: return {};
    }
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn: return tr("Login");
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case SeniorColumn: return tr("Seniority");
    case TeamColumn: return tr("Team");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace sf::ui
