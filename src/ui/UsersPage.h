// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace sf {
class Workspace;
}

namespace sf::ui {

class UserModel;

// The people of the team and their roles, read-only for now.
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    UserModel *model() const { return m_model; }

private:
    Workspace &m_workspace;
    UserModel *m_model;
    QTableView *m_table;
    QLabel *m_error;
    QLabel *m_count;
};

} // namespace sf::ui
