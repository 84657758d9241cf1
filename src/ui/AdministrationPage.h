// SPDX-License-Identifier: MIT
#pragma once

#include "ui/PageCatalogue.h"

#include <QWidget>

class QTabWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

class CalendarAdminPage;
class RegionsPage;
class UsersPage;

// What an administrator looks after: the holiday calendar, the sales regions and the users.
class AdministrationPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { CalendarTab, RegionsTab, UsersTab };

    AdministrationPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);

    void showTab(Tab tab);
    CalendarAdminPage *calendarPage() const { return m_calendar; }
    RegionsPage *regionsPage() const { return m_regions; }
    UsersPage *usersPage() const { return m_users; }

private:
    QTabWidget *m_tabs;
    CalendarAdminPage *m_calendar;
    RegionsPage *m_regions;
    UsersPage *m_users;
};

} // namespace sf::ui
