// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditQuery.h"
#include "services/Workspace.h"

#include <QObject>
#include <QString>

#include <memory>

namespace sf::ui {

// Counts the audit trail's entries matching a filter in its own thread, on a workspace opened in
// that thread (Qt's SQL connections must not cross threads): on millions of entries a count takes
// seconds. Every answer carries the generation of its request, so the page drops answers to a
// filter it no longer shows.
class AuditCountWorker final : public QObject
{
    Q_OBJECT

public:
    explicit AuditCountWorker(Workspace::Address address);
    ~AuditCountWorker() override;

    // Closes the workspace; called in the worker thread before it stops.
    Q_INVOKABLE void shutdown();

public Q_SLOTS:
    void count(quint64 generation, const sf::AuditQuery &query);

Q_SIGNALS:
    void counted(quint64 generation, qint64 count, bool atLeast);
    void failed(quint64 generation, const QString &message);

private:
    Workspace::Address m_address;
    std::unique_ptr<Workspace> m_workspace;
    quint64 m_latest = 0;
};

} // namespace sf::ui
