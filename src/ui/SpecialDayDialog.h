// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SpecialDayDialog;
}

namespace sf::ui {

// Adds or edits one day off or make-up working day of a holiday schedule. OK hands the day to
// `submit` (the calendar service); if that refuses, the reason is shown and the dialog stays.
class SpecialDayDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const CalendarDay &day)>;

    SpecialDayDialog(int scheduleYear, Submit submit, QWidget *parent = nullptr);
    ~SpecialDayDialog() override;

    // Starts from `day`; an existing day keeps its date (remove it to move a holiday).
    void setDay(const CalendarDay &day, bool existing);
    CalendarDay day() const;

    void accept() override;

private:
    void updateHint();
    void showError(const QString &message);

    std::unique_ptr<::Ui::SpecialDayDialog> m_ui;
    int m_scheduleYear;
    Submit m_submit;
};

} // namespace sf::ui
