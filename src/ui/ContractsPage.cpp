// SPDX-License-Identifier: MIT
#include "ui/ContractsPage.h"

#include "services/ContractService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/ApprovalDialog.h"
#include "ui/ContractDetailView.h"
#include "ui/ContractDialog.h"
#include "ui/ContractDocumentDialog.h"
#include "ui/ContractTableModel.h"
#include "ui/ContractTemplateDialog.h"
#include "ui/ContractTexts.h"
#include "ui/PageCatalogue.h"
#include "ui/PageHeader.h"
#include "ui/PaymentDialog.h"
#include "ui/StatusPillDelegate.h"
#include "ui/TableViews.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

constexpr int kSearchDelayMs = 200;
const QString kSettingsGroup = QStringLiteral("contractsPage");
const QString kWaitingForMe = QStringLiteral("waiting-for-me");
const QString kMine = QStringLiteral("mine");

} // namespace

ContractsPage::ContractsPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ContractTableModel(this))
    , m_table(new QTableView(this))
    , m_detail(new ContractDetailView(workspace, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(info.key);
    m_search->setObjectName(QStringLiteral("contractSearch"));
    m_search->setPlaceholderText(tr("Search number, title, customer"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_status->setObjectName(QStringLiteral("contractStatusFilter"));
    m_status->addItem(tr("All contracts"), QString());
    m_status->addItem(tr("Waiting for me"), kWaitingForMe);
    m_status->setItemData(1,
                          tr("Contracts at the step your role owns: legal review for legal, "
                             "finance review for finance, the signature for a manager, your "
                             "drafts for a rep"),
                          Qt::ToolTipRole);
    m_status->addItem(tr("My contracts"), kMine);
    m_status->setItemData(2, tr("The contracts you drafted, in any status"), Qt::ToolTipRole);
    for (ContractStatus status : allContractStatuses())
        m_status->addItem(ContractRules::statusName(status), contractStatusKey(status));
    m_count->setObjectName(QStringLiteral("contractCount"));
    m_notice->setObjectName(QStringLiteral("contractNotice"));
    m_notice->setWordWrap(true);
    m_notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_table->setObjectName(QStringLiteral("contractTable"));
    m_table->setModel(m_model);
    setUpTableView(m_table);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(ContractTableModel::StatusColumn,
                                      new StatusPillDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ContractTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSortIndicator(ContractTableModel::NumberColumn, Qt::DescendingOrder);
    // The title takes what is left: about 150 pixels in a 1280-pixel window.
    for (const auto &[column, width] : {std::pair{ContractTableModel::NumberColumn, 115},
                                        {ContractTableModel::CustomerColumn, 170},
                                        {ContractTableModel::PriceColumn, 115},
                                        {ContractTableModel::StatusColumn, 120},
                                        {ContractTableModel::StepColumn, 90},
                                        {ContractTableModel::DueColumn, 150},
                                        {ContractTableModel::OwnerColumn, 70}})
        m_table->setColumnWidth(column, width);

    createActions();

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    // What the last action did, beside the count: the row of actions is full.
    filters->addWidget(m_notice, 3);
    filters->addWidget(m_count);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    for (ContractAction action : ContractActions::all()) {
        actions->addWidget(m_buttons.value(action));
        if (action == ContractAction::Duplicate || action == ContractAction::Reject ||
            action == ContractAction::Complete || action == ContractAction::RecordPayment)
            actions->addSpacing(8);
    }
    actions->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("contractSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    restoreState();
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ContractsPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ContractsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContractsPage::updateDetail);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_actions.value(ContractAction::Edit)->isEnabled())
            editContract();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ContractsPage::showMenu);
    connect(m_detail, &ContractDetailView::openCustomer, this, &ContractsPage::openCustomer);
    reload();
}

ContractsPage::~ContractsPage()
{
    saveState();
}

void ContractsPage::createActions()
{
    const QList<std::tuple<ContractAction, QString, QString, void (ContractsPage::*)()>> specs = {
        {ContractAction::New, QStringLiteral("newContract"), tr("New contract"),
         &ContractsPage::newContract},
        {ContractAction::Edit, QStringLiteral("editContract"), tr("Edit…"),
         &ContractsPage::editContract},
        {ContractAction::Duplicate, QStringLiteral("duplicateContract"), tr("Duplicate"),
         &ContractsPage::duplicateContract},
        {ContractAction::Submit, QStringLiteral("submitContract"), tr("Submit"),
         &ContractsPage::submitContract},
        {ContractAction::Approve, QStringLiteral("approveContract"), tr("Approve"),
         &ContractsPage::approveContract},
        {ContractAction::Reject, QStringLiteral("rejectContract"), tr("Return…"),
         &ContractsPage::rejectContract},
        {ContractAction::StartDelivery, QStringLiteral("startDelivery"), tr("Start delivery"),
         &ContractsPage::startDelivery},
        {ContractAction::Complete, QStringLiteral("completeContract"), tr("Complete"),
         &ContractsPage::completeContract},
        {ContractAction::RecordPayment, QStringLiteral("recordPayment"), tr("Record payment…"),
         &ContractsPage::recordPayment},
        {ContractAction::Document, QStringLiteral("contractDocument"), tr("Document…"),
         &ContractsPage::openDocument},
        {ContractAction::Templates, QStringLiteral("contractTemplates"), tr("Templates…"),
         &ContractsPage::editTemplates},
    };
    for (const auto &[kind, name, text, slot] : specs) {
        auto *action = new QAction(text, this);
        action->setObjectName(name + QStringLiteral("Action"));
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(kind, action);
        if (!ContractActions::all().contains(kind))
            continue;
        // The button mirrors its action: text, enabled state and the tooltip saying why not.
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [action, button] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        });
        m_buttons.insert(kind, button);
    }
    m_buttons.value(ContractAction::New)->setDefault(true);
    // Shortcuts while the page has the focus.
    for (const auto &[kind, keys] :
         {std::pair{ContractAction::New, QKeySequence(QKeySequence::New)},
          std::pair{ContractAction::Edit, QKeySequence(Qt::Key_F2)},
          std::pair{ContractAction::Document, QKeySequence(QKeySequence::Print)}}) {
        QAction *action = m_actions.value(kind);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

qint64 ContractsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return 0;
    return rows.first().data(ContractTableModel::ContractIdRole).toLongLong();
}

void ContractsPage::selectContract(qint64 contractId)
{
    const int row = m_model->rowOf(contractId);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void ContractsPage::showContract(const QString &number)
{
    auto found = m_workspace.contracts().contractByNumber(number);
    if (!found)
        return report(found.error().message);
    if (m_model->rowOf(found->id) < 0) {
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(0);
        m_search->setText(number);
        m_searchTimer->stop();
        reload();
    }
    selectContract(found->id);
}

void ContractsPage::reload()
{
    const qint64 selected = selectedId();
    if (auto users = m_workspace.users().list()) {
        m_names.clear();
        for (const User &user : *users)
            m_names.insert(user.login, user.name.isEmpty() ? user.login : user.name);
    }
    m_detail->setUserNames(m_names);
    ContractQuery query;
    query.text = m_search->text().trimmed();
    const QString filter = m_status->currentData().toString();
    if (filter == kWaitingForMe) {
        const User &actor = m_workspace.actor();
        switch (actor.role) {
        case Role::Legal: query.statuses = {ContractStatus::LegalReview}; break;
        case Role::Finance: query.statuses = {ContractStatus::FinanceReview}; break;
        case Role::Manager: query.statuses = {ContractStatus::ManagerSign}; break;
        default:
            // A rep's own drafts, returned ones included.
            query.statuses = {ContractStatus::Draft};
            query.ownerLogin = actor.login;
            break;
        }
    } else if (filter == kMine) {
        query.ownerLogin = m_workspace.actor().login;
    } else if (const auto status = contractStatusFromText(filter)) {
        query.statuses = {*status};
    }
    auto contracts = m_workspace.contracts().contracts(query);
    QList<ContractRow> rows;
    if (contracts) {
        rows.reserve(contracts->size());
        for (const Contract &contract : std::as_const(*contracts)) {
            ContractRow row{contract, std::nullopt, m_names.value(contract.owner)};
            if (auto deadline = m_workspace.contracts().stepDeadline(contract))
                row.deadline = *deadline;
            rows.append(std::move(row));
        }
    } else {
        showNotice(contracts.error().message);
    }
    m_model->setRows(std::move(rows));
    const int overdue = m_model->overdueCount();
    m_count->setText(tr("%n contract(s)", nullptr, m_model->rowCount()) +
                     (overdue > 0 ? tr(" · %n step(s) overdue", nullptr, overdue) : QString()));
    m_count->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b91c1c;") : QString());
    selectContract(selected);
    updateDetail();
}

void ContractsPage::updateDetail()
{
    const ContractRow *row = m_model->rowAt(m_model->rowOf(selectedId()));
    if (row && selectedId() != 0)
        m_detail->showContract(&row->contract, row->deadline);
    else
        m_detail->showContract(nullptr, std::nullopt);
    updateActions();
}

void ContractsPage::updateActions()
{
    const ContractRow *row =
        selectedId() != 0 ? m_model->rowAt(m_model->rowOf(selectedId())) : nullptr;
    ContractSelection selection;
    selection.contract = row ? &row->contract : nullptr;
    if (row)
        selection.schedule = m_detail->schedule();
    const Role role = m_workspace.actor().role;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const QString why = ContractActions::whyNot(it.key(), role, selection);
        QAction *action = it.value();
        if (it.key() == ContractAction::Approve)
            action->setText(ContractActions::approveLabel(selection));
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? ContractActions::description(it.key(), selection) : why);
    }
}

