// SPDX-License-Identifier: MIT
#include "ui/CalendarAdminPage.h"

#include "services/CalendarService.h"
#include "services/Workspace.h"
#include "ui/SpecialDayDialog.h"
#include "ui/SpecialDayModel.h"
#include "ui/TableViews.h"
#include "ui/Theme.h"
#include "ui_CalendarAdminPage.h"

#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace sf::ui {
namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2099;

// A chevron pointing left or right, for the year buttons.
QIcon chevron(bool left)
{
    const qreal ratio = 2.0;
    QPixmap pixmap(qRound(16 * ratio), qRound(16 * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(QColor::fromRgb(colors::mutedText), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const qreal tip = left ? 5.5 : 10.5;
    const qreal back = left ? 10 : 6;
    painter.drawPolyline(QPolygonF({QPointF(back, 3.5), QPointF(tip, 8), QPointF(back, 12.5)}));
    return QIcon(pixmap);
}

} // namespace

CalendarAdminPage::CalendarAdminPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CalendarAdminPage>())
    , m_workspace(workspace)
    , m_model(new SpecialDayModel(this))
    , m_canEdit(workspace.actor().role == Role::Admin)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();
    m_ui->summaryLabel->setWordWrap(true);
    m_ui->daysTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_ui->dayTable->setModel(m_model);
    setUpTableView(m_ui->dayTable);
    sizeTableColumns();
    m_ui->yearView->setToolTip(tr("Double-click a day to add or edit it."));
    m_ui->addButton->setProperty("role", QStringLiteral("primary"));
    m_ui->yearView->setToday(today());
    m_ui->previousYearButton->setIcon(chevron(true));
    m_ui->nextYearButton->setIcon(chevron(false));
    m_ui->dayTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &CalendarAdminPage::loadYear);
    connect(m_ui->previousYearButton, &QToolButton::clicked, this,
            [this] { showYear(year() - 1); });
    connect(m_ui->nextYearButton, &QToolButton::clicked, this, [this] { showYear(year() + 1); });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        const QDate chosen = m_ui->yearView->selectedDate();
        addDay(chosen.isValid() && m_model->rowOf(chosen) < 0 ? chosen : QDate());
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, &CalendarAdminPage::editDay);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CalendarAdminPage::removeDay);
    connect(m_ui->importButton, &QPushButton::clicked, this, &CalendarAdminPage::importSchedule);
    connect(m_ui->dayTable, &QTableView::doubleClicked, this, &CalendarAdminPage::editDay);
    connect(m_ui->dayTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const auto day = selectedDay())
            m_ui->yearView->setSelectedDate(day->date);
        updateButtons();
    });
    connect(m_ui->yearView, &YearCalendarView::dateClicked, this, &CalendarAdminPage::selectDate);
    connect(m_ui->yearView, &YearCalendarView::dateActivated, this,
            &CalendarAdminPage::activateDate);

    if (!m_canEdit) {
        const QString reason = tr("Only an administrator may change the holiday calendar.");
        for (QPushButton *button :
             {m_ui->addButton, m_ui->editButton, m_ui->removeButton, m_ui->importButton})
            button->setToolTip(reason);
    }
    fillYears(today().year());
}

CalendarAdminPage::~CalendarAdminPage() = default;

