// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

// Where a page of the audit trail ends: the time and row id of its last (oldest) entry. The next
// page holds the entries strictly older than it, so entries of the same second are neither
// skipped nor repeated.
struct AuditCursor
{
    QDateTime at;
    qint64 id = 0;
};

// What to read of the audit trail, newest first. Every empty filter matches everything.
struct AuditQuery
{
    QString entity;                   // the entity type, exactly ("customer", "contract", …)
    QString entityId;                 // the entity's id, exactly but in any case
    QString actor;                    // the login of the user who made the change (any case)
    QString text;                     // a substring of the entity id, field, old or new value
    QDateTime from;                   // entries at or after this instant (invalid: no lower bound)
    QDateTime to;                     // entries before this instant (invalid: no upper bound)
    std::optional<AuditCursor> after; // the cursor of the previous page
    int limit = 200;
};

// One page of the trail and, when more entries may follow, the cursor to read them.
struct AuditPage
{
    QList<AuditEntry> entries;
    std::optional<AuditCursor> next;
};

// How many entries match a filter, counted up to a cap: `atLeast` when there are more.
struct AuditCount
{
    qint64 count = 0;
    bool atLeast = false;
};

} // namespace sf
