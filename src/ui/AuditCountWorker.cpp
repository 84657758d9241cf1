// SPDX-License-Identifier: MIT
#include "ui/AuditCountWorker.h"

#include "services/AuditService.h"

namespace sf::ui {

void AuditCountWorker::count(quint64 generation, const AuditQuery &query)
{
    // Changing several filters in a row queues several counts: only the newest is run.
    if (superseded(generation))
        return;
    QString error;
    Workspace *open = workspace(&error);
    if (!open) {
        Q_EMIT countFailed(generation, error);
        return;
    }
    auto total = open->audit().count(query);
    if (superseded(generation))
        return; // interrupted, or its answer no longer wanted
    if (!total) {
        Q_EMIT countFailed(generation, total.error().message);
        return;
    }
    Q_EMIT counted(generation, total->count, total->atLeast);
}

} // namespace sf::ui