// Fixed columns wide enough for their texts in the language in use, and a table at least that
// wide: the year view beside it gives way instead, so that no holiday name is cut off.
void CalendarAdminPage::sizeTableColumns()
{
    QHeaderView *header = m_ui->dayTable->horizontalHeader();
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    const QFontMetrics metrics(m_ui->dayTable->font());
    constexpr int padding = 30;
    constexpr int icon = 18;
    constexpr int nameWidth = 76;
    auto columnWidth = [&](int column, std::initializer_list<QString> samples) {
        int width =
            headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        return width + padding;
    };
    const QLocale locale;
    QStringList weekdays;
    for (int day = 1; day <= 7; ++day)
        weekdays.append(locale.dayName(day, QLocale::ShortFormat));
    const int widths[] = {
        columnWidth(SpecialDayModel::DateColumn, {QStringLiteral("2026-09-30")}),
        columnWidth(SpecialDayModel::WeekdayColumn,
                    {*std::max_element(weekdays.cbegin(), weekdays.cend(),
                                       [&metrics](const QString &a, const QString &b) {
                                           return metrics.horizontalAdvance(a) <
                                                  metrics.horizontalAdvance(b);
                                       })}),
        columnWidth(SpecialDayModel::KindColumn,
                    {SpecialDayModel::kindName(true), SpecialDayModel::kindName(false)}) +
            icon,
    };
    int total = nameWidth;
    for (int column = 0; column < int(std::size(widths)); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, widths[column]);
        total += widths[column];
    }
    header->setSectionResizeMode(SpecialDayModel::NameColumn, QHeaderView::Stretch);
    const int frameAndScrollBar = 2 * m_ui->dayTable->frameWidth() + 14;
    m_ui->dayTable->setMinimumWidth(total + frameAndScrollBar);
}

QDate CalendarAdminPage::today() const
{
    return m_workspace.today();
}

int CalendarAdminPage::year() const
{
    return m_ui->yearCombo->currentData().toInt();
}

void CalendarAdminPage::showYear(int year)
{
    if (year < kFirstYear || year > kLastYear)
        return;
    if (const int index = m_ui->yearCombo->findData(year); index >= 0)
        m_ui->yearCombo->setCurrentIndex(index);
    else
        fillYears(year);
}

void CalendarAdminPage::fillYears(int selectYear)
{
    auto stored = m_workspace.calendar().years();
    m_years = stored ? *stored : QList<CalendarYear>();
    QList<int> years{today().year(), selectYear};
    for (const CalendarYear &entry : std::as_const(m_years))
        years.append(entry.year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());

    const QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    for (int entry : std::as_const(years))
        m_ui->yearCombo->addItem(QString::number(entry), entry);
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(selectYear));
    loadYear();
    if (!stored) {
        m_ui->errorLabel->setText(stored.error().message);
        m_ui->errorLabel->show();
    }
}

void CalendarAdminPage::loadYear()
{
    const int shown = year();
    m_ui->errorLabel->hide();
    auto days = m_workspace.calendar().daysOfYear(shown);
    m_model->setDays(days ? *days : QList<CalendarDay>());
    // The year view shades every date of the calendar year, whichever schedule lists it.
    QHash<QDate, CalendarDay> special;
    if (auto calendar = m_workspace.calendar().workCalendar()) {
        const QDate last(shown, 12, 31);
        for (QDate date(shown, 1, 1); date <= last; date = date.addDays(1)) {
            if (const auto info = calendar->dayInfo(date))
                special.insert(date, *info);
        }
    } else {
        m_ui->errorLabel->setText(calendar.error().message);
        m_ui->errorLabel->show();
    }
    if (!days) {
        m_ui->errorLabel->setText(days.error().message);
        m_ui->errorLabel->show();
    }
    m_ui->yearView->setYear(shown);
    m_ui->yearView->setSpecialDays(special);
    m_ui->previousYearButton->setEnabled(shown > kFirstYear);
    m_ui->nextYearButton->setEnabled(shown < kLastYear);
    updateSummary();
    updateButtons();
}

void CalendarAdminPage::updateSummary()
{
    const int shown = year();
    const auto entry = std::find_if(m_years.cbegin(), m_years.cend(),
                                    [shown](const CalendarYear &y) { return y.year == shown; });
    if (entry == m_years.cend() || m_model->rowCount() == 0) {
        m_ui->summaryLabel->setProperty("tone", QStringLiteral("notice"));
        m_ui->summaryLabel->setText(tr("No holiday schedule for %1 yet: only weekends are off. "
                                       "Import the official schedule or add its days.")
                                        .arg(shown));
    } else {
        const int off = m_model->countOffDays();
        m_ui->summaryLabel->setProperty("tone", QStringLiteral("note"));
        m_ui->summaryLabel->setText(
            tr("%1 days off and %2 make-up working days · from %3, %4")
                .arg(off)
                .arg(m_model->rowCount() - off)
                .arg(entry->source, QLocale().toString(entry->importedAt.toLocalTime().date(),
                                                       QLocale::ShortFormat)));
    }
    // The tone property changed: let the style sheet see it.
    m_ui->summaryLabel->style()->unpolish(m_ui->summaryLabel);
    m_ui->summaryLabel->style()->polish(m_ui->summaryLabel);
}

