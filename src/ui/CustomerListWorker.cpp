// SPDX-License-Identifier: MIT
#include "ui/CustomerListWorker.h"

#include "services/CustomerBrowseService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QThread>

namespace sf::ui {

namespace {
constexpr int kPageStartsDelayMs = 300;
}

CustomerListWorker::CustomerListWorker(Workspace::Address address, int pageSize)
    : WorkspaceWorker(std::move(address))
    , m_pageSize(pageSize)
{}

CustomerBrowseService *CustomerListWorker::browse(quint64 generation)
{
    QString error;
    Workspace *open = workspace(&error);
    if (!open) {
        Q_EMIT failed(generation, error);
        return nullptr;
    }
    return &open->customerBrowse();
}

void CustomerListWorker::reset(quint64 generation, const CustomerFilter &filter,
                               const CustomerSort &sort)
{
    m_latest = generation;
    // Typing fast queues several resets: only the newest is worth answering.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (generation != m_latest || superseded(generation))
        return;
    CustomerBrowseService *list = browse(generation);
    if (!list)
        return;
    m_filter = filter;
    m_sort = sort;
    CustomerBrowseService &browse = *list;
    // The first page before the count: the table shows matches while a broad search is still
    // being counted.
    auto first = browse.page(filter, sort, std::nullopt, false, m_pageSize);
    if (!first) {
        Q_EMIT failed(generation, first.error().message);
        return;
    }
    if (first->size() < m_pageSize) {
        Q_EMIT resetDone(generation, first->size(), *first);
        return;
    }
    Q_EMIT resetDone(generation, -1, *first);
    if (superseded(generation))
        return;
    auto total = browse.count(filter);
    if (!total) {
        Q_EMIT failed(generation, total.error().message);
        return;
    }
    Q_EMIT countDone(generation, *total);
    if (*total <= m_pageSize)
        return;
    // The first row of every page: afterwards any row is one keyset query away. Its sort cannot
    // be interrupted, so while the user is still typing (a newer request within a moment) it is
    // not started at all.
    for (int waited = 0; waited < kPageStartsDelayMs; waited += 10) {
        if (superseded(generation))
            return;
        QThread::msleep(10);
    }
    if (superseded(generation))
        return;
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
    if (generation != m_latest || superseded(generation))
        return;
    CustomerBrowseService *list = browse(generation);
    if (!list)
        return;
    CustomerBrowseService &browse = *list;
    auto rows = cursor ? browse.page(m_filter, m_sort, cursor, inclusive, m_pageSize)
                       : browse.pageAt(m_filter, m_sort, offset, m_pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.error().message);
        return;
    }
    Q_EMIT pageDone(generation, page, *rows);
}

} // namespace sf::ui
