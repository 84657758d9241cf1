// SPDX-License-Identifier: MIT
#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

namespace sf {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT at, actor, entity, entity_id, field, old_value, new_value FROM audit_log");

Result<QList<AuditEntry>> entriesFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        entries.append({sql::fromUtcText(query->value(0).toString()), query->value(1).toString(),
                        query->value(2).toString(), query->value(3).toString(),
                        query->value(4).toString(), query->value(5).toString(),
                        query->value(6).toString()});
    }
    return entries;
}

} // namespace

Status AuditRepository::append(const AuditEntry &entry)
{
    auto query = sql::run(m_db,
                          QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, "
                                         "field, old_value, new_value) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {sql::utcText(entry.at), entry.actor, entry.entity, entry.entityId,
                           sql::notNull(entry.field), entry.oldValue, entry.newValue});
    return query ? Status(Ok{}) : Status(query.error());
}

Result<QList<AuditEntry>> AuditRepository::forEntity(const QString &entity,
                                                     const QString &entityId) const
{
    return entriesFrom(sql::run(
        m_db, kSelect + QStringLiteral(" WHERE entity = ? AND entity_id = ? ORDER BY id DESC"),
        {entity, entityId}));
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit) const
{
    return entriesFrom(
        sql::run(m_db, kSelect + QStringLiteral(" ORDER BY id DESC LIMIT ?"), {limit}));
}

} // namespace sf
