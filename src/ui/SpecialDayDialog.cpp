// SPDX-License-Identifier: MIT
#include "ui/SpecialDayDialog.h"

#include "ui_SpecialDayDialog.h"

#include <QLocale>
#include <QPushButton>

namespace sf::ui {
namespace {

constexpr int kOffDayIndex = 0;
constexpr int kMakeUpIndex = 1;

} // namespace

SpecialDayDialog::SpecialDayDialog(int scheduleYear, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SpecialDayDialog>())
    , m_scheduleYear(scheduleYear)
    , m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add a special day to %1").arg(scheduleYear));
    m_ui->hintLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();
    // A schedule may reach into its neighbouring years (e.g. New Year's Eve make-up days).
    m_ui->dateEdit->setDateRange(QDate(scheduleYear - 1, 12, 1), QDate(scheduleYear + 1, 1, 31));
    m_ui->dateEdit->setDate(QDate(scheduleYear, 1, 1));
    m_ui->weekdayLabel->setMinimumWidth(80);

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &SpecialDayDialog::updateHint);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SpecialDayDialog::updateHint);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QWidget::hide);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SpecialDayDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SpecialDayDialog::reject);
    updateHint();
    setMinimumWidth(460);
}

SpecialDayDialog::~SpecialDayDialog() = default;

void SpecialDayDialog::setDay(const CalendarDay &day, bool existing)
{
    m_ui->dateEdit->setDate(day.date);
    m_ui->dateEdit->setEnabled(!existing);
    if (existing)
        m_ui->dateEdit->setToolTip(tr("To move a holiday, remove this day and add another."));
    m_ui->kindCombo->setCurrentIndex(day.offDay ? kOffDayIndex : kMakeUpIndex);
    m_ui->nameEdit->setText(day.name);
    setWindowTitle(existing ? tr("Edit special day")
                            : tr("Add a special day to %1").arg(m_scheduleYear));
    if (existing)
        m_ui->nameEdit->setFocus();
    updateHint();
}

CalendarDay SpecialDayDialog::day() const
{
    return {m_ui->dateEdit->date(), m_ui->kindCombo->currentIndex() == kOffDayIndex,
            m_ui->nameEdit->text().trimmed()};
}

void SpecialDayDialog::updateHint()
{
    const QDate date = m_ui->dateEdit->date();
    const QString weekday = QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat);
    m_ui->weekdayLabel->setText(weekday);
    const bool weekend = date.dayOfWeek() >= Qt::Saturday;
    const bool offDay = m_ui->kindCombo->currentIndex() == kOffDayIndex;
    QString hint;
    if (offDay && !weekend)
        hint = tr("Nobody works on this %1: every working-day deadline skips it.").arg(weekday);
    else if (offDay)
        hint = tr("A %1 is off anyway; listing it names the holiday it belongs to.").arg(weekday);
    else if (weekend)
        hint = tr("The team works on this %1 to make up for a holiday: working-day deadlines "
                  "count it.")
                   .arg(weekday);
    else
        hint = tr("A %1 is a working day anyway; make-up working days normally fall on a "
                  "weekend.")
                   .arg(weekday);
    m_ui->hintLabel->setText(hint);
    m_ui->errorLabel->hide();
}

void SpecialDayDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void SpecialDayDialog::accept()
{
    const CalendarDay chosen = day();
    if (chosen.name.isEmpty()) {
        showError(tr("Give the day a name: the holiday it belongs to, e.g. Spring Festival."));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (m_submit) {
        if (const Status status = m_submit(chosen); !status) {
            showError(status.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace sf::ui
