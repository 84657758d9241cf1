// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditQuery.h"
#include "ui/WorkspaceWorker.h"

#include <QString>

#include <optional>

namespace sf::ui {

// Reads the audit trail page's entries, a page at a time, in a thread of its own: on millions of
// entries a page of a rare word takes seconds, and the window stays responsive meanwhile.
class AuditTrailWorker final : public WorkspaceWorker
{
    Q_OBJECT

public:
    using WorkspaceWorker::WorkspaceWorker;

public Q_SLOTS:
    // The first page of `query`.
    void search(quint64 generation, const sf::AuditQuery &query);
    // The page after `query.after`.
    void fetchMore(quint64 generation, const sf::AuditQuery &query);

Q_SIGNALS:
    void pageRead(quint64 generation, const sf::AuditPage &page, bool first);
    void pageFailed(quint64 generation, const QString &message);

private:
    // The page `query` asks for; nullopt when its answer is no longer wanted or it failed
    // (pageFailed emitted).
    std::optional<AuditPage> readPage(quint64 generation, const AuditQuery &query);
};

} // namespace sf::ui
