// SPDX-License-Identifier: MIT
#include "ui/FollowUpPlansPage.h"

#include "services/CalendarService.h"
#include "services/FollowUpService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/FollowUpDialog.h"
#include "ui/GanttView.h"
#include "ui/PageCatalogue.h"
#include "ui/PageHeader.h"
#include "ui/PlanItemDialog.h"
#include "ui/PlanItemModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

// The scope combo's value for a whole team (a login never contains a colon).
const QString kTeamPrefix = QStringLiteral("team:");

// Moving an item's dates, undoable. The first redo is the move already saved by the page.
class MoveItemCommand final : public QUndoCommand
{
public:
    MoveItemCommand(FollowUpPlansPage *page, qint64 id, QDate oldStart, QDate oldDue,
                    QDate newStart, QDate newDue)
        : m_page(page)
        , m_id(id)
        , m_old{oldStart, oldDue}
        , m_new{newStart, newDue}
    {
        setText(FollowUpPlansPage::tr("move the plan item"));
    }

    void undo() override
    {
        if (!m_page->moveItem(m_id, m_old.first, m_old.second))
            setObsolete(true);
    }
    void redo() override
    {
        if (m_saved) {
            m_saved = false;
            return;
        }
        if (!m_page->moveItem(m_id, m_new.first, m_new.second))
            setObsolete(true);
    }

private:
    FollowUpPlansPage *m_page;
    qint64 m_id;
    std::pair<QDate, QDate> m_old;
    std::pair<QDate, QDate> m_new;
    bool m_saved = true;
};

} // namespace

