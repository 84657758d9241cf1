// SPDX-License-Identifier: MIT
#include "ui/CustomerListWorker.h"

#include "services/CustomerBrowseService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QThread>

namespace sf::ui {

CustomerListWorker::CustomerListWorker(QString databasePath, int pageSize)
    : m_databasePath(std::move(databasePath))
    , m_pageSize(pageSize)
{}

CustomerListWorker::~CustomerListWorker() = default;

void CustomerListWorker::shutdown()
{
    m_browse = nullptr;
    m_workspace.reset();
}

void CustomerListWorker::interruptRunning()
{
    if (CustomerBrowseService *browse = m_browse.load())
        browse->interrupt();
}

bool CustomerListWorker::open(quint64 generation)
{
    if (m_workspace)
        return true;
    auto workspace = Workspace::open(m_databasePath);
    if (!workspace) {
        Q_EMIT failed(generation, workspace.error().message);
        return false;
    }
    m_workspace = std::move(*workspace);
    m_browse = &m_workspace->customerBrowse();
    return true;
}

void CustomerListWorker::reset(quint64 generation, const CustomerFilter &filter,
                               const CustomerSort &sort)
{
    m_latest = generation;
    // Typing fast queues several resets: only the newest is worth answering.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (generation != m_latest || !open(generation))
        return;
    m_filter = filter;
    m_sort = sort;
    CustomerBrowseService &browse = m_workspace->customerBrowse();
    auto total = browse.count(filter);
    if (!total) {
        Q_EMIT failed(generation, total.error().message);
        return;
    }
    auto first = browse.page(filter, sort, std::nullopt, false, m_pageSize);
    if (!first) {
        Q_EMIT failed(generation, first.error().message);
        return;
    }
    Q_EMIT resetDone(generation, *total, *first);
    if (*total <= m_pageSize)
        return;
    // The first row of every page: afterwards any row is one keyset query away.
    auto starts = browse.pageStarts(filter, sort, m_pageSize);
    if (!starts) {
        Q_EMIT failed(generation, starts.error().message);
        return;
    }
    Q_EMIT pageStartsDone(generation, *starts);
}

void CustomerListWorker::fetch(quint64 generation, int page,
                               const std::optional<CustomerCursor> &cursor, bool inclusive,
                               qint64 offset)
{
    if (generation != m_latest || !open(generation))
        return;
    CustomerBrowseService &browse = m_workspace->customerBrowse();
    auto rows = cursor ? browse.page(m_filter, m_sort, cursor, inclusive, m_pageSize)
                       : browse.pageAt(m_filter, m_sort, offset, m_pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.error().message);
        return;
    }
    Q_EMIT pageDone(generation, page, *rows);
}

} // namespace sf::ui
