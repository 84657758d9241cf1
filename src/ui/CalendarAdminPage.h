// SPDX-License-Identifier: MIT
#pragma once

#include "core/CalendarYear.h"
#include "core/WorkCalendar.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CalendarAdminPage;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

class SpecialDayModel;

// The holiday calendar (工作日): a year at a glance beside the list of its days off and make-up
// working days, which an administrator adds, edits, removes or imports. Every change goes
// through the calendar service; the page reloads after each.
class CalendarAdminPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarAdminPage(Workspace &workspace, QWidget *parent = nullptr);
    ~CalendarAdminPage() override;

    int year() const;
    void showYear(int year);
    SpecialDayModel *model() const { return m_model; }

private:
    void fillYears(int selectYear);
    void loadYear();
    void sizeTableColumns();
    void updateSummary();
    void updateButtons();
    QDate today() const;
    std::optional<CalendarDay> selectedDay() const;
    void selectDate(QDate date);
    void addDay(QDate date);
    void editDay();
    void removeDay();
    void importSchedule();
    void activateDate(QDate date);

    std::unique_ptr<::Ui::CalendarAdminPage> m_ui;
    Workspace &m_workspace;
    SpecialDayModel *m_model;
    QList<CalendarYear> m_years;
    bool m_canEdit;
};

} // namespace sf::ui
