// SPDX-License-Identifier: MIT
#include "ui/ReviewPage.h"

#include "services/ReviewPack.h"
#include "services/ReviewService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/FollowUpDialog.h"
#include "ui/GradeDialog.h"
#include "ui/PageCatalogue.h"
#include "ui/PageHeader.h"
#include "ui/PlanItemDialog.h"
#include "ui/Theme.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sf::ui {
namespace {

enum Column {
    CustomerColumn,
    NameColumn,
    GradeColumn,
    FollowUpsColumn,
    ProgressColumn,
    RisksColumn,
    OverdueColumn,
    R13Column,
    StrategyColumn,
    ColumnCount
};

const QColor kCandidate(0xfe, 0xf3, 0xc7);
const QColor kShort(0xb9, 0x1c, 0x1c);

} // namespace

ReviewPage::ReviewPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_week(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_agenda(new QTreeWidget(this))
    , m_compliance(new QTableWidget(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(info.key);
    m_week->setObjectName(QStringLiteral("reviewWeek"));
    m_week->setCalendarPopup(true);
    m_week->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_week->setMinimumWidth(130);
    m_week->setDate(m_workspace.today());
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setWordWrap(true);
    m_agenda->setObjectName(QStringLiteral("reviewAgenda"));
    m_agenda->setColumnCount(ColumnCount);
    m_agenda->setHeaderLabels({tr("Customer"), tr("Name"), tr("Grade"), tr("Last week"),
                               tr("Advances"), tr("Risks"), tr("Overdue"), tr("R13"),
                               tr("Strategy")});
    m_agenda->headerItem()->setToolTip(FollowUpsColumn,
                                       tr("Follow-ups last week; an A customer needs 2 (R6)"));
    m_agenda->headerItem()->setToolTip(RisksColumn, tr("Records of last week naming a risk"));
    m_agenda->headerItem()->setToolTip(OverdueColumn,
                                       tr("The latest record's next action, due before this week"));
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setUniformRowHeights(true);
    m_agenda->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->setColumnWidth(CustomerColumn, 200);
    for (int column = GradeColumn; column < ColumnCount; ++column)
        m_agenda->setColumnWidth(column, 80);

    m_compliance->setObjectName(QStringLiteral("reviewCompliance"));
    m_compliance->setColumnCount(11);
    m_compliance->setHorizontalHeaderLabels({tr("Rep"), tr("Entries"), tr("Late (R2)"),
                                             tr("Late %"), tr("A customers"), tr("Below 2 (R6)"),
                                             tr("Below 2 %"), tr("Late plans (R8)"), tr("Records"),
                                             tr("Late (R11)"), tr("Late %")});
    m_compliance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compliance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_compliance->setSortingEnabled(true);
    m_compliance->setAlternatingRowColors(true);
    m_compliance->verticalHeader()->hide();
    m_compliance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_compliance->horizontalHeader()->setStretchLastSection(true);

    auto *previous = new QPushButton(QStringLiteral("◀"), this);
    previous->setToolTip(tr("The week before"));
    auto *next = new QPushButton(QStringLiteral("▶"), this);
    next->setToolTip(tr("The week after"));
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(new QLabel(tr("Week of"), this));
    top->addWidget(previous);
    top->addWidget(m_week);
    top->addWidget(next);
    top->addWidget(m_summary, 1);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    for (const auto &[name, label] :
         {std::pair{QStringLiteral("reviewRecord"), tr("Record…")},
          std::pair{QStringLiteral("reviewStrategy"), tr("Strategy…")},
          std::pair{QStringLiteral("reviewPlan"), tr("Plan item…")},
          std::pair{QStringLiteral("reviewRegrade"), tr("Regrade…")},
          std::pair{QStringLiteral("reviewDowngrade"), tr("Downgrade to C")},
          std::pair{QStringLiteral("reviewInvalid"), tr("Invalid lead")},
          std::pair{QStringLiteral("reviewKeep"), tr("Keep B…")}}) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, name] { decide(name); });
        actions->addWidget(button);
        m_decisions << button;
    }
    actions->addWidget(m_notice, 1);
    auto *pdfButton = new QPushButton(tr("Export PDF…"), this);
    pdfButton->setObjectName(QStringLiteral("reviewPdf"));
    auto *printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("reviewPrint"));
    // Beside the week they print, so that the decisions' row fits a 1280-pixel window.
    top->addWidget(pdfButton);
    top->addWidget(printButton);
    connect(pdfButton, &QPushButton::clicked, this, &ReviewPage::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &ReviewPage::printPack);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addLayout(top);
    layout->addLayout(actions);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_agenda, tr("Agenda"));
    m_tabs->addTab(m_compliance, tr("Team compliance"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_compliance && !m_shownCompliance)
            reloadCompliance();
    });

    connect(previous, &QPushButton::clicked, this,
            [this] { m_week->setDate(m_week->date().addDays(-7)); });
    connect(next, &QPushButton::clicked, this,
            [this] { m_week->setDate(m_week->date().addDays(7)); });
    connect(m_week, &QDateEdit::dateChanged, this, &ReviewPage::reload);
    connect(m_agenda, &QTreeWidget::currentItemChanged, this, &ReviewPage::updateActions);
    reload();
}

