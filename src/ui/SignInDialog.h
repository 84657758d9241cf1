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
//
// On a team server signing in is connecting: the login and password are the user's PostgreSQL
// role's, and the workspace is opened only then. "Connection…" chooses another database.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Signs in to a workspace that is open already (its database cannot be changed here).
    explicit SignInDialog(Workspace &workspace, const QString &lastLogin = {},
                          QWidget *parent = nullptr);
    // Signs in to the database at `location` (a file, opened at once, or a postgresql:// URL),
    // with a "Connection…" button to choose another.
    explicit SignInDialog(const QString &location, const QString &lastLogin = {},
                          QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString signedInLogin() const { return m_login; }
    // The database signed in to: the one given, or the one chosen under "Connection…".
    QString location() const { return m_location; }
    // After acceptance, the workspace this dialog opened, acting as the signed-in user (null when
    // it was given one).
    std::unique_ptr<Workspace> takeWorkspace();
    // Whether the choose-a-password step is showing (for tests and screenshots).
    bool choosingPassword() const;
    // Shows the login and password, also on a first start (for the screenshots).
    void showSignInPage();

public Q_SLOTS:
    void accept() override;

private:
    void setUp(const QString &lastLogin);
    // Opens the location given or chosen under "Connection…".
    void setLocation(const QString &location);
    // Upgrades the file at `location` to this version's schema in a thread of its own, showing
    // that it does; returns when it is done, with why it failed (empty when it did not).
    QString upgrade(const QString &location);
    void showLocation();
    void chooseConnection();
    void signIn();
    void signInToServer(const QString &login, const QString &password);
    void refused(const QString &message);
    void choose();
    void showChoosePage(const QString &login, const QString &intro);
    void showError(const QString &message);
    void finish(const QString &login);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    // The workspace signed in to: given, or opened here (a file at once, a server at sign-in).
    Workspace *m_workspace = nullptr;
    std::unique_ptr<Workspace> m_opened;
    QString m_location;
    QString m_login;
    QString m_choosingFor;
};

} // namespace sf::ui
