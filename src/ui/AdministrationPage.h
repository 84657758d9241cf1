// SPDX-License-Identifier: MIT
#pragma once

#include "ui/PageCatalogue.h"

#include <QWidget>

class QTabWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

class AuditTrailPage;
class CalendarAdminPage;
class RegionsPage;
class UsersPage;

// What an administrator looks after: the holiday calendar, the sales regions, the users and the
// audit trail.
class AdministrationPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { CalendarTab, RegionsTab, UsersTab, AuditTab };

    AdministrationPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);

    void showTab(Tab tab);
    CalendarAdminPage *calendarPage() const { return m_calendar; }
    RegionsPage *regionsPage() const { return m_regions; }
    UsersPage *usersPage() const { return m_users; }
    AuditTrailPage *auditPage() const { return m_audit; }

private:
    QTabWidget *m_tabs;
    CalendarAdminPage *m_calendar;
    RegionsPage *m_regions;
    UsersPage *m_users;
    AuditTrailPage *m_audit;
};

} // namespace sf::ui
