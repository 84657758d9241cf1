// SPDX-License-Identifier: MIT
#include "ui/AuditTrailWorker.h"

#include "services/AuditService.h"

namespace sf::ui {

std::optional<AuditPage> AuditTrailWorker::readPage(quint64 generation, const AuditQuery &query)
{
    // Changing several filters in a row queues several requests: only the newest is answered.
    if (superseded(generation))
        return std::nullopt;
    QString error;
    Workspace *open = workspace(&error);
    if (!open) {
        Q_EMIT pageFailed(generation, error);
        return std::nullopt;
    }
    auto page = open->audit().search(query);
    if (superseded(generation))
        return std::nullopt; // interrupted, or its answer no longer wanted
    if (!page) {
        Q_EMIT pageFailed(generation, page.error().message);
        return std::nullopt;
    }
    return *page;
}

void AuditTrailWorker::search(quint64 generation, const AuditQuery &query)
{
    if (const std::optional<AuditPage> page = readPage(generation, query))
        Q_EMIT pageRead(generation, *page, true);
}

void AuditTrailWorker::fetchMore(quint64 generation, const AuditQuery &query)
{
    if (const std::optional<AuditPage> page = readPage(generation, query))
        Q_EMIT pageRead(generation, *page, false);
}

} // namespace sf::ui
