// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditEntry.h"
#include "core/AuditQuery.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sf {

class Database;

class AuditRepository
{
public:
    explicit AuditRepository(const Database &db)
        : m_db(db)
    {}

    // Appends in the caller's transaction, so the trail and the change commit together.
    Status append(const AuditEntry &entry);
    Result<QList<AuditEntry>> forEntity(const QString &entity, const QString &entityId) const;
    Result<QList<AuditEntry>> latest(int limit) const;

    // One page of the entries matching `query`, newest first ((at, id) descending), after the
    // query's cursor. Each filter but the free text is one index range (0006_audit_search.sql).
    Result<AuditPage> search(const AuditQuery &query) const;
    // How many entries match `query` (its cursor and limit ignored), counted up to `cap`.
    Result<AuditCount> count(const AuditQuery &query, qint64 cap) const;
    // The trail of one customer (its internal row id), newest first, at most `limit` entries: its
    // own entries and those of its plan items, follow-ups, opportunities, contracts, payments and
    // service records, related through those tables.
    Result<QList<AuditEntry>> forCustomer(qint64 customerRowId, int limit) const;

private:
    const Database &m_db;
};

} // namespace sf
