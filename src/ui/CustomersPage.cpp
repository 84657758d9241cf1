// SPDX-License-Identifier: MIT
#include "ui/CustomersPage.h"

#include "services/CustomerBrowseService.h"
#include "services/CustomerExportService.h"
#include "services/CustomerImportService.h"
#include "services/CustomerService.h"
#include "services/RegionService.h"
#include "services/ReviewService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/AuditTableModel.h"
#include "ui/CustomerDetail.h"
#include "ui/CustomerDialog.h"
#include "ui/CustomerTableModel.h"
#include "ui/CustomerTexts.h"
#include "ui/FollowUpDialog.h"
#include "ui/GradeBadgeDelegate.h"
#include "ui/GradeDialog.h"
#include "ui/ImportWizard.h"
#include "ui/OpportunityDialog.h"
#include "ui/PageCatalogue.h"
#include "ui/PageHeader.h"
#include "ui/TableViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

constexpr int kSearchDelayMs = 200;
const QString kSettingsGroup = QStringLiteral("customersPage");

QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A long tag or owner name must not widen the window: the popup still shows it whole.
    combo->setMaximumWidth(150);
    return combo;
}

} // namespace

CustomersPage::CustomersPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CustomerTableModel(workspace.address(), this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_detailTabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_grade(filterCombo(QStringLiteral("gradeFilter"), this))
    , m_owner(filterCombo(QStringLiteral("ownerFilter"), this))
    , m_region(filterCombo(QStringLiteral("regionFilter"), this))
    , m_tag(filterCombo(QStringLiteral("tagFilter"), this))
    , m_status(filterCombo(QStringLiteral("statusFilter"), this))
    , m_late(new QCheckBox(tr("Late entries"), this))
    , m_count(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_newButton(new QPushButton(tr("New customer"), this))
    , m_editButton(new QPushButton(tr("Edit"), this))
    , m_gradeButton(new QPushButton(tr("Grade…"), this))
    , m_assignButton(new QPushButton(tr("Assign…"), this))
    , m_tagButton(new QPushButton(tr("Tags…"), this))
    , m_followUpButton(new QPushButton(tr("Follow-up"), this))
{
    setObjectName(info.key);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, needs, contacts, phones"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_late->setObjectName(QStringLiteral("lateFilter"));
    m_late->setToolTip(tr("Only customers entered after the end of the working day after first "
                          "contact (R2)"));
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_notice->setObjectName(QStringLiteral("customerNotice"));
    m_notice->setWordWrap(true);
    m_newButton->setObjectName(QStringLiteral("newCustomer"));
    m_newButton->setDefault(true);
    m_editButton->setObjectName(QStringLiteral("editCustomer"));
    m_gradeButton->setObjectName(QStringLiteral("gradeCustomers"));
    m_assignButton->setObjectName(QStringLiteral("assignCustomers"));
    m_tagButton->setObjectName(QStringLiteral("tagCustomers"));
    // Stage 2 for the selected customer, in one menu so the row of buttons stays narrow.
    m_followUpButton->setObjectName(QStringLiteral("customerFollowUp"));
    auto *followUpMenu = new QMenu(m_followUpButton);
    m_recordAction = followUpMenu->addAction(tr("Record follow-up…"));
    m_recordAction->setObjectName(QStringLiteral("recordCustomerFollowUp"));
    m_planAction = followUpMenu->addAction(tr("Follow-up plan (R8)"));
    m_planAction->setObjectName(QStringLiteral("showCustomerPlan"));
    m_opportunityAction = followUpMenu->addAction(tr("Opportunity…"));
    m_opportunityAction->setObjectName(QStringLiteral("customerOpportunity"));
    followUpMenu->addSeparator();
    m_undoDowngradeAction = followUpMenu->addAction(tr("Undo the R13 downgrade"));
    m_undoDowngradeAction->setObjectName(QStringLiteral("undoDowngrade"));
    m_followUpButton->setMenu(followUpMenu);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setSortIndicator(CustomerTableModel::IdColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(CustomerTableModel::GradeColumn,
                                      new GradeBadgeDelegate(m_table));
    for (const auto &[column, width] : {std::pair{CustomerTableModel::IdColumn, 110},
                                        {CustomerTableModel::NameColumn, 250},
                                        {CustomerTableModel::GradeColumn, 80},
                                        {CustomerTableModel::StatusColumn, 80},
                                        {CustomerTableModel::RegionColumn, 60},
                                        {CustomerTableModel::OwnerColumn, 90},
                                        {CustomerTableModel::FirstContactColumn, 130}})
        m_table->setColumnWidth(column, width);
    for (int column : {CustomerTableModel::SizeColumn, CustomerTableModel::SourceColumn,
                       CustomerTableModel::EnteredColumn})
        m_table->setColumnHidden(column, true);

    m_detail->setObjectName(QStringLiteral("customerDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setMinimumWidth(280);
    m_detailTabs->setObjectName(QStringLiteral("customerDetailTabs"));
    m_detailTabs->addTab(m_detail, tr("Details"));
    // The trail of a customer is for those who work on it (docs/permissions.md).
    if (const Role role = workspace.actor().role; role != Role::Legal && role != Role::Finance) {
        m_auditModel = new AuditTableModel(workspace, this);
        m_audit = new QTableView(this);
        m_audit->setObjectName(QStringLiteral("customerAudit"));
        m_audit->setModel(m_auditModel);
        setUpTableView(m_audit);
        for (int column :
             {int(AuditTableModel::EntityColumn), int(AuditTableModel::OldValueColumn)})
            m_audit->setColumnHidden(column, true);
        m_detailTabs->addTab(m_audit, tr("Audit"));
        connect(m_detailTabs, &QTabWidget::currentChanged, this, &CustomersPage::updateAudit);
    }

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 2);
    for (QWidget *widget : {static_cast<QWidget *>(m_grade), static_cast<QWidget *>(m_owner),
                            static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_tag),
                            static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_late)})
        filters->addWidget(widget);
    filters->addStretch(1);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_newButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_gradeButton);
    actions->addWidget(m_assignButton);
    actions->addWidget(m_tagButton);
    actions->addWidget(m_followUpButton);
    actions->addStretch(1);
    actions->addWidget(m_notice);
    actions->addWidget(m_count);
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importCustomers"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportCustomers"));
    if (const Role role = workspace.actor().role; role == Role::Legal || role == Role::Finance) {
        importButton->setEnabled(false);
        importButton->setToolTip(tr("Legal and finance read customers; they do not import them."));
    }
    actions->addWidget(importButton);
    actions->addWidget(exportButton);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("customerSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    buildFilters();
    restoreState();

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::applyFilter);
    for (QComboBox *combo : {m_grade, m_owner, m_region, m_tag, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_late, &QCheckBox::toggled, this, &CustomersPage::applyFilter);
    connect(m_model, &CustomerTableModel::reloaded, this, [this](qint64 total) {
        m_count->setText(tr("%n customer(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
        if (!m_pendingSelection.isEmpty())
            showCustomer(m_pendingSelection);
        updateDetail();
        updateActions();
    });
    // A broad search shows its first page before its total is counted.
    connect(m_model, &CustomerTableModel::firstPageLoaded, this, [this] {
        if (m_model->isLoading())
            m_count->setText(tr("Counting…"));
    });
    connect(m_model, &CustomerTableModel::failed, this,
            [this](const QString &message) { report(tr("Customers"), message); });
    connect(m_model, &CustomerTableModel::pageLoaded, this, [this] {
        if (!m_pendingSelection.isEmpty())
            showCustomer(m_pendingSelection);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, &CustomersPage::editCustomer);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &CustomersPage::showColumnMenu);
    connect(m_newButton, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_editButton, &QPushButton::clicked, this, &CustomersPage::editCustomer);
    connect(m_gradeButton, &QPushButton::clicked, this, &CustomersPage::gradeSelected);
    connect(m_assignButton, &QPushButton::clicked, this, &CustomersPage::assignSelected);
    connect(m_tagButton, &QPushButton::clicked, this, &CustomersPage::tagSelected);
    connect(m_recordAction, &QAction::triggered, this, &CustomersPage::recordFollowUp);
    connect(m_opportunityAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() != 1)
            return;
        OpportunityDialog dialog(m_workspace, ids.first(), this);
        if (dialog.exec() == QDialog::Accepted)
            updateDetail();
    });
    connect(m_undoDowngradeAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() != 1)
            return;
        if (auto undone = m_workspace.review().undoDowngrade(ids.first()); !undone)
            return report(tr("Undo the R13 downgrade"), undone.error().message);
        showNotice(tr("%1 is B again.").arg(ids.first()), false);
        m_model->refresh();
        updateDetail();
    });
    connect(m_planAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT openPlan(ids.first());
    });
    connect(importButton, &QPushButton::clicked, this, &CustomersPage::importCustomers);
    connect(exportButton, &QPushButton::clicked, this, &CustomersPage::exportCustomers);
    connect(m_detail, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { showCustomer(url.path()); });
    applyFilter();
    updateActions();
}

