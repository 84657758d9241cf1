// SPDX-License-Identifier: MIT
#include "ui/SignInDialog.h"

#include "services/Passwords.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/ConnectionDialog.h"
#include "ui/LocationTexts.h"
#include "ui_SignInDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace sf::ui {
namespace {

// After a refused attempt the button rests a moment: guessing at the keyboard stays slow.
constexpr int kPauseAfterRefusalMs = 1000;

// The window shown while a file is upgraded: it stays until the upgrade ends (neither its title
// bar nor Esc closes it), and as it is application-modal, nothing else takes clicks meanwhile.
class UpgradeProgress final : public QProgressDialog
{
public:
    UpgradeProgress(const QString &text, QWidget *parent)
        : QProgressDialog(parent)
    {
        setObjectName(QStringLiteral("upgradeProgress"));
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        setLabel(label);
        setCancelButton(nullptr);
        setRange(0, 0);
        setMinimumWidth(420);
        setWindowModality(Qt::ApplicationModal);
        setMinimumDuration(0);
    }

protected:
    void closeEvent(QCloseEvent *event) override { event->ignore(); }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() != Qt::Key_Escape)
            QProgressDialog::keyPressEvent(event);
    }
};

} // namespace

SignInDialog::SignInDialog(Workspace &workspace, const QString &lastLogin, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_workspace(&workspace)
    , m_location(workspace.databasePath())
{
    setUp(lastLogin);
    showLocation();
}

SignInDialog::SignInDialog(const QString &location, const QString &lastLogin, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    setUp(lastLogin);
    QPushButton *connection =
        m_ui->buttons->addButton(tr("&Connection…"), QDialogButtonBox::ResetRole);
    connection->setObjectName(QStringLiteral("connectionButton"));
    connection->setToolTip(
        tr("Choose the database: a file on this computer or the team's server."));
    connect(connection, &QPushButton::clicked, this, &SignInDialog::chooseConnection);
    setLocation(location);
}

void SignInDialog::setUp(const QString &lastLogin)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->introLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->policyLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->databaseLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();
    m_ui->policyLabel->setText(
        tr("At least %1 characters; not your login.").arg(Passwords::kMinimumLength));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    m_ui->loginEdit->setText(lastLogin);
}

void SignInDialog::setLocation(const QString &location)
{
    m_location = location;
    m_workspace = nullptr;
    m_opened.reset();
    if (!Workspace::isServer(location)) {
        // A file opens at once: a new database's first start asks for the administrator's
        // password before anyone can sign in.
        QString error = Workspace::needsUpgrade(location) ? upgrade(location) : QString();
        if (error.isEmpty()) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto opened = Workspace::open(location);
            QApplication::restoreOverrideCursor();
            if (opened) {
                m_opened = std::move(*opened);
                m_workspace = m_opened.get();
            } else {
                error = opened.error().message;
            }
        }
        if (!error.isEmpty()) {
            showLocation();
            showError(error);
            m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
    }
    showLocation();
}

QString SignInDialog::upgrade(const QString &location)
{
    // Opening a file of an earlier version upgrades it (a backup first): seconds for a million
    // customers. That happens in a thread of its own, on a connection of its own, while the
    // window says so; the file is then opened here as usual, at once.
    UpgradeProgress progress(tr("Upgrading the database %1 for this version of SalesFlow. A "
                                "backup copy is kept first; a large database takes a few "
                                "seconds…")
                                 .arg(LocationTexts::shortName(location)),
                             isVisible() ? this : nullptr);
    progress.setWindowTitle(tr("Upgrading the database"));
    QEventLoop waiting;
    QString error;
    std::unique_ptr<QThread> thread(QThread::create([location, &error] {
        auto opened = Workspace::open(location);
        if (!opened)
            error = opened.error().message;
    }));
    thread->setObjectName(QStringLiteral("upgrade"));
    connect(thread.get(), &QThread::finished, &waiting, &QEventLoop::quit);
    thread->start();
    progress.show();
    waiting.exec();
    thread->wait();
    return error;
}

