// SPDX-License-Identifier: MIT
#include "ui/UserDialog.h"

#include "services/Passwords.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/RoleNames.h"
#include "ui_UserDialog.h"

namespace sf::ui {

UserDialog::UserDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDialog>())
    , m_workspace(workspace)
{
    setUp();
    setWindowTitle(tr("Add user"));
    m_ui->passwordNote->setText(tr("At least %1 characters. Leave it empty and the user chooses "
                                   "a password at their first sign-in.")
                                    .arg(Passwords::kMinimumLength));
    m_ui->activeCheck->hide();
    m_ui->loginEdit->setFocus();
}

UserDialog::UserDialog(Workspace &workspace, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDialog>())
    , m_workspace(workspace)
    , m_editing(user)
{
    setUp();
    setWindowTitle(tr("User %1").arg(user.login));
    m_ui->loginEdit->setText(user.login);
    m_ui->loginEdit->setReadOnly(true);
    m_ui->nameEdit->setText(user.name);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(roleKey(user.role)));
    m_ui->seniorCheck->setChecked(user.senior);
    m_ui->teamCombo->setCurrentText(user.team);
    m_ui->activeCheck->setChecked(user.active);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->repeatLabel), static_cast<QWidget *>(m_ui->repeatEdit),
          static_cast<QWidget *>(m_ui->passwordNote)})
        widget->hide();
    m_ui->nameEdit->setFocus();
}

UserDialog::~UserDialog() = default;

void UserDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->passwordNote->setProperty("tone", QStringLiteral("note"));
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();
    for (Role role :
         {Role::Rep, Role::Assistant, Role::Manager, Role::Legal, Role::Finance, Role::Admin})
        m_ui->roleCombo->addItem(RoleNames::name(role), roleKey(role));
    if (auto teams = m_workspace.users().teams())
        m_ui->teamCombo->addItems(*teams);
    m_ui->teamCombo->setCurrentIndex(-1);
    m_ui->teamCombo->lineEdit()->setPlaceholderText(tr("e.g. 华东 — managers see their team"));
    const auto updateSenior = [this] {
        const bool rep = m_ui->roleCombo->currentData().toString() == roleKey(Role::Rep);
        m_ui->seniorCheck->setEnabled(rep);
        if (!rep)
            m_ui->seniorCheck->setChecked(false);
    };
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, updateSenior);
    updateSenior();
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
}

User UserDialog::entered() const
{
    User user = m_editing.value_or(User{});
    user.login = m_ui->loginEdit->text().trimmed();
    user.name = m_ui->nameEdit->text().trimmed();
    user.role = roleFromKey(m_ui->roleCombo->currentData().toString()).value_or(Role::Rep);
    user.senior = m_ui->seniorCheck->isChecked();
    user.team = m_ui->teamCombo->currentText().trimmed();
    user.active = m_ui->activeCheck->isChecked();
    return user;
}

void UserDialog::accept()
{
    const User user = entered();
    if (m_editing) {
        auto updated = m_workspace.users().update(user);
        if (!updated)
            return showError(updated.error().message);
        m_saved = *updated;
        QDialog::accept();
        return;
    }
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return showError(tr("The two passwords differ."));
    }
    auto added = m_workspace.users().add(user, m_ui->passwordEdit->text());
    if (!added)
        return showError(added.error().message);
    m_saved = *added;
    QDialog::accept();
}

void UserDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace sf::ui