void ReviewPage::showWeek(QDate weekOf)
{
    m_week->setDate(weekOf);
    reload();
}

QString ReviewPage::selectedCustomer() const
{
    const QTreeWidgetItem *item = m_agenda->currentItem();
    return item ? item->data(CustomerColumn, Qt::UserRole).toString() : QString();
}

void ReviewPage::reload()
{
    const QString selected = selectedCustomer();
    auto agenda = m_workspace.review().agenda(m_week->date());
    m_agenda->clear();
    m_shownAgenda.reset();
    m_shownCompliance.reset();
    if (!agenda) {
        m_summary->setText(agenda.error().message);
        updateActions();
        return;
    }
    m_shownAgenda = *agenda;
    QHash<QString, QString> names;
    if (auto users = m_workspace.users().list()) {
        for (const User &user : *users)
            names.insert(user.login, user.name.isEmpty() ? user.login : user.name);
    }
    QFont bold = m_agenda->font();
    bold.setBold(true);
    int candidates = 0;
    QTreeWidgetItem *rep = nullptr;
    QString owner = QStringLiteral("\x01");
    for (const ReviewEntry &entry : agenda->entries) {
        if (entry.ownerLogin != owner) {
            owner = entry.ownerLogin;
            rep = new QTreeWidgetItem(m_agenda);
            rep->setText(CustomerColumn, owner.isEmpty() ? tr("No owner")
                                                         : names.value(owner, owner) +
                                                               QStringLiteral(" (") + owner + u')');
            rep->setFont(CustomerColumn, bold);
            rep->setFirstColumnSpanned(true);
            rep->setExpanded(true);
        }
        auto *row = new QTreeWidgetItem(rep);
        row->setData(CustomerColumn, Qt::UserRole, entry.customerId);
        row->setText(CustomerColumn, entry.customerId);
        row->setText(NameColumn, entry.name);
        row->setText(GradeColumn, entry.grade);
        row->setText(FollowUpsColumn, QString::number(entry.followUpsLastWeek));
        row->setText(ProgressColumn, QString::number(entry.progressEvents));
        row->setText(RisksColumn, QString::number(entry.openRisks));
        row->setText(OverdueColumn, QString::number(entry.overdueActions));
        // R6: an A customer wants two contacts a week.
        if (entry.grade == QLatin1String("A") && entry.followUpsLastWeek < 2)
            row->setForeground(FollowUpsColumn, kShort);
        if (entry.overdueActions > 0)
            row->setForeground(OverdueColumn, kShort);
        if (entry.downgradeCandidate) {
            ++candidates;
            row->setText(R13Column, tr("downgrade?"));
            for (int column = 0; column < ColumnCount; ++column)
                row->setBackground(column, kCandidate);
        }
        if (!entry.strategy.isEmpty()) {
            row->setText(StrategyColumn,
                         QString(entry.strategy).replace(u'\n', QStringLiteral(" · ")));
            row->setToolTip(StrategyColumn, entry.strategy);
        }
        if (entry.customerId == selected)
            m_agenda->setCurrentItem(row);
    }
    for (int i = 0; i < m_agenda->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_agenda->topLevelItem(i);
        group->setText(CustomerColumn, group->text(CustomerColumn) +
                                           QStringLiteral("  ·  %1").arg(group->childCount()));
    }
    m_summary->setText(tr("Week of %1 (last week: %2 to %3) · %n A and B customer(s)", nullptr,
                          int(agenda->entries.size()))
                           .arg(agenda->weekStart.toString(Qt::ISODate),
                                agenda->weekStart.addDays(-7).toString(Qt::ISODate),
                                agenda->weekStart.addDays(-1).toString(Qt::ISODate)) +
                       tr(" · %n downgrade candidate(s) (R13)", nullptr, candidates));
    updateActions();
    m_shownCompliance.reset();
    if (m_tabs->currentWidget() == m_compliance)
        reloadCompliance();
}

std::optional<ReviewPack> ReviewPage::pack()
{
    if (!m_shownCompliance)
        reloadCompliance();
    if (!m_shownAgenda || !m_shownCompliance) {
        QMessageBox::warning(this, tr("Monday review"), m_summary->text());
        return std::nullopt;
    }
    return ReviewPack(*m_shownAgenda, *m_shownCompliance, m_workspace.actor().team);
}

void ReviewPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the review pack"),
        tr("review-%1.pdf").arg(m_week->date().toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto review = pack();
    if (!review)
        return;
    if (auto written = review->writePdf(path); !written)
        QMessageBox::warning(this, tr("Monday review"), written.error().message);
    else
        m_notice->setText(tr("Review pack written to %1.").arg(path));
}

void ReviewPage::printPack()
{
    const auto review = pack();
    if (!review)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = review->paint(printer); !printed)
        QMessageBox::warning(this, tr("Monday review"), printed.error().message);
}

void ReviewPage::reloadCompliance()
{
    auto reps = m_workspace.review().compliance(m_week->date());
    m_compliance->setSortingEnabled(false);
    m_compliance->setRowCount(0);
    if (!reps) {
        m_summary->setText(reps.error().message);
        return;
    }
    m_shownCompliance = *reps;
    // A number cell sorts as a number; a rate is a percentage with one decimal.
    const auto number = [](double value) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::DisplayRole, value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    const auto rate = [&number](int part, int whole) {
        return number(whole > 0 ? std::round(1000.0 * part / whole) / 10.0 : 0.0);
    };
    m_compliance->setRowCount(int(reps->size()));
    for (int row = 0; row < reps->size(); ++row) {
        const RepCompliance &rep = reps->at(row);
        m_compliance->setItem(
            row, 0,
            new QTableWidgetItem(rep.ownerLogin.isEmpty() ? tr("No owner") : rep.ownerLogin));
        m_compliance->setItem(row, 1, number(rep.entries));
        m_compliance->setItem(row, 2, number(rep.lateEntries));
        m_compliance->setItem(row, 3, rate(rep.lateEntries, rep.entries));
        m_compliance->setItem(row, 4, number(rep.aCustomers));
        m_compliance->setItem(row, 5, number(rep.aShort));
        m_compliance->setItem(row, 6, rate(rep.aShort, rep.aCustomers));
        m_compliance->setItem(row, 7, number(rep.latePlans));
        m_compliance->setItem(row, 8, number(rep.records));
        m_compliance->setItem(row, 9, number(rep.lateRecords));
        m_compliance->setItem(row, 10, rate(rep.lateRecords, rep.records));
    }
    m_compliance->setSortingEnabled(true);
}

void ReviewPage::updateActions()
{
    const bool manager =
        m_workspace.actor().role == Role::Manager || m_workspace.actor().role == Role::Admin;
    const bool selected = !selectedCustomer().isEmpty();
    for (QPushButton *button : std::as_const(m_decisions)) {
        const bool managerOnly = button->objectName() != QLatin1String("reviewRecord") &&
                                 button->objectName() != QLatin1String("reviewPlan");
        button->setEnabled(selected && (manager || !managerOnly));
    }
}

void ReviewPage::decide(const QString &decision)
{
    const QString customerId = selectedCustomer();
    if (customerId.isEmpty())
        return;
    Status done = Ok{};
    QString notice;
    if (decision == QLatin1String("reviewRecord")) {
        FollowUpDialog dialog(m_workspace, customerId, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        notice = tr("Recorded for %1.").arg(customerId);
    } else if (decision == QLatin1String("reviewStrategy")) {
        bool ok = false;
        const QString strategy = QInputDialog::getMultiLineText(
            this, tr("Strategy adjustment"),
            tr("The strategy decided for %1 in this review (it goes on the customer's timeline; "
               "it is not a follow-up record):")
                .arg(customerId),
            {}, &ok);
        if (!ok)
            return;
        done = m_workspace.review().recordStrategy(customerId, strategy);
        notice = tr("Strategy recorded for %1.").arg(customerId);
    } else if (decision == QLatin1String("reviewPlan")) {
        PlanItemDialog dialog(m_workspace, std::nullopt, customerId, m_workspace.today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        notice = tr("Plan item added for %1.").arg(customerId);
    } else if (decision == QLatin1String("reviewRegrade")) {
        GradeDialog dialog(m_workspace, {customerId}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        notice = tr("%1 regraded.").arg(customerId);
    } else if (decision == QLatin1String("reviewKeep")) {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Keep B"), tr("Why does %1 stay at B until the next review?").arg(customerId),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        done = m_workspace.review().exempt(customerId, reason);
        notice = tr("%1 stays at B until the next review.").arg(customerId);
    } else {
        const bool invalid = decision == QLatin1String("reviewInvalid");
        done = m_workspace.review().downgrade(customerId, invalid, tr("Monday review"));
        notice = invalid ? tr("%1 is an invalid lead now (C).").arg(customerId)
                         : tr("%1 downgraded to C.").arg(customerId);
    }
    if (!done) {
        QMessageBox::warning(this, tr("Monday review"), done.error().message);
        return;
    }
    m_notice->setText(notice);
    reload();
}

} // namespace sf::ui
