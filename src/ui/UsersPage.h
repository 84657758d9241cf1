// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace sf {
class Workspace;
}

namespace sf::ui {

class UserModel;

// The people of the team and their roles; administrators add and edit users and set passwords.
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    UserModel *model() const { return m_model; }

    void addUser();
    void editSelected();
    void setSelectedPassword();

private:
    std::optional<User> selectedUser() const;
    void updateButtons();

    Workspace &m_workspace;
    UserModel *m_model;
    QTableView *m_table;
    QLabel *m_error;
    QLabel *m_count;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_passwordButton;
};

} // namespace sf::ui