void CalendarAdminPage::updateButtons()
{
    const bool selected = selectedDay().has_value();
    m_ui->addButton->setEnabled(m_canEdit);
    m_ui->importButton->setEnabled(m_canEdit);
    m_ui->editButton->setEnabled(m_canEdit && selected);
    m_ui->removeButton->setEnabled(m_canEdit && selected);
}

std::optional<CalendarDay> CalendarAdminPage::selectedDay() const
{
    const QModelIndexList rows = m_ui->dayTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->day(rows.first().row());
}

void CalendarAdminPage::selectDate(QDate date)
{
    const int row = m_model->rowOf(date);
    if (row < 0) {
        m_ui->dayTable->clearSelection();
    } else {
        m_ui->dayTable->selectRow(row);
        m_ui->dayTable->scrollTo(m_model->index(row, 0));
    }
    m_ui->yearView->setSelectedDate(date);
}

void CalendarAdminPage::activateDate(QDate date)
{
    if (!m_canEdit)
        return;
    if (m_model->rowOf(date) >= 0) {
        selectDate(date);
        editDay();
    } else {
        addDay(date);
    }
}

void CalendarAdminPage::addDay(QDate date)
{
    const int shown = year();
    if (!date.isValid())
        date = today().year() == shown ? today() : QDate(shown, 1, 1);
    SpecialDayDialog dialog(
        shown,
        [this, shown](const CalendarDay &day) { return m_workspace.calendar().setDay(shown, day); },
        this);
    // Weekdays are usually added as days off, weekends as make-up working days.
    dialog.setDay({date, date.dayOfWeek() < Qt::Saturday, {}}, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillYears(shown);
    selectDate(dialog.day().date);
}

void CalendarAdminPage::editDay()
{
    const auto day = selectedDay();
    if (!day || !m_canEdit)
        return;
    const int shown = year();
    SpecialDayDialog dialog(
        shown,
        [this, shown](const CalendarDay &changed) {
            return m_workspace.calendar().setDay(shown, changed);
        },
        this);
    dialog.setDay(*day, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadYear();
    selectDate(day->date);
}

void CalendarAdminPage::removeDay()
{
    const auto day = selectedDay();
    if (!day || !m_canEdit)
        return;
    const QString date = QLocale().toString(day->date, QLocale::LongFormat);
    const auto answer = QMessageBox::question(
        this, tr("Remove special day"),
        tr("Remove %1 (%2, %3)?\n\nThe date then follows the weekly rhythm again: Monday to "
           "Friday work, weekends off.")
            .arg(date, day->name, SpecialDayModel::kindName(day->offDay)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status removed = m_workspace.calendar().removeDay(day->date); !removed)
        QMessageBox::warning(this, tr("Remove special day"), removed.error().message);
    fillYears(year());
}

void CalendarAdminPage::importSchedule()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import holiday schedule"), QString(),
                                     tr("Holiday schedules (*.json *.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported = m_workspace.calendar().importFile(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Import holiday schedule"),
                             tr("Nothing was imported.\n\n%1").arg(imported.error().message));
        return;
    }
    fillYears(imported->year);
    QMessageBox::information(
        this, tr("Import holiday schedule"),
        tr("The %1 schedule was imported: %2 days off and %3 make-up working days. It replaces "
           "what the database held for %1.")
            .arg(imported->year)
            .arg(imported->daysOff)
            .arg(imported->makeUpDays));
}

} // namespace sf::ui