CustomersPage::~CustomersPage()
{
    saveState();
}

void CustomersPage::buildFilters()
{
    m_grade->addItem(tr("All grades"), QString());
    m_grade->addItem(tr("Grade A"), QStringLiteral("A"));
    m_grade->addItem(tr("Grade B"), QStringLiteral("B"));
    m_grade->addItem(tr("Grade C"), QStringLiteral("C"));
    m_grade->addItem(tr("Ungraded"), QStringLiteral("none"));
    m_status->addItem(tr("All statuses"), QString());
    for (CustomerStatus status : allStatuses())
        m_status->addItem(CustomerTexts::status(status), statusKey(status));
    reloadChoices();
}

// Owners, regions and tags change as people work: refilled keeping the current choice.
void CustomersPage::reloadChoices()
{
    auto refill = [](QComboBox *combo, const QString &all,
                     const QList<std::pair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[label, value] : items)
            combo->addItem(label, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<std::pair<QString, QString>> owners;
    if (auto users = m_workspace.users().list()) {
        for (const User &user : *users)
            owners.append({user.name.isEmpty() ? user.login : user.name, user.login});
    }
    refill(m_owner, tr("All owners"), owners);
    QList<std::pair<QString, QString>> regions;
    if (auto list = m_workspace.regions().list()) {
        for (const Region &region : *list)
            regions.append({QStringLiteral("%1 %2").arg(region.code, region.name), region.code});
    }
    refill(m_region, tr("All regions"), regions);
    QList<std::pair<QString, QString>> tags;
    if (auto list = m_workspace.customers().tags()) {
        for (const auto &[tag, count] : *list)
            tags.append({QStringLiteral("%1 (%2)").arg(tag).arg(count), tag});
    }
    refill(m_tag, tr("All tags"), tags);
}

void CustomersPage::applyFilter()
{
    CustomerFilter filter;
    filter.grade = gradeFilterFromText(m_grade->currentData().toString())
                       .value_or(CustomerFilter::GradeFilter::Any);
    filter.ownerLogin = m_owner->currentData().toString();
    filter.region = m_region->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.status = statusFromText(m_status->currentData().toString());
    filter.lateOnly = m_late->isChecked();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

int CustomersPage::selectedCount() const
{
    // Rows are selected whole: each range is a run of rows (counting them does not build an
    // index per row, which takes seconds for a million).
    qint64 rows = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        rows += range.height();
    return int(std::min<qint64>(rows, INT_MAX));
}

QStringList CustomersPage::selectedIds() const
{
    QStringList ids;
    QSet<QString> seen;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        QStringList rangeIds;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QString id = m_model->customerId(row);
            if (id.isEmpty()) {
                rangeIds.clear();
                break;
            }
            rangeIds << id;
        }
        // Rows not loaded (a selection of thousands): their ids come from the list's query.
        if (rangeIds.isEmpty()) {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            auto fetched = m_workspace.customerBrowse().ids(
                m_model->filter(), m_model->currentSort(), range.top(), range.height());
            QGuiApplication::restoreOverrideCursor();
            if (fetched)
                rangeIds = *fetched;
        }
        for (const QString &id : std::as_const(rangeIds)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        }
    }
    return ids;
}

