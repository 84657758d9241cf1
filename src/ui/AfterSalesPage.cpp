// SPDX-License-Identifier: MIT
#include "ui/AfterSalesPage.h"

#include "core/Money.h"
#include "services/ServiceRecordService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/PageCatalogue.h"
#include "ui/PageHeader.h"
#include "ui/ServiceRecordDialog.h"
#include "ui/TableViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

enum RecordColumn {
    DateColumn,
    CustomerColumn,
    NameColumn,
    KindColumn,
    StatusColumn,
    StarsColumn,
    ContractColumn,
    NextColumn,
    ByColumn,
    SummaryColumn,
    RecordColumns
};

enum EndingColumn {
    NumberColumn,
    EndingCustomerColumn,
    EndingNameColumn,
    EndsColumn,
    DaysColumn,
    AmountColumn,
    RenewalColumn,
    EndingColumns
};

const QColor kLate(0xb9, 0x1c, 0x1c);
const QColor kStars(0xd9, 0x77, 0x06);
const QColor kOpenRenewal(0x1d, 0x4e, 0xd8);
const QColor kWon(0x15, 0x80, 0x3d);
const QColor kMuted(0x64, 0x74, 0x8b);

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QComboBox *filterCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setMaximumWidth(150);
    return combo;
}

} // namespace

AfterSalesPage::AfterSalesPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(filterCombo(this, QStringLiteral("afterSalesKind")))
    , m_status(filterCombo(this, QStringLiteral("afterSalesStatus")))
    , m_due(new QCheckBox(tr("Maintenance due"), this))
    , m_mine(new QCheckBox(tr("My customers"), this))
    , m_summary(new QLabel(this))
    , m_contractsTitle(new QLabel(this))
    , m_records(new QTableWidget(this))
    , m_contracts(new QTableWidget(this))
{
    setObjectName(info.key);
    m_kind->addItem(tr("All kinds"));
    for (ServiceKind kind : allServiceKinds())
        m_kind->addItem(ServiceRecordRules::kindName(kind), serviceKindKey(kind));
    m_status->addItem(tr("All statuses"));
    for (ServiceStatus status : allServiceStatuses())
        m_status->addItem(ServiceRecordRules::statusName(status), serviceStatusKey(status));
    m_due->setObjectName(QStringLiteral("afterSalesDue"));
    m_due->setToolTip(tr("Customers whose latest service planned a maintenance for today or "
                         "earlier"));
    m_mine->setObjectName(QStringLiteral("afterSalesMine"));
    m_mine->setToolTip(tr("Only the customers you own"));
    // Reps and assistants see only their own customers (docs/permissions.md): the box would
    // change nothing for them. Managers start with the team.
    const Role role = m_workspace.actor().role;
    m_mine->setVisible(role != Role::Rep && role != Role::Assistant);
    m_summary->setObjectName(QStringLiteral("afterSalesSummary"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_records->setObjectName(QStringLiteral("serviceRecords"));
    m_records->setColumnCount(RecordColumns);
    m_records->setHorizontalHeaderLabels({tr("Date"), tr("Customer"), tr("Name"), tr("Kind"),
                                          tr("Status"), tr("Satisfaction"), tr("Contract"),
                                          tr("Next maintenance"), tr("By"), tr("What was done")});
    setUpTableView(m_records);
    m_records->setSortingEnabled(true);
    for (const auto &[column, width] :
         {std::pair{DateColumn, 100}, std::pair{CustomerColumn, 110}, std::pair{NameColumn, 190},
          std::pair{KindColumn, 80}, std::pair{StatusColumn, 80}, std::pair{StarsColumn, 100},
          std::pair{ContractColumn, 110}, std::pair{NextColumn, 120}, std::pair{ByColumn, 80}})
        m_records->setColumnWidth(column, width);

    m_contractsTitle->setObjectName(QStringLiteral("afterSalesContractsTitle"));
    QFont bold = m_contractsTitle->font();
    bold.setBold(true);
    m_contractsTitle->setFont(bold);
    m_contracts->setObjectName(QStringLiteral("contractsEnding"));
    m_contracts->setColumnCount(EndingColumns);
    m_contracts->setHorizontalHeaderLabels({tr("Contract"), tr("Customer"), tr("Name"), tr("Ends"),
                                            tr("Days left"), tr("Amount"),
                                            tr("Renewal opportunity")});
    setUpTableView(m_contracts);
    for (const auto &[column, width] :
         {std::pair{NumberColumn, 120}, std::pair{EndingCustomerColumn, 110},
          std::pair{EndingNameColumn, 220}, std::pair{EndsColumn, 100}, std::pair{DaysColumn, 80},
          std::pair{AmountColumn, 130}})
        m_contracts->setColumnWidth(column, width);

    auto *recordButton = new QPushButton(tr("Record service…"), this);
    recordButton->setObjectName(QStringLiteral("recordService"));
    recordButton->setDefault(true);
    auto *editButton = new QPushButton(tr("Edit…"), this);
    editButton->setObjectName(QStringLiteral("editService"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(new QLabel(tr("Kind"), this));
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("Status"), this));
    top->addWidget(m_status);
    top->addWidget(m_due);
    top->addWidget(m_mine);
    top->addWidget(m_summary, 1);
    top->addWidget(recordButton);
    top->addWidget(editButton);
    top->addWidget(refreshButton);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    lowerLayout->setSpacing(6);
    lowerLayout->addWidget(m_contractsTitle);
    lowerLayout->addWidget(m_contracts, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_records);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AfterSalesPage::reloadRecords);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AfterSalesPage::reloadRecords);
    connect(m_due, &QCheckBox::toggled, this, &AfterSalesPage::reloadRecords);
    connect(m_mine, &QCheckBox::toggled, this, [this] {
        reloadContracts();
        reloadRecords();
    });
    connect(refreshButton, &QPushButton::clicked, this, &AfterSalesPage::reload);
    connect(recordButton, &QPushButton::clicked, this, &AfterSalesPage::recordService);
    connect(editButton, &QPushButton::clicked, this, &AfterSalesPage::editSelected);
    connect(m_records, &QTableWidget::itemActivated, this, &AfterSalesPage::editSelected);
    connect(m_contracts, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QString customerId = m_contracts->item(item->row(), EndingCustomerColumn)->text();
        Q_EMIT openCustomer(customerId);
    });
    reload();
}

void AfterSalesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AfterSalesPage::reload()
{
    // The renewal reminder needs no scheduler: showing the page opens what is due.
    if (auto opened = m_workspace.afterSales().createRenewalOpportunities(m_workspace.today());
        !opened)
        m_summary->setText(opened.error().message);
    reloadContracts();
    reloadRecords();
}

void AfterSalesPage::reloadRecords()
{
    ServiceRecordQuery query;
    query.kind = serviceKindFromText(m_kind->currentData().toString());
    query.status = serviceStatusFromText(m_status->currentData().toString());
    if (m_due->isChecked())
        query.maintenanceDueBy = m_workspace.today();
    query.ownerLogin = ownerFilter();
    const qint64 selected =
        m_records->currentRow() >= 0
            ? m_records->item(m_records->currentRow(), DateColumn)->data(Qt::UserRole).toLongLong()
            : 0;
    m_records->setSortingEnabled(false);
    m_records->setRowCount(0);
    auto records = m_workspace.afterSales().records(query);
    if (!records) {
        m_summary->setText(records.error().message);
        return;
    }
    const QDate today = m_workspace.today();
    // Who recorded it, by name.
    QHash<QString, QString> names;
    if (auto users = m_workspace.users().list()) {
        for (const User &user : *users)
            names.insert(user.login, user.name.isEmpty() ? user.login : user.name);
    }
    m_records->setRowCount(int(records->size()));
    int row = 0;
    int rated = 0;
    int stars = 0;
    for (const ServiceRecord &record : *records) {
        auto *date = cell(record.happenedOn.toString(Qt::ISODate));
        date->setData(Qt::UserRole, record.id);
        m_records->setItem(row, DateColumn, date);
        m_records->setItem(row, CustomerColumn, cell(record.customerId));
        m_records->setItem(row, NameColumn, cell(record.customerName));
        m_records->setItem(row, KindColumn, cell(ServiceRecordRules::kindName(record.kind)));
        m_records->setItem(row, StatusColumn, cell(ServiceRecordRules::statusName(record.status)));
        auto *starsCell = cell(ServiceRecordRules::stars(record.satisfaction));
        starsCell->setForeground(kStars);
        if (record.satisfaction) {
            starsCell->setToolTip(tr("%1 of 5").arg(*record.satisfaction));
            ++rated;
            stars += *record.satisfaction;
        }
        m_records->setItem(row, StarsColumn, starsCell);
        m_records->setItem(row, ContractColumn, cell(record.contractNumber));
        auto *next = cell(record.nextMaintenance ? record.nextMaintenance->toString(Qt::ISODate)
                                                 : QString());
        if (record.nextMaintenance && *record.nextMaintenance <= today)
            next->setForeground(kLate);
        m_records->setItem(row, NextColumn, next);
        m_records->setItem(row, ByColumn, cell(names.value(record.createdBy, record.createdBy)));
        m_records->setItem(row, SummaryColumn, cell(record.summary));
        if (record.id == selected)
            m_records->setCurrentCell(row, DateColumn);
        ++row;
    }
    m_records->setSortingEnabled(true);
    QString summary = records->size() >= query.limit
                          ? tr("The latest %n service record(s)", nullptr, int(records->size()))
                          : tr("%n service record(s)", nullptr, int(records->size()));
    if (rated > 0)
        summary += tr(" · average satisfaction %1 ★")
                       .arg(QLocale().toString(double(stars) / rated, 'f', 1));
    m_summary->setText(summary);
}

