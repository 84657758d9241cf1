// SPDX-License-Identifier: MIT
#include "ui/UsersPage.h"

#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/TableViews.h"
#include "ui/UserModel.h"

#include <QHeaderView>
#include <QLabel>
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
                                "they may do. Senior reps may own A customers (R6). Signing in "
                                "and editing users arrive in a later release; until then add "
                                "users with salesflow-cli users add."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("tone", QStringLiteral("note"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    layout->addWidget(intro);
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
}

} // namespace sf::ui