void ContractsPage::showMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid() &&
        selectedId() != index.data(ContractTableModel::ContractIdRole).toLongLong())
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    for (ContractAction kind : ContractActions::all()) {
        menu.addAction(m_actions.value(kind));
        if (kind == ContractAction::Duplicate || kind == ContractAction::Reject ||
            kind == ContractAction::Complete || kind == ContractAction::RecordPayment)
            menu.addSeparator();
    }
    menu.addAction(m_actions.value(ContractAction::Document));
    menu.addAction(m_actions.value(ContractAction::Templates));
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ContractsPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
    m_notice->setStyleSheet(QStringLiteral("color: #15803d;"));
}

void ContractsPage::report(const QString &message)
{
    QMessageBox::warning(this, tr("Contracts"), message);
}

void ContractsPage::after(qint64 contractId, const QString &notice)
{
    showNotice(notice);
    reload();
    selectContract(contractId);
}

void ContractsPage::newContract()
{
    ContractDialog dialog(m_workspace, std::nullopt, {}, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    // A new draft shows whatever the filter: the search and the status filter are cleared.
    {
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker searchBlocker(m_search);
        m_status->setCurrentIndex(0);
        m_search->clear();
    }
    after(dialog.saved()->id, tr("Drafted %1.").arg(dialog.saved()->number));
}

void ContractsPage::editContract()
{
    const qint64 id = selectedId();
    auto current = m_workspace.contracts().contract(id);
    if (!current)
        return report(current.error().message);
    ContractDialog dialog(m_workspace, *current, {}, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    const Contract &saved = *dialog.saved();
    after(id,
          saved.status == current->status
              ? tr("Saved %1.").arg(saved.number)
              : tr("Saved %1: it is a draft again and must be submitted anew.").arg(saved.number));
}

void ContractsPage::duplicateContract()
{
    auto copy = m_workspace.contracts().duplicate(selectedId());
    if (!copy)
        return report(copy.error().message);
    after(copy->id, tr("Duplicated as %1, a new draft.").arg(copy->number));
}

void ContractsPage::submitContract()
{
    const qint64 id = selectedId();
    auto submitted = m_workspace.contracts().submit(id);
    if (!submitted)
        return report(submitted.error().message);
    QString notice = tr("%1 is submitted to legal review.").arg(submitted->number);
    if (auto deadline = m_workspace.contracts().stepDeadline(*submitted);
        deadline && deadline->has_value())
        notice = tr("%1 is submitted: legal review due by %2 (R15).")
                     .arg(submitted->number, ContractTexts::deadline((*deadline)->due));
    after(id, notice);
}

void ContractsPage::approveContract()
{
    const qint64 id = selectedId();
    const ContractRow *row = m_model->rowAt(m_model->rowOf(id));
    if (!row)
        return;
    const bool sign = pendingStep(row->contract.status) == ApprovalStep::Manager;
    ApprovalDialog dialog(sign ? ApprovalDialog::Decision::Sign : ApprovalDialog::Decision::Approve,
                          row->contract.number + u' ' + row->contract.title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto approved = m_workspace.contracts().approve(id, dialog.comment());
    if (!approved)
        return report(approved.error().message);
    after(id, sign ? tr("%1 is signed.").arg(approved->number)
                   : tr("%1 approved: now at %2.")
                         .arg(approved->number, ContractRules::statusName(approved->status)));
}

void ContractsPage::rejectContract()
{
    const qint64 id = selectedId();
    const ContractRow *row = m_model->rowAt(m_model->rowOf(id));
    if (!row)
        return;
    ApprovalDialog dialog(ApprovalDialog::Decision::Reject,
                          row->contract.number + u' ' + row->contract.title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto rejected = m_workspace.contracts().reject(id, dialog.comment());
    if (!rejected)
        return report(rejected.error().message);
    after(id, tr("%1 is returned to %2 with your comments.")
                  .arg(rejected->number, m_names.value(rejected->owner, rejected->owner)));
}

void ContractsPage::startDelivery()
{
    const qint64 id = selectedId();
    auto started = m_workspace.contracts().startDelivery(id);
    if (!started)
        return report(started.error().message);
    after(id, tr("%1 is in delivery.").arg(started->number));
}

void ContractsPage::completeContract()
{
    const qint64 id = selectedId();
    const ContractRow *row = m_model->rowAt(m_model->rowOf(id));
    if (!row)
        return;
    if (QMessageBox::question(
            this, tr("Complete contract"),
            tr("Mark %1 as completed? Delivery is then closed.").arg(row->contract.number)) !=
        QMessageBox::Yes)
        return;
    auto completed = m_workspace.contracts().complete(id);
    if (!completed)
        return report(completed.error().message);
    after(id, tr("%1 is completed.").arg(completed->number));
}

void ContractsPage::recordPayment()
{
    const qint64 id = selectedId();
    const ContractRow *row = m_model->rowAt(m_model->rowOf(id));
    if (!row)
        return;
    PaymentDialog dialog(m_workspace, row->contract, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    after(id, dialog.savedSummary());
    m_detail->setCurrentIndex(ContractDetailView::ScheduleTab);
}

void ContractsPage::openDocument()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    ContractDocumentDialog dialog(m_workspace, id, this);
    dialog.exec();
}

void ContractsPage::editTemplates()
{
    const qint64 id = selectedId();
    ContractTemplateDialog dialog(m_workspace, id ? std::optional<qint64>(id) : std::nullopt, this);
    dialog.exec();
}

void ContractsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Colleagues approve and pay while this page is hidden: it shows the current state.
    reload();
}

void ContractsPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(settings.value(QStringLiteral("status")).toString())));
    const QHeaderView *view = m_table->horizontalHeader();
    m_model->sort(view->sortIndicatorSection(), view->sortIndicatorOrder());
}

void ContractsPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("status"), m_status->currentData());
}

} // namespace sf::ui
