// SPDX-License-Identifier: MIT
#include "ui/AuditTrailPage.h"

#include "services/AuditService.h"
#include "services/AuditTexts.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/AuditCountWorker.h"
#include "ui/AuditTableModel.h"
#include "ui/AuditTrailWorker.h"
#include "ui/TableViews.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sf::ui {
namespace {

constexpr int kSearchDelayMs = 250;
constexpr int kPageSize = 200;
// A date edit at its minimum means "no bound" and shows "Any".
const QDate kNoDate(2000, 1, 1);

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(AuditTrailPage::tr("Any"));
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

AuditTrailPage::AuditTrailPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditTableModel(workspace, this))
    , m_search(new QLineEdit(this))
    , m_entity(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_from(dateEdit(QStringLiteral("auditFrom"), this))
    , m_to(dateEdit(QStringLiteral("auditTo"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_searchTimer(new QTimer(this))
    , m_pages(new AuditTrailWorker(workspace.address()))
    , m_counter(new AuditCountWorker(workspace.address()))
{
    setObjectName(QStringLiteral("auditTrailPage"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search ids, fields and values"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(280);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->addItem(tr("All entities"), QString());
    for (const QString &key : AuditTexts::entityKeys())
        m_entity->addItem(AuditTexts::entity(key), key);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    setUpTableView(m_table);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::UserColumn, 90);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::EntityColumn, 120);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::IdColumn, 120);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::FieldColumn, 150);
    m_table->horizontalHeader()->resizeSection(AuditTableModel::OldValueColumn, 180);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search);
    filters->addWidget(m_entity);
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &AuditTrailPage::applyFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilter);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditTrailPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditTrailPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditTrailPage::chooseExportFile);

    m_pages->startIn(m_pageThread, QStringLiteral("audit-pages"));
    connect(this, &AuditTrailPage::searchRequested, m_pages, &AuditTrailWorker::search);
    connect(this, &AuditTrailPage::moreRequested, m_pages, &AuditTrailWorker::fetchMore);
    connect(m_model, &AuditTableModel::moreRequested, this,
            [this](const AuditQuery &query) { Q_EMIT moreRequested(m_generation, query); });
    connect(m_pages, &AuditTrailWorker::pageRead, this, &AuditTrailPage::showPage);
    connect(m_pages, &AuditTrailWorker::pageFailed, this, &AuditTrailPage::showPageFailure);
    m_counter->startIn(m_countThread, QStringLiteral("audit-count"));
    connect(this, &AuditTrailPage::countRequested, m_counter, &AuditCountWorker::count);
    connect(m_counter, &AuditCountWorker::counted, this, &AuditTrailPage::showCount);
    connect(m_counter, &AuditCountWorker::countFailed, this, &AuditTrailPage::showCountFailure);
}

AuditTrailPage::~AuditTrailPage()
{
    // Each worker's connection is closed in its own thread before the thread ends; a query still
    // running is stopped first (on SQLite), so closing the page does not wait for it.
    ++m_generation;
    m_pages->interruptRunning(m_generation);
    m_counter->interruptRunning(m_generation);
    m_pages->stopIn(m_pageThread, m_generation);
    m_counter->stopIn(m_countThread, m_generation);
}

void AuditTrailPage::reload()
{
    const QString chosen = m_user->currentData().toString();
    {
        const QSignalBlocker quiet(m_user);
        m_user->clear();
        m_user->addItem(tr("All users"), QString());
        if (auto users = m_workspace.users().list()) {
            for (const User &user : *users)
                m_user->addItem(user.login, user.login);
        }
        // Changes SalesFlow made itself (the first administrator, scheduled rules).
        m_user->addItem(QStringLiteral("system"), QStringLiteral("system"));
        m_user->setCurrentIndex(std::max(0, m_user->findData(chosen)));
    }
    applyFilter();
}

AuditQuery AuditTrailPage::currentQuery() const
{
    AuditQuery query;
    query.text = m_search->text().trimmed();
    query.entity = m_entity->currentData().toString();
    query.actor = m_user->currentData().toString();
    // Dates are days of the team's time zone: from the first day's start to the last day's end.
    const QTimeZone zone = m_workspace.settings().timeZone();
    if (m_from->date() > kNoDate)
        query.from = QDateTime(m_from->date(), QTime(0, 0), zone);
    if (m_to->date() > kNoDate)
        query.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone);
    return query;
}

void AuditTrailPage::applyFilter()
{
    m_searchTimer->stop();
    m_query = currentQuery();
    m_query.limit = kPageSize;
    // A read of the previous filter still running is stopped: on millions of entries a page of a
    // rare word, or a count, takes seconds. The rows shown until the new ones come ask for no
    // more pages.
    ++m_generation;
    m_pages->interruptRunning(m_generation);
    m_counter->interruptRunning(m_generation);
    m_model->stopFetching();
    m_reading = true;
    m_counting = true;
    m_export->setEnabled(false);
    m_count->setText(tr("Searching…"));
    Q_EMIT searchRequested(m_generation, m_query);
    Q_EMIT countRequested(m_generation, m_query);
}

void AuditTrailPage::showPage(quint64 generation, const AuditPage &page, bool first)
{
    if (generation != m_generation)
        return;
    if (!first) {
        m_model->appendPage(page);
        return;
    }
    m_reading = false;
    m_model->showPage(m_query, page);
    m_export->setEnabled(m_model->rowCount() > 0);
    if (m_counting)
        m_count->setText(tr("Counting…"));
}

void AuditTrailPage::showPageFailure(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    if (m_reading) {
        m_reading = false;
        m_model->showPage(m_query, {}); // the label says why
        m_export->setEnabled(false);
    } else {
        m_model->stopFetching();
    }
    dropCount(); // the label tells what went wrong, not a count
    m_count->setText(message);
}

void AuditTrailPage::dropCount()
{
    m_counting = false;
}

void AuditTrailPage::showCount(quint64 generation, qint64 count, bool atLeast)
{
    if (generation != m_generation || !m_counting)
        return;
    m_counting = false;
    m_count->setText(atLeast ? tr("More than %1 entries.").arg(QLocale().toString(count))
                             : tr("%n entries.", nullptr, int(count)));
}

void AuditTrailPage::showCountFailure(quint64 generation, const QString &message)
{
    if (generation != m_generation || !m_counting)
        return;
    m_counting = false;
    m_count->setText(message);
}

void AuditTrailPage::chooseExportFile()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit trail"),
        tr("audit-trail-%1.csv").arg(m_workspace.today().toString(Qt::ISODate)),
        tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportTo(path);
}

bool AuditTrailPage::exportTo(const QString &path)
{
    AuditService::Names names;
    names.entity = &AuditTexts::entity;
    names.field = &AuditTexts::field;
    const auto written = m_workspace.audit().exportCsv(currentQuery(), path, names);
    if (!written) {
        QMessageBox::warning(this, tr("Export audit trail"), written.error().message);
        return false;
    }
    dropCount(); // the label tells what was written, not a count still running
    m_count->setText(tr("%n entries written to %1.", nullptr, int(*written))
                         .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sf::ui
