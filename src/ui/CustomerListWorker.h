// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerQuery.h"
#include "ui/WorkspaceWorker.h"

#include <QString>

#include <optional>

namespace sf {
class CustomerBrowseService;
}

namespace sf::ui {

// Runs the customer list's queries in its own thread. It reads as the address's user (the
// signed-in user), so that the list holds only the customers they may see. A newer request
// (interruptRunning) also skips the steps of the older one not started yet, so it does not wait
// behind a count or a scan no one needs.
class CustomerListWorker final : public WorkspaceWorker
{
    Q_OBJECT

public:
    CustomerListWorker(Workspace::Address address, int pageSize);

public Q_SLOTS:
    void reset(quint64 generation, const sf::CustomerFilter &filter, const sf::CustomerSort &sort);
    void fetch(quint64 generation, int page, const std::optional<sf::CustomerCursor> &cursor,
               bool inclusive, qint64 offset);

Q_SIGNALS:
    // The first page of a new filter or sort, with the total when the page holds all (else -1:
    // countDone follows).
    void resetDone(quint64 generation, qint64 total, const QList<sf::CustomerRow> &firstPage);
    void countDone(quint64 generation, qint64 total);
    void pageStartsDone(quint64 generation, const QList<sf::CustomerCursor> &starts);
    void pageDone(quint64 generation, int page, const QList<sf::CustomerRow> &rows);
    void failed(quint64 generation, const QString &message);

private:
    // The workspace's list service; null (failed emitted) when the workspace cannot be opened.
    CustomerBrowseService *browse(quint64 generation);

    int m_pageSize;
    CustomerFilter m_filter;
    CustomerSort m_sort;
    quint64 m_latest = 0;
};

} // namespace sf::ui
