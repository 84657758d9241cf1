// SPDX-License-Identifier: MIT
#include "ui/PasswordDialog.h"

#include "services/Passwords.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui_PasswordDialog.h"

namespace sf::ui {

PasswordDialog::PasswordDialog(Workspace &workspace, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_workspace(workspace)
    , m_login(login)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->policyLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();
    m_ui->policyLabel->setText(
        tr("At least %1 characters; not the login.").arg(Passwords::kMinimumLength));
    const bool own = login.isEmpty();
    m_ui->currentLabel->setVisible(own);
    m_ui->currentEdit->setVisible(own);
    if (own) {
        setWindowTitle(tr("Change password"));
        m_ui->introLabel->setText(tr("Change the password of %1 (%2).")
                                      .arg(workspace.actor().name, workspace.actor().login));
        m_ui->currentEdit->setFocus();
    } else {
        setWindowTitle(tr("Set password of %1").arg(login));
        m_ui->introLabel->setText(tr("Set a new password for %1. Tell it to them in person; "
                                     "they can change it under File › Change password.")
                                      .arg(login));
        m_ui->newEdit->setFocus();
    }
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::accept()
{
    if (m_ui->newEdit->text() != m_ui->repeatEdit->text()) {
        m_ui->errorLabel->setText(tr("The two passwords differ."));
        m_ui->errorLabel->show();
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    const Status status = m_login.isEmpty()
                              ? m_workspace.users().changeOwnPassword(m_ui->currentEdit->text(),
                                                                      m_ui->newEdit->text())
                              : m_workspace.users().setPassword(m_login, m_ui->newEdit->text());
    if (!status) {
        m_ui->errorLabel->setText(status.error().message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace sf::ui
