// SPDX-License-Identifier: MIT
#include "ui/AuditCountWorker.h"

#include "services/AuditService.h"

#include <QCoreApplication>

namespace sf::ui {

AuditCountWorker::AuditCountWorker(Workspace::Address address)
    : m_address(std::move(address))
{}

AuditCountWorker::~AuditCountWorker() = default;

void AuditCountWorker::shutdown()
{
    m_workspace.reset();
}

void AuditCountWorker::count(quint64 generation, const AuditQuery &query)
{
    m_latest = generation;
    // Changing several filters in a row queues several counts: only the newest is worth running.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (generation != m_latest)
        return;
    if (!m_workspace) {
        auto workspace = Workspace::open(m_address);
        if (!workspace) {
            Q_EMIT failed(generation, workspace.error().message);
            return;
        }
        m_workspace = std::move(*workspace);
    }
    auto total = m_workspace->audit().count(query);
    if (!total) {
        Q_EMIT failed(generation, total.error().message);
        return;
    }
    Q_EMIT counted(generation, total->count, total->atLeast);
}

} // namespace sf::ui
