// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// Signing in at start: login and password; a user without a password yet (added without one)
// chooses it here; on the first start of a new database, the administrator chooses theirs. On
// acceptance the workspace acts as the signed-in user.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Workspace &workspace, const QString &lastLogin = {},
                          QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString signedInLogin() const { return m_login; }

    // Whether the choose-a-password step is showing (for tests and screenshots).
    bool choosingPassword() const;
    // Shows the login and password, also on a first start (for the screenshots).
    void showSignInPage();

public Q_SLOTS:
    void accept() override;

private:
    void signIn();
    void choose();
    void showChoosePage(const QString &login, const QString &intro);
    void showError(const QString &message);
    void finish(const QString &login);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Workspace &m_workspace;
    QString m_login;
    QString m_choosingFor;
};

} // namespace sf::ui
