// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerQuery.h"
#include "services/Workspace.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace sf {
class CustomerBrowseService;
class Workspace;
} // namespace sf

namespace sf::ui {

// Runs the customer list's queries in its own thread, on a workspace opened in that thread (Qt's
// SQL connections must not cross threads). Every answer carries the generation of the request, so
// the model drops answers to a filter it no longer shows.
class CustomerListWorker final : public QObject
{
    Q_OBJECT

public:
    // Reads as the address's user (the signed-in user), so that the list holds only the customers
    // they may see.
    CustomerListWorker(Workspace::Address address, int pageSize);
    ~CustomerListWorker() override;

    // Closes the workspace; called in the worker thread before it stops.
    Q_INVOKABLE void shutdown();
    // Called from the GUI thread when request `generation` supersedes the running one: stops its
    // query, and the steps it has not started, so the newer request does not wait behind a count
    // or a scan no one needs.
    void interruptRunning(quint64 generation);

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
    bool open(quint64 generation);
    // A newer request has been made since `generation`.
    bool superseded(quint64 generation) const { return m_newest.load() > generation; }

    Workspace::Address m_address;
    int m_pageSize;
    std::unique_ptr<Workspace> m_workspace;
    std::atomic<CustomerBrowseService *> m_browse{nullptr};
    CustomerFilter m_filter;
    CustomerSort m_sort;
    quint64 m_latest = 0;
    std::atomic<quint64> m_newest{0};
};

} // namespace sf::ui
