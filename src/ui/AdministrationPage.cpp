// SPDX-License-Identifier: MIT
#include "ui/AdministrationPage.h"

#include "ui/AuditTrailPage.h"
#include "ui/CalendarAdminPage.h"
#include "ui/PageHeader.h"
#include "ui/RegionsPage.h"
#include "ui/UsersPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace sf::ui {

AdministrationPage::AdministrationPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_calendar(new CalendarAdminPage(workspace, m_tabs))
    , m_regions(new RegionsPage(workspace, m_tabs))
    , m_users(new UsersPage(workspace, m_tabs))
    , m_audit(new AuditTrailPage(workspace, m_tabs))
{
    setObjectName(info.key);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setDocumentMode(false);
    m_tabs->addTab(m_calendar, tr("Holiday calendar"));
    m_tabs->addTab(m_regions, tr("Regions"));
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_audit, tr("Audit trail"));
    // The lists may have changed elsewhere (the command line, another desktop).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == RegionsTab)
            m_regions->reload();
        else if (index == UsersTab)
            m_users->reload();
        else if (index == AuditTab)
            m_audit->reload(); // read only when shown: the trail may hold millions of entries
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addWidget(m_tabs, 1);
}

void AdministrationPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

} // namespace sf::ui
