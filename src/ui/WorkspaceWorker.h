// SPDX-License-Identifier: MIT
#pragma once

#include "services/Workspace.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace sf::ui {

// The base of the objects that run a page's queries in a thread of their own, on a workspace
// opened in that thread (Qt's SQL connections must not cross threads) as the signed-in user.
// Requests are numbered (generations): a newer one stops the query of an older one, and answers
// carry their request's number, so that the page drops those it no longer wants.
class WorkspaceWorker : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWorker(Workspace::Address address);
    ~WorkspaceWorker() override;

    // Moves the worker into `thread` (named `name`, for debuggers and logs) and starts it; the
    // worker is deleted when the thread ends.
    void startIn(QThread &thread, const QString &name);
    // From the owner's thread: stops the running query (request `generation` supersedes it),
    // closes the workspace in the worker's thread, and ends `thread`; the worker is gone after.
    void stopIn(QThread &thread, quint64 generation);
    // Closes the workspace; called in the worker thread before it stops.
    Q_INVOKABLE void shutdown();
    // Called from the GUI thread when request `generation` supersedes the running one: stops its
    // query (on SQLite; Workspace::interrupt), so that the newer request (or closing the page)
    // does not wait behind it.
    void interruptRunning(quint64 generation);

protected:
    // The workspace, opened on first use; null, with `error` set, when it cannot be opened.
    Workspace *workspace(QString *error);
    // A newer request has been made since `generation`.
    bool superseded(quint64 generation) const { return m_newest.load() > generation; }

private:
    Workspace::Address m_address;
    std::unique_ptr<Workspace> m_workspace;
    std::atomic<Workspace *> m_open{nullptr};
    std::atomic<quint64> m_newest{0};
};

} // namespace sf::ui
