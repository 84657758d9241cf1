// SPDX-License-Identifier: MIT
#include "ui/UsersPage.h"

#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/PasswordDialog.h"
#include "ui/TableViews.h"
#include "ui/UserDialog.h"
#include "ui/UserModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sf::ui {

UsersPage::UsersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new UserModel(this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
    , m_count(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add user…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_passwordButton(new QPushButton(tr("Set &password…"), this))
{
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    setUpTableView(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(UserModel::LoginColumn, 140);
    header->resizeSection(UserModel::NameColumn, 200);
    header->resizeSection(UserModel::RoleColumn, 160);
    header->resizeSection(UserModel::SeniorColumn, 110);
    header->resizeSection(UserModel::TeamColumn, 160);
    m_error->setProperty("tone", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_count->setProperty("tone", QStringLiteral("note"));

    auto *intro = new QLabel(tr("Everyone who works in SalesFlow, with the role that decides what "
                                "they may do (docs/permissions.md). Senior reps may own A "
                                "customers (R6); a manager sees the customers of their team. A "
                                "user added without a password chooses one at the first sign-in."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("tone", QStringLiteral("note"));
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_addButton->setProperty("role", QStringLiteral("primary"));
    m_editButton->setObjectName(QStringLiteral("editUserButton"));
    m_passwordButton->setObjectName(QStringLiteral("setPasswordButton"));
    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_editButton, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_passwordButton, &QPushButton::clicked, this, &UsersPage::setSelectedPassword);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_passwordButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    reload();
}

void UsersPage::reload()
{
    auto users = m_workspace.users().list();
    m_model->setUsers(users ? *users : QList<User>());
    m_error->setVisible(!users);
    if (!users)
        m_error->setText(users.error().message);
    m_count->setText(tr("%n user(s)", nullptr, m_model->rowCount()));
    updateButtons();
}

void UsersPage::updateButtons()
{
    const bool admin = m_workspace.actor().role == Role::Admin;
    const bool selected = selectedUser().has_value();
    m_addButton->setEnabled(admin);
    m_editButton->setEnabled(admin && selected);
    m_passwordButton->setEnabled(admin && selected);
    const QString onlyAdmins = admin ? QString() : tr("Only an administrator manages users.");
    for (QPushButton *button : {m_addButton, m_editButton, m_passwordButton})
        button->setToolTip(onlyAdmins);
}

std::optional<User> UsersPage::selectedUser() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return m_model->user(current.row());
}

void UsersPage::addUser()
{
    UserDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::editSelected()
{
    const std::optional<User> user = selectedUser();
    if (!user || m_workspace.actor().role != Role::Admin)
        return;
    UserDialog dialog(m_workspace, *user, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::setSelectedPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    PasswordDialog dialog(m_workspace, user->login, this);
    dialog.exec();
}

} // namespace sf::ui
