// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditEntry.h"
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

private:
    const Database &m_db;
};

} // namespace sf