void CustomersPage::showCustomer(const QString &customerId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CustomerRow *loaded = m_model->rowAt(row);
        if (!loaded)
            break;
        if (loaded->id == customerId) {
            m_pendingSelection.clear();
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    // Not in the loaded rows: search for it.
    if (m_search->text() != customerId) {
        m_pendingSelection = customerId;
        m_search->setText(customerId);
        applyFilter();
    }
}

void CustomersPage::updateActions()
{
    const int selected = selectedCount();
    const Role role = m_workspace.actor().role;
    const bool manager = role == Role::Manager || role == Role::Admin;
    const bool editor = role != Role::Legal && role != Role::Finance;
    m_newButton->setEnabled(editor);
    m_editButton->setEnabled(editor && selected == 1);
    m_gradeButton->setEnabled(manager && selected >= 1);
    m_gradeButton->setToolTip(manager ? QString() : tr("Only a sales manager grades customers."));
    m_assignButton->setEnabled(manager && selected >= 1);
    m_tagButton->setEnabled(editor && selected >= 1);
    m_followUpButton->setEnabled(selected == 1);
    m_recordAction->setEnabled(editor);
    m_opportunityAction->setEnabled(editor);
    m_undoDowngradeAction->setEnabled(manager);
}

void CustomersPage::updateDetail()
{
    const int selected = selectedCount();
    const QStringList ids = selected == 1 ? selectedIds() : QStringList();
    if (ids.size() != 1) {
        m_detail->setHtml(selected == 0
                              ? tr("<p style='color:#64748b'>Select a customer to see its details "
                                   "and grade history.</p>")
                              : tr("<p>%n customers selected.</p>", nullptr, selected));
        return;
    }
    auto found = m_workspace.customers().find(ids.first());
    if (!found || !found->has_value()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(CustomerDetail::html(m_workspace, **found));
    updateAudit();
}

void CustomersPage::updateAudit()
{
    if (!m_audit || m_detailTabs->currentWidget() != m_audit)
        return;
    const QStringList ids = selectedCount() == 1 ? selectedIds() : QStringList();
    m_auditModel->setCustomer(ids.value(0));
    m_audit->resizeColumnsToContents();
}

void CustomersPage::refresh()
{
    reloadChoices();
    m_model->refresh();
    updateDetail();
}

void CustomersPage::newCustomer()
{
    CustomerDialog dialog(m_workspace, std::nullopt, this);
    connect(&dialog, &CustomerDialog::openCustomer, this, &CustomersPage::showCustomer);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadChoices();
    m_pendingSelection = dialog.savedId();
    showNotice(tr("Saved as %1.").arg(dialog.savedId()), false);
    m_model->refresh();
}

void CustomersPage::editCustomer()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto found = m_workspace.customers().find(ids.first());
    if (!found || !found->has_value())
        return;
    CustomerDialog dialog(m_workspace, **found, this);
    connect(&dialog, &CustomerDialog::openCustomer, this, &CustomersPage::showCustomer);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadChoices();
    m_model->refresh();
    updateDetail();
}

void CustomersPage::gradeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    GradeDialog dialog(m_workspace, ids, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showNotice(dialog.warnings().isEmpty() ? tr("Graded %n customer(s).", nullptr, int(ids.size()))
                                           : dialog.warnings().join(u' '),
               !dialog.warnings().isEmpty());
    m_model->refresh();
    updateDetail();
}

void CustomersPage::assignSelected()
{
    const QStringList ids = selectedIds();
    auto users = m_workspace.users().list();
    if (ids.isEmpty() || !users)
        return;
    QStringList choices;
    QStringList logins;
    for (const User &user : *users) {
        if (!user.active ||
            (user.role != Role::Rep && user.role != Role::Assistant && user.role != Role::Manager))
            continue;
        choices << (user.senior ? tr("%1 (%2, senior)") : tr("%1 (%2)"))
                       .arg(user.name.isEmpty() ? user.login : user.name, user.login);
        logins << user.login;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Assign"), tr("Assign %n customer(s) to:", nullptr, int(ids.size())), choices, 0,
        false, &ok);
    if (!ok)
        return;
    auto warnings = m_workspace.customers().assign(ids, logins.at(choices.indexOf(choice)));
    if (!warnings)
        return report(tr("Assign"), warnings.error().message);
    showNotice(warnings->isEmpty() ? tr("Assigned %n customer(s).", nullptr, int(ids.size()))
                                   : warnings->join(u' '),
               !warnings->isEmpty());
    m_model->refresh();
    updateDetail();
}

void CustomersPage::recordFollowUp()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    FollowUpDialog dialog(m_workspace, ids.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showNotice(dialog.warnings().isEmpty() ? tr("Follow-up recorded.")
                                           : dialog.warnings().join(u' '),
               !dialog.warnings().isEmpty());
    updateDetail();
}

void CustomersPage::tagSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    QAction *add = menu.addAction(tr("Add a tag…"));
    menu.addAction(tr("Remove a tag…"));
    QAction *chosen = menu.exec(m_tagButton->mapToGlobal(QPoint(0, m_tagButton->height())));
    if (!chosen)
        return;
    QStringList known;
    if (auto tags = m_workspace.customers().tags()) {
        for (const auto &[tag, count] : *tags)
            known << tag;
    }
    bool ok = false;
    const QString tag = QInputDialog::getItem(
        this, chosen == add ? tr("Add a tag") : tr("Remove a tag"),
        tr("Tag for %n customer(s):", nullptr, int(ids.size())), known, 0, chosen == add, &ok);
    if (!ok || tag.trimmed().isEmpty())
        return;
    auto status = chosen == add ? m_workspace.customers().addTag(ids, tag)
                                : m_workspace.customers().removeTag(ids, tag);
    if (!status)
        return report(tr("Tags"), status.error().message);
    reloadChoices();
    m_model->refresh();
    updateDetail();
}

