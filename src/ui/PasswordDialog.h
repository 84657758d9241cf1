// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// Changes the signed-in user's own password (after the current one), or, for an administrator,
// sets another user's password.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // Empty `login`: the signed-in user's own password.
    explicit PasswordDialog(Workspace &workspace, const QString &login = {},
                            QWidget *parent = nullptr);
    ~PasswordDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Workspace &m_workspace;
    QString m_login;
};

} // namespace sf::ui
