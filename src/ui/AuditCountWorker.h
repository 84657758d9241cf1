// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditQuery.h"
#include "ui/WorkspaceWorker.h"

#include <QString>

namespace sf::ui {

// Counts the audit trail's entries matching a filter in a thread of its own: on millions of
// entries a count takes seconds, and neither the window nor the reading of the next page waits
// for it.
class AuditCountWorker final : public WorkspaceWorker
{
    Q_OBJECT

public:
    using WorkspaceWorker::WorkspaceWorker;

public Q_SLOTS:
    void count(quint64 generation, const sf::AuditQuery &query);

Q_SIGNALS:
    void counted(quint64 generation, qint64 count, bool atLeast);
    void countFailed(quint64 generation, const QString &message);
};

} // namespace sf::ui