void CustomersPage::importCustomers()
{
    ImportWizard wizard(m_workspace, this);
    wizard.exec();
    if (wizard.importedCount() == 0)
        return;
    showNotice(tr("Imported %n customer(s).", nullptr, wizard.importedCount()), false);
    reloadChoices();
    m_model->refresh();
}

void CustomersPage::exportCustomers()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export customers"), tr("customers.xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    auto written =
        m_workspace.customerExport().exportTo(path, m_model->filter(), m_model->currentSort());
    if (!written)
        return report(tr("Export customers"), written.error().message);
    QMessageBox::information(
        this, tr("Export customers"),
        tr("Exported %n customer(s) to %1.", nullptr, int(std::min<qint64>(*written, INT_MAX)))
            .arg(path));
}

void CustomersPage::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(column != CustomerTableModel::IdColumn &&
                           column != CustomerTableModel::NameColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void CustomersPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    auto choose = [&settings](QComboBox *combo, const QString &key) {
        const int index = combo->findData(settings.value(key).toString());
        combo->setCurrentIndex(std::max(0, index));
    };
    choose(m_grade, QStringLiteral("grade"));
    choose(m_owner, QStringLiteral("owner"));
    choose(m_region, QStringLiteral("region"));
    choose(m_tag, QStringLiteral("tag"));
    choose(m_status, QStringLiteral("status"));
    m_late->setChecked(settings.value(QStringLiteral("late"), false).toBool());
    const QHeaderView *view = m_table->horizontalHeader();
    m_model->sort(view->sortIndicatorSection(), view->sortIndicatorOrder());
}

void CustomersPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("grade"), m_grade->currentData());
    settings.setValue(QStringLiteral("owner"), m_owner->currentData());
    settings.setValue(QStringLiteral("region"), m_region->currentData());
    settings.setValue(QStringLiteral("tag"), m_tag->currentData());
    settings.setValue(QStringLiteral("status"), m_status->currentData());
    settings.setValue(QStringLiteral("late"), m_late->isChecked());
}

void CustomersPage::showNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
    m_notice->setStyleSheet(warning ? QStringLiteral("color: #b45309;")
                                    : QStringLiteral("color: #15803d;"));
}

void CustomersPage::report(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace sf::ui