FollowUpPlansPage::FollowUpPlansPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PlanItemModel(this))
    , m_chart(new GanttView(this))
    , m_undo(new QUndoStack(this))
    , m_owner(new QComboBox(this))
    , m_customer(new QLineEdit(this))
    , m_zoom(new QComboBox(this))
    , m_detail(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_editButton(new QPushButton(tr("Edit…"), this))
{
    setObjectName(info.key);
    m_chart->setObjectName(QStringLiteral("planChart"));
    m_chart->setTimeZone(m_workspace.settings().timeZone());
    m_chart->setModel(m_model);
    if (auto calendar = m_workspace.calendar().workCalendar())
        m_chart->setCalendar(*calendar);
    m_owner->setObjectName(QStringLiteral("planOwner"));
    m_owner->setMinimumWidth(180);
    m_customer->setObjectName(QStringLiteral("planCustomer"));
    m_customer->setPlaceholderText(tr("One customer: its id, e.g. HZ2026001"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(240);
    m_zoom->setObjectName(QStringLiteral("planZoom"));
    for (const auto &[label, width] :
         {std::pair{tr("Days"), 32}, std::pair{tr("Weeks"), 12}, std::pair{tr("Quarter"), 6}})
        m_zoom->addItem(label, width);
    m_detail->setObjectName(QStringLiteral("planDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_notice->setObjectName(QStringLiteral("planNotice"));
    m_notice->setWordWrap(true);

    auto *newButton = new QPushButton(tr("New plan item…"), this);
    newButton->setObjectName(QStringLiteral("newPlanItem"));
    newButton->setDefault(true);
    m_editButton->setObjectName(QStringLiteral("editPlanItem"));
    auto *recordButton = new QPushButton(tr("Record follow-up…"), this);
    recordButton->setObjectName(QStringLiteral("recordFollowUp"));
    auto *undoButton = new QPushButton(tr("Undo"), this);
    undoButton->setObjectName(QStringLiteral("undoPlan"));
    undoButton->setShortcut(QKeySequence::Undo);
    auto *redoButton = new QPushButton(tr("Redo"), this);
    redoButton->setShortcut(QKeySequence::Redo);
    auto *todayButton = new QPushButton(tr("Today"), this);
    auto *exportButton = new QPushButton(tr("Export PNG…"), this);
    auto *printButton = new QPushButton(tr("Print…"), this);

    auto *scope = new QHBoxLayout;
    scope->setSpacing(8);
    scope->addWidget(new QLabel(tr("Plans of"), this));
    scope->addWidget(m_owner);
    scope->addWidget(m_customer);
    scope->addStretch(1);
    scope->addWidget(new QLabel(tr("Scale"), this));
    scope->addWidget(m_zoom);
    scope->addWidget(todayButton);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    for (QPushButton *button : {newButton, m_editButton, recordButton, undoButton, redoButton})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_notice, 3);
    actions->addWidget(exportButton);
    actions->addWidget(printButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addLayout(scope);
    layout->addLayout(actions);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_detail);

    connect(newButton, &QPushButton::clicked, this, &FollowUpPlansPage::newItem);
    connect(m_editButton, &QPushButton::clicked, this,
            [this] { editItem(m_chart->currentItemId()); });
    connect(recordButton, &QPushButton::clicked, this, &FollowUpPlansPage::recordFollowUp);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(todayButton, &QPushButton::clicked, m_chart, &GanttView::scrollToToday);
    connect(exportButton, &QPushButton::clicked, this, &FollowUpPlansPage::exportPng);
    connect(printButton, &QPushButton::clicked, this, &FollowUpPlansPage::printChart);
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setDayWidth(m_zoom->currentData().toInt()); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &FollowUpPlansPage::reload);
    connect(m_customer, &QLineEdit::editingFinished, this, &FollowUpPlansPage::reload);
    connect(m_chart, &GanttView::currentItemChanged, this, &FollowUpPlansPage::updateDetail);
    connect(m_chart, &GanttView::itemActivated, this, &FollowUpPlansPage::editItem);
    connect(m_chart, &GanttView::itemDatesChanged, this, [this](qint64 id, QDate start, QDate due) {
        const int row = m_model->rowOfItem(id);
        const PlanItem *item = m_model->item(row);
        if (!item)
            return;
        const QDate oldStart = item->start;
        const QDate oldDue = item->due;
        if (moveItem(id, start, due))
            m_undo->push(new MoveItemCommand(this, id, oldStart, oldDue, start, due));
    });

    loadOwners();
    m_chart->setDayWidth(m_zoom->currentData().toInt());
    reload();
    m_chart->scrollToToday();
}

FollowUpPlansPage::~FollowUpPlansPage() = default;

void FollowUpPlansPage::loadOwners()
{
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    auto users = m_workspace.users().list();
    if (!users)
        return;
    const QString me = m_workspace.actor().login;
    QStringList teams;
    for (const User &user : *users) {
        if (!user.team.isEmpty() && !teams.contains(user.team))
            teams << user.team;
    }
    for (const User &user : *users) {
        if (!user.active ||
            (user.role != Role::Rep && user.role != Role::Manager && user.role != Role::Assistant))
            continue;
        m_owner->addItem(user.name.isEmpty() ? user.login
                                             : user.name + QStringLiteral(" (") + user.login + u')',
                         user.login);
    }
    for (const QString &team : std::as_const(teams))
        m_owner->addItem(tr("Team %1").arg(team), QString(kTeamPrefix + team));
    const int mine = m_owner->findData(me);
    m_owner->setCurrentIndex(mine >= 0 ? mine : 0);
}

void FollowUpPlansPage::showPlans(const QString &ownerLogin, const QString &customerId)
{
    {
        const QSignalBlocker blocker(m_owner);
        const int index = m_owner->findData(ownerLogin);
        if (index >= 0)
            m_owner->setCurrentIndex(index);
    }
    m_customer->setText(customerId);
    reload();
}

void FollowUpPlansPage::reload()
{
    PlanScope scope;
    scope.customerId = m_customer->text().trimmed().toUpper();
    const QString owner = m_owner->currentData().toString();
    if (owner.startsWith(kTeamPrefix))
        scope.team = owner.mid(kTeamPrefix.size());
    else
        scope.ownerLogin = owner;
    auto chart = m_workspace.followUps().planChart(scope);
    if (!chart) {
        showNotice(chart.error().message, true);
        m_model->setItems({}, {}, m_workspace.today());
        return;
    }
    m_model->setItems(std::move(chart->items), std::move(chart->marks), m_workspace.today());
    updateDetail();
}

bool FollowUpPlansPage::moveItem(qint64 id, QDate start, QDate due)
{
    const PlanItem *current = m_model->item(m_model->rowOfItem(id));
    if (!current)
        return false;
    PlanItem item = *current;
    item.start = start;
    item.due = due;
    auto saved = m_workspace.followUps().updatePlanItem(item);
    if (!saved) {
        showNotice(saved.error().message, true);
        reload();
        return false;
    }
    showNotice(saved->warnings.join(u' '), !saved->warnings.isEmpty());
    reload();
    m_chart->setCurrentItemId(id);
    return true;
}

QString FollowUpPlansPage::selectedCustomer() const
{
    const PlanItem *item = m_model->item(m_model->rowOfItem(m_chart->currentItemId()));
    if (item)
        return item->customerId;
    return m_customer->text().trimmed().toUpper();
}

void FollowUpPlansPage::newItem()
{
    PlanItemDialog dialog(m_workspace, std::nullopt, selectedCustomer(), m_workspace.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showNotice(dialog.warnings().isEmpty() ? tr("Plan item saved.") : dialog.warnings().join(u' '),
               !dialog.warnings().isEmpty());
    reload();
    m_chart->setCurrentItemId(dialog.savedId());
}

void FollowUpPlansPage::editItem(qint64 id)
{
    const PlanItem *item = m_model->item(m_model->rowOfItem(id));
    if (!item)
        return;
    PlanItemDialog dialog(m_workspace, *item, item->customerId, item->start, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // An edit from the form is not on the undo stack: the stack holds moves made in the chart.
    m_undo->clear();
    showNotice(dialog.warnings().join(u' '), !dialog.warnings().isEmpty());
    reload();
    m_chart->setCurrentItemId(id);
}

void FollowUpPlansPage::recordFollowUp()
{
    FollowUpDialog dialog(m_workspace, selectedCustomer(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showNotice(dialog.warnings().isEmpty() ? tr("Follow-up recorded.")
                                           : dialog.warnings().join(u' '),
               !dialog.warnings().isEmpty());
    reload();
}

void FollowUpPlansPage::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the plan"), tr("follow-up-plan.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_chart->renderImage(2.0).save(path, "PNG"))
        QMessageBox::warning(this, tr("Export the plan"), tr("Cannot write %1.").arg(path));
    else
        showNotice(tr("Exported to %1.").arg(path), false);
}

void FollowUpPlansPage::printChart()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_chart->print(&printer);
}

void FollowUpPlansPage::updateDetail()
{
    const PlanItem *item = m_model->item(m_model->rowOfItem(m_chart->currentItemId()));
    m_editButton->setEnabled(item != nullptr);
    if (!item) {
        m_detail->setText(m_model->rowCount() == 0
                              ? tr("No plan items here yet. An A customer needs its plan within 3 "
                                   "working days of first contact (R8).")
                              : tr("Select a plan item: drag it to move it, drag its end to "
                                   "change its due date, double-click to edit."));
        return;
    }
    QString text =
        tr("<b>%1</b> %2 · %3 · %4 with %5 · %6 to %7 · %8%")
            .arg(item->customerId, item->customerName.toHtmlEscaped(), item->action.toHtmlEscaped(),
                 FollowUpTexts::method(item->method), item->counterpart.toHtmlEscaped(),
                 item->start.toString(Qt::ISODate), item->due.toString(Qt::ISODate))
            .arg(item->progress);
    if (m_model->isOverdue(*item))
        text += QStringLiteral(" · <span style='color:#b91c1c'>%1</span>").arg(tr("overdue"));
    if (item->supportLate)
        text += QStringLiteral(" · <span style='color:#b45309'>%1</span>")
                    .arg(tr("support requested late (R10)"));
    m_detail->setText(text);
}

void FollowUpPlansPage::showNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(warning ? QStringLiteral("color: #b45309;")
                                    : QStringLiteral("color: #15803d;"));
}

} // namespace sf::ui
