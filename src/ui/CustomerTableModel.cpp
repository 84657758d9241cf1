// SPDX-License-Identifier: MIT
#include "ui/CustomerTableModel.h"

#include "ui/CustomerListWorker.h"
#include "ui/CustomerTexts.h"

#include <QColor>
#include <QTimer>

namespace sf::ui {

CustomerTableModel::CustomerTableModel(const Workspace::Address &address, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(new CustomerListWorker(address, kPageSize))
{
    m_worker->startIn(m_thread, QStringLiteral("customer-list"));
    connect(this, &CustomerTableModel::resetRequested, m_worker, &CustomerListWorker::reset);
    connect(this, &CustomerTableModel::pageRequested, m_worker, &CustomerListWorker::fetch);
    connect(m_worker, &CustomerListWorker::resetDone, this, &CustomerTableModel::onReset);
    connect(m_worker, &CustomerListWorker::countDone, this, &CustomerTableModel::onCount);
    connect(m_worker, &CustomerListWorker::pageStartsDone, this, &CustomerTableModel::onPageStarts);
    connect(m_worker, &CustomerListWorker::pageDone, this, &CustomerTableModel::onPage);
    connect(m_worker, &CustomerListWorker::failed, this, &CustomerTableModel::onFailed);
    reload();
}

CustomerTableModel::~CustomerTableModel()
{
    // The worker's connection is closed in its own thread before the thread ends; a query still
    // running is stopped first, so closing the page never waits for it.
    m_worker->stopIn(m_thread, ++m_generation);
}

void CustomerTableModel::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CustomerTableModel::refresh()
{
    reload();
}

void CustomerTableModel::reload()
{
    ++m_generation;
    m_pending.clear();
    setLoading(true);
    m_worker->interruptRunning(m_generation);
    // Several changes in one go (the page restoring its sort and filters at start-up) make one
    // request, with the state they leave.
    if (m_reloadScheduled)
        return;
    m_reloadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadScheduled = false;
        Q_EMIT resetRequested(m_generation, m_filter, m_sort);
    });
}

void CustomerTableModel::onReset(quint64 generation, qint64 total,
                                 const QList<CustomerRow> &firstPage)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    // Until the count arrives the table holds the first page.
    m_total = total < 0 ? firstPage.size() : total;
    m_pages.clear();
    m_recent.clear();
    m_pageStarts.clear();
    m_pending.clear();
    storePage(0, firstPage);
    endResetModel();
    Q_EMIT firstPageLoaded();
    if (total >= 0) {
        setLoading(false);
        Q_EMIT reloaded(total);
    }
}

void CustomerTableModel::onCount(quint64 generation, qint64 total)
{
    if (generation != m_generation)
        return;
    // A view holds int rows: beyond that (2^31 customers) the list shows the first 2^31.
    const qint64 rows = std::min<qint64>(total, std::numeric_limits<int>::max());
    if (rows > m_total) {
        beginInsertRows({}, int(m_total), int(rows) - 1);
        m_total = rows;
        endInsertRows();
    }
    setLoading(false);
    Q_EMIT reloaded(total);
}

void CustomerTableModel::onPageStarts(quint64 generation, const QList<CustomerCursor> &starts)
{
    if (generation != m_generation)
        return;
    m_pageStarts = starts;
    Q_EMIT pageStartsLoaded();
}

void CustomerTableModel::onPage(quint64 generation, int page, const QList<CustomerRow> &rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    storePage(page, rows);
    const int first = page * kPageSize;
    const int last = std::min<int>(first + int(rows.size()), int(m_total)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

void CustomerTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    Q_EMIT failed(message);
}

void CustomerTableModel::storePage(int page, const QList<CustomerRow> &rows)
{
    m_pages.insert(page, rows);
    m_recent.removeAll(page);
    m_recent.append(page);
    // Page 0 stays: it is what a reset shows first.
    while (m_recent.size() > kCachedPages) {
        const int oldest = m_recent.first() == 0 ? m_recent.at(1) : m_recent.first();
        m_recent.removeAll(oldest);
        m_pages.remove(oldest);
    }
}

void CustomerTableModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    std::optional<CustomerCursor> cursor;
    bool inclusive = false;
    if (page < m_pageStarts.size()) {
        cursor = m_pageStarts.at(page);
        inclusive = true;
    } else if (const auto previous = m_pages.constFind(page - 1);
               previous != m_pages.constEnd() && !previous->isEmpty()) {
        cursor = CustomerCursor{previous->last().sortValue, previous->last().rowId};
    }
    auto *self = const_cast<CustomerTableModel *>(this);
    Q_EMIT self->pageRequested(m_generation, page, cursor, inclusive, qint64(page) * kPageSize);
}

const CustomerRow *CustomerTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / kPageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % kPageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QString CustomerTableModel::customerId(int row) const
{
    const CustomerRow *customer = rowAt(row);
    return customer ? customer->id : QString();
}

std::optional<CustomerSortKey> CustomerTableModel::sortKeyOf(int column)
{
    switch (column) {
    case IdColumn: return CustomerSortKey::Id;
    case NameColumn: return CustomerSortKey::Name;
    case GradeColumn: return CustomerSortKey::Grade;
    case StatusColumn: return CustomerSortKey::Status;
    case RegionColumn: return CustomerSortKey::Region;
    case OwnerColumn: return CustomerSortKey::Owner;
    case FirstContactColumn: return CustomerSortKey::FirstContact;
    case EnteredColumn: return CustomerSortKey::Entered;
    default: return std::nullopt;
    }
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const CustomerRow *row = rowAt(index.row());
    if (!row)
        return {};
    const auto when = [](const QDateTime &at) {
        return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    if (role == GradeRole)
        return row->grade ? gradeKey(*row->grade) : QString();
    if (role == LateEntryRole)
        return row->lateEntry;
    if (role == CustomerIdRole)
        return row->id;
    if (role == Qt::ToolTipRole && index.column() == EnteredColumn && row->lateEntry)
        return tr("Entered after the end of the working day after first contact (R2).");
    if (role == Qt::ForegroundRole && index.column() == EnteredColumn && row->lateEntry)
        return QColor(0xb4, 0x53, 0x09);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return row->id;
    case NameColumn: return row->name;
    case GradeColumn: return CustomerTexts::grade(row->grade);
    case StatusColumn: return CustomerTexts::status(row->status);
    case RegionColumn: return row->region;
    case OwnerColumn: return row->ownerLogin;
    case ContactColumn: return row->keyContact;
    case PhoneColumn: return row->keyPhone;
    case IndustryColumn: return row->industry;
    case SizeColumn: return row->companySize;
    case SourceColumn: return CustomerTexts::source(row->source);
    case TagsColumn: return row->tags.join(QStringLiteral("、"));
    case FirstContactColumn: return when(row->firstContactAt);
    case EnteredColumn:
        return row->lateEntry ? tr("%1 (late)").arg(when(row->enteredAt)) : when(row->enteredAt);
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Customer ID");
    case NameColumn: return tr("Name");
    case GradeColumn: return tr("Grade");
    case StatusColumn: return tr("Status");
    case RegionColumn: return tr("Region");
    case OwnerColumn: return tr("Owner");
    case ContactColumn: return tr("Key contact");
    case PhoneColumn: return tr("Phone");
    case IndustryColumn: return tr("Industry");
    case SizeColumn: return tr("Company size");
    case SourceColumn: return tr("Lead source");
    case TagsColumn: return tr("Tags");
    case FirstContactColumn: return tr("First contact");
    case EnteredColumn: return tr("Entered");
    default: return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    const CustomerSort sort{*key, order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void CustomerTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace sf::ui