void SignInDialog::showLocation()
{
    m_ui->databaseLabel->setText(LocationTexts::description(m_location));
    m_ui->databaseLabel->setToolTip(m_ui->databaseLabel->text());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    auto firstStart = m_workspace ? m_workspace->users().needsAdministrator() : false;
    if (firstStart && *firstStart) {
        setWindowTitle(tr("Welcome to SalesFlow"));
        showChoosePage(UserService::localAdminLogin(),
                       tr("This database has no administrator password yet. Choose the password "
                          "of the administrator account, %1: you sign in with it from now on and "
                          "add your team under Administration › Users.")
                           .arg(UserService::localAdminLogin()));
        return;
    }
    showSignInPage();
}

void SignInDialog::chooseConnection()
{
    ConnectionDialog dialog(m_location, this);
    if (dialog.exec() != QDialog::Accepted || dialog.location() == m_location)
        return;
    setLocation(dialog.location());
}

std::unique_ptr<Workspace> SignInDialog::takeWorkspace()
{
    return result() == QDialog::Accepted ? std::move(m_opened) : nullptr;
}

void SignInDialog::showSignInPage()
{
    setWindowTitle(tr("Sign in to SalesFlow"));
    m_ui->errorLabel->hide();
    m_ui->pages->setCurrentWidget(m_ui->signInPage);
    m_ui->introLabel->setText(
        Workspace::isServer(m_location)
            ? tr("Sign in to the team server with the login and password your administrator "
                 "gave you.")
            : tr("Sign in with your login and password."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    if (m_ui->loginEdit->text().isEmpty())
        m_ui->loginEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

bool SignInDialog::choosingPassword() const
{
    return m_ui->pages->currentWidget() == m_ui->choosePage;
}

void SignInDialog::accept()
{
    if (choosingPassword())
        choose();
    else
        signIn();
}

void SignInDialog::signIn()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Type your login."));
        m_ui->loginEdit->setFocus();
        return;
    }
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    if (!m_workspace) {
        signInToServer(login, password);
        return;
    }
    auto result = m_workspace->users().signIn(login, password);
    if (!result) {
        refused(result.error().message);
        return;
    }
    if (result->mustChoosePassword) {
        showChoosePage(result->user.login,
                       tr("Welcome, %1. You have no password yet: choose the one you will sign in "
                          "with from now on.")
                           .arg(result->user.name));
        return;
    }
    finish(result->user.login);
}

void SignInDialog::signInToServer(const QString &login, const QString &password)
{
    m_ui->introLabel->setText(tr("Connecting to %1…").arg(LocationTexts::shortName(m_location)));
    m_ui->introLabel->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Workspace::openAs(m_location, login, password);
    QApplication::restoreOverrideCursor();
    showSignInPage();
    if (!opened) {
        refused(opened.error().message);
        return;
    }
    m_opened = std::move(*opened);
    m_workspace = m_opened.get();
    m_login = m_workspace->actor().login;
    QDialog::accept();
}

void SignInDialog::refused(const QString &message)
{
    showError(message);
    m_ui->passwordEdit->setFocus();
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QTimer::singleShot(kPauseAfterRefusalMs, ok, [ok] { ok->setEnabled(true); });
}

void SignInDialog::choose()
{
    const QString password = m_ui->newPasswordEdit->text();
    if (password != m_ui->repeatEdit->text()) {
        showError(tr("The two passwords differ."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    auto chosen = m_workspace->users().choosePassword(m_choosingFor, password);
    if (!chosen) {
        showError(chosen.error().message);
        m_ui->newPasswordEdit->setFocus();
        return;
    }
    finish(chosen->login);
}

void SignInDialog::showChoosePage(const QString &login, const QString &intro)
{
    m_choosingFor = login;
    m_ui->errorLabel->hide();
    m_ui->introLabel->setText(intro);
    m_ui->pages->setCurrentWidget(m_ui->choosePage);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password and sign in"));
    m_ui->newPasswordEdit->setFocus();
}

void SignInDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void SignInDialog::finish(const QString &login)
{
    if (auto acting = m_workspace->actAs(login); !acting) {
        showError(acting.error().message);
        return;
    }
    m_login = login;
    QDialog::accept();
}

} // namespace sf::ui
