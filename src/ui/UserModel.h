// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace sf::ui {

// The people of the team, read-only: login, name, role, seniority (R6), team, status.
class UserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserModel)

public:
    enum Column {
        LoginColumn,
        NameColumn,
        RoleColumn,
        SeniorColumn,
        TeamColumn,
        StatusColumn,
        ColumnCount
    };

    explicit UserModel(QObject *parent = nullptr);

    void setUsers(QList<User> users);
    const User &user(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace sf::ui
