// SPDX-License-Identifier: MIT
#pragma once

#include "services/Workspace.h"

#include <QObject>
#include <QString>

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

    // Closes the workspace; called in the worker thread before it stops.
    Q_INVOKABLE void shutdown();
    // Called from the GUI thread when request `generation` supersedes the running one: stops its
    // query, so that the newer request (or closing the page) does not wait behind it.
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
