// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class UserDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// Adds a user (with an optional first password) or edits one: name, role, seniority, team,
// active. Administrators only; the service refuses everyone else.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // A new user; the team box offers the teams users already belong to.
    explicit UserDialog(Workspace &workspace, QWidget *parent = nullptr);
    // Edits `user` (its login stays).
    UserDialog(Workspace &workspace, const User &user, QWidget *parent = nullptr);
    ~UserDialog() override;

    User saved() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void setUp();
    User entered() const;
    void showError(const QString &message);

    std::unique_ptr<Ui::UserDialog> m_ui;
    Workspace &m_workspace;
    std::optional<User> m_editing;
    User m_saved;
};

} // namespace sf::ui
