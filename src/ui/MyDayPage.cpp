// SPDX-License-Identifier: MIT
#include "ui/MyDayPage.h"

#include "services/MyDayService.h"
#include "services/ServiceRecordService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/FollowUpDialog.h"
#include "ui/PageCatalogue.h"
#include "ui/PageHeader.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

constexpr int kRefreshMs = 60 * 1000;

QString sectionTitle(MyDayEntry::Kind kind)
{
    using K = MyDayEntry::Kind;
    switch (kind) {
    case K::NextAction: return MyDayPage::tr("Next actions due");
    case K::PlanItem: return MyDayPage::tr("Plan items due");
    case K::RecordToWrite: return MyDayPage::tr("Contacts to record (R11)");
    case K::ShortOfTwo: return MyDayPage::tr("A customers short of 2 contacts this week (R6)");
    case K::Maintenance: return MyDayPage::tr("C customers due for maintenance (R7)");
    case K::PlanDue: return MyDayPage::tr("Follow-up plans due (R8)");
    case K::Renewal: return MyDayPage::tr("Renewals and maintenance due");
    case K::ContractStep: return MyDayPage::tr("Contracts waiting (R15)");
    case K::Receivable: return MyDayPage::tr("Payments due or overdue (R16)");
    }
    return {};
}

} // namespace

MyDayPage::MyDayPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_person(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(info.key);
    m_person->setObjectName(QStringLiteral("myDayPerson"));
    m_person->setMinimumWidth(180);
    m_summary->setObjectName(QStringLiteral("myDaySummary"));
    m_list->setObjectName(QStringLiteral("myDayList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Customer"), tr("Name"), tr("What to do"), tr("Due")});
    m_list->setRootIsDecorated(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setColumnWidth(0, 260);
    m_list->setColumnWidth(1, 230);
    m_list->setColumnWidth(3, 110);

    auto *recordButton = new QPushButton(tr("Record follow-up…"), this);
    recordButton->setObjectName(QStringLiteral("myDayRecord"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(new QLabel(tr("The day of"), this));
    top->addWidget(m_person);
    top->addWidget(m_summary, 1);
    top->addWidget(recordButton);
    top->addWidget(refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &MyDayPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &MyDayPage::refresh);
    connect(m_person, &QComboBox::currentIndexChanged, this, &MyDayPage::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString customerId = item->data(0, Qt::UserRole).toString();
        if (!customerId.isEmpty())
            Q_EMIT openCustomer(customerId);
    });
    connect(recordButton, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *current = m_list->currentItem();
        FollowUpDialog dialog(
            m_workspace, current ? current->data(0, Qt::UserRole).toString() : QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    loadPeople();
    m_timer->start();
}

void MyDayPage::loadPeople()
{
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    const User &me = m_workspace.actor();
    m_person->addItem(tr("Me (%1)").arg(me.login), me.login);
    const bool manager = me.role == Role::Manager || me.role == Role::Admin;
    if (manager) {
        if (auto users = m_workspace.users().list()) {
            for (const User &user : *users) {
                if (user.login != me.login && user.active &&
                    (user.role == Role::Rep || user.role == Role::Assistant))
                    m_person->addItem(user.name.isEmpty()
                                          ? user.login
                                          : user.name + QStringLiteral(" (") + user.login + u')',
                                      user.login);
            }
        }
    }
    m_person->setVisible(manager);
}

void MyDayPage::showDayOf(const QString &login)
{
    const int index = m_person->findData(login);
    if (index >= 0)
        m_person->setCurrentIndex(index);
    refresh();
}

void MyDayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void MyDayPage::refresh()
{
    // The renewal reminder needs no scheduler: opening the day opens what is due.
    (void)m_workspace.afterSales().createRenewalOpportunities(m_workspace.today());
    auto day = m_workspace.myDay().day(m_person->currentData().toString());
    m_list->clear();
    if (!day) {
        m_summary->setText(day.error().message);
        return;
    }
    using K = MyDayEntry::Kind;
    int late = 0;
    QFont bold = m_list->font();
    bold.setBold(true);
    for (K kind : {K::NextAction, K::PlanItem, K::RecordToWrite, K::ShortOfTwo, K::PlanDue,
                   K::Maintenance, K::Renewal, K::ContractStep, K::Receivable}) {
        const int count = day->count(kind);
        auto *section = new QTreeWidgetItem(m_list);
        section->setText(0, QStringLiteral("%1  (%2)").arg(sectionTitle(kind)).arg(count));
        section->setFirstColumnSpanned(true);
        section->setFont(0, bold);
        section->setForeground(0, QColor(count ? colors::text : colors::mutedText));
        for (const MyDayEntry &entry : day->entries) {
            if (entry.kind != kind)
                continue;
            auto *row = new QTreeWidgetItem(section);
            row->setText(0, entry.customerId);
            row->setText(1, entry.customerName);
            row->setText(2, entry.text);
            row->setText(3, entry.due.isValid() ? entry.due.toString(Qt::ISODate) : QString());
            row->setToolTip(2, entry.text);
            row->setData(0, Qt::UserRole, entry.customerId);
            if (entry.late) {
                ++late;
                for (int column = 0; column < 4; ++column)
                    row->setForeground(column, QColor(0xb9, 0x1c, 0x1c));
            }
        }
        // Sections with something to do start open, except the long maintenance list.
        section->setExpanded(count > 0 && (kind != K::Maintenance || count <= 20));
    }
    m_summary->setText(tr("%1 · %n thing(s) to do, ", nullptr, int(day->entries.size()))
                           .arg(QLocale().toString(day->today, QLocale::LongFormat)) +
                       tr("%n late", nullptr, late));
}

} // namespace sf::ui