void AfterSalesPage::reloadContracts()
{
    const QDate today = m_workspace.today();
    const int days = m_workspace.settings().renewalReminderDays();
    m_contracts->setRowCount(0);
    auto ending = m_workspace.afterSales().contractsEnding(today, ownerFilter());
    if (!ending) {
        m_contractsTitle->setText(ending.error().message);
        return;
    }
    m_contractsTitle->setText(
        tr("Contracts ending within %n day(s) (%1) — renewal reminder", nullptr, days)
            .arg(ending->size()));
    m_contracts->setRowCount(int(ending->size()));
    int row = 0;
    for (const ContractEnding &contract : *ending) {
        auto *number = cell(contract.number);
        number->setToolTip(contract.title);
        m_contracts->setItem(row, NumberColumn, number);
        m_contracts->setItem(row, EndingCustomerColumn, cell(contract.customerId));
        m_contracts->setItem(row, EndingNameColumn, cell(contract.customerName));
        m_contracts->setItem(row, EndsColumn, cell(contract.end.toString(Qt::ISODate)));
        const qint64 left = today.daysTo(contract.end);
        auto *leftCell = cell(tr("%n day(s)", nullptr, int(left)));
        if (left <= 30)
            leftCell->setForeground(kLate);
        m_contracts->setItem(row, DaysColumn, leftCell);
        auto *amount = cell(QStringLiteral("¥") + money::yuanText(contract.priceFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_contracts->setItem(row, AmountColumn, amount);
        // Open: its stage; won or lost: only that; none yet: red.
        const auto stage = contract.renewalStage;
        auto *renewal =
            cell(!contract.renewalOpportunityId ? tr("Not yet")
                 : !stage                       ? tr("Opened")
                 : isClosedStage(*stage)        ? FollowUpRules::stageName(*stage)
                                         : tr("Opened · %1").arg(FollowUpRules::stageName(*stage)));
        renewal->setForeground(!contract.renewalOpportunityId    ? kLate
                               : stage == OpportunityStage::Won  ? kWon
                               : stage == OpportunityStage::Lost ? kMuted
                                                                 : kOpenRenewal);
        m_contracts->setItem(row, RenewalColumn, renewal);
        ++row;
    }
}

QString AfterSalesPage::ownerFilter() const
{
    return m_mine->isChecked() ? m_workspace.actor().login : QString();
}

QString AfterSalesPage::selectedCustomer() const
{
    if (m_records->hasFocus() || m_contracts->currentRow() < 0) {
        if (const int row = m_records->currentRow(); row >= 0)
            return m_records->item(row, CustomerColumn)->text();
    }
    if (const int row = m_contracts->currentRow(); row >= 0)
        return m_contracts->item(row, EndingCustomerColumn)->text();
    return {};
}

void AfterSalesPage::recordService()
{
    ServiceRecordDialog dialog(m_workspace, selectedCustomer(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadRecords();
}

void AfterSalesPage::editSelected()
{
    const int row = m_records->currentRow();
    if (row < 0)
        return;
    auto record = m_workspace.afterSales().record(
        m_records->item(row, DateColumn)->data(Qt::UserRole).toLongLong());
    if (!record) {
        m_summary->setText(record.error().message);
        return;
    }
    ServiceRecordDialog dialog(m_workspace, *record, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadRecords();
}

} // namespace sf::ui
