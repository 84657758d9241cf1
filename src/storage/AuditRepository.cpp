// SPDX-License-Identifier: MIT
#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QStringList>

#include <algorithm>

namespace sf {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT at, actor, entity, entity_id, field, old_value, new_value FROM audit_log");
const QString kSelectWithId = QStringLiteral(
    "SELECT at, actor, entity, entity_id, field, old_value, new_value, id FROM audit_log");

AuditEntry entryOf(const QSqlQuery &query)
{
    return {sql::fromUtcText(query.value(0).toString()),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toString()};
}

Result<QList<AuditEntry>> entriesFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next())
        entries.append(entryOf(*query));
    return entries;
}

// A LIKE pattern matching `text` anywhere, its own % _ and \ taken literally (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// The WHERE clause of a search's filters (never its cursor) and the values it binds.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterOf(const AuditQuery &query, Dialect dialect)
{
    QStringList terms;
    Filter filter;
    if (!query.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        filter.values << query.entity;
    }
    if (!query.entityId.trimmed().isEmpty()) {
        terms << QStringLiteral("entity_id = ? COLLATE NOCASE");
        filter.values << query.entityId.trimmed();
    }
    if (!query.actor.isEmpty()) {
        terms << QStringLiteral("actor = ? COLLATE NOCASE");
        filter.values << query.actor;
    }
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does so too.
        terms << QStringLiteral("(entity_id %1 ? ESCAPE '\\' OR field %1 ? ESCAPE '\\' OR "
                                "old_value %1 ? ESCAPE '\\' OR new_value %1 ? ESCAPE '\\')")
                     .arg(sql::likeIgnoringCase(dialect));
        const QString pattern = containsPattern(text);
        filter.values << pattern << pattern << pattern << pattern;
    }
    if (query.from.isValid()) {
        terms << QStringLiteral("at >= ?");
        filter.values << sql::utcText(query.from);
    }
    if (query.to.isValid()) {
        terms << QStringLiteral("at < ?");
        filter.values << sql::utcText(query.to);
    }
    if (!terms.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return filter;
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

Result<AuditPage> AuditRepository::search(const AuditQuery &query) const
{
    Filter filter = filterOf(query, m_db.dialect());
    QString statement = kSelectWithId + filter.where;
    if (query.after) {
        statement += filter.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        statement += QStringLiteral("(at, id) < (?, ?)");
        filter.values << sql::utcText(query.after->at) << query.after->id;
    }
    const int limit = std::max(1, query.limit);
    // One row more than the page tells whether another page follows.
    statement += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    filter.values << limit + 1;
    auto rows = sql::scan(m_db, statement, filter.values);
    if (!rows)
        return rows.error();
    AuditPage page;
    qint64 lastId = 0;
    while (rows->next()) {
        if (page.entries.size() == limit) {
            page.next = AuditCursor{page.entries.last().at, lastId};
            break;
        }
        lastId = rows->value(7).toLongLong();
        page.entries.append(entryOf(*rows));
    }
    return page;
}

Result<AuditCount> AuditRepository::count(const AuditQuery &query, qint64 cap) const
{
    Filter filter = filterOf(query, m_db.dialect());
    filter.values << cap + 1;
    auto rows = sql::run(
        m_db,
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM audit_log%1 LIMIT ?) AS matches")
            .arg(filter.where),
        filter.values);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return sql::errorOf(*rows);
    const qint64 counted = rows->value(0).toLongLong();
    return AuditCount{std::min(counted, cap), counted > cap};
}

Result<QList<AuditEntry>> AuditRepository::forCustomer(qint64 customerRowId, int limit) const
{
    // One index range of audit_log per record of the customer; the records' ids come from their
    // tables. CROSS JOIN keeps the customer's records outside: without statistics SQLite would
    // otherwise walk every audit entry of that entity type.
    static const QString statement = QStringLiteral(
        "SELECT at, actor, entity, entity_id, field, old_value, new_value FROM ("
        " SELECT a.* FROM audit_log a WHERE a.entity = 'customer' AND a.entity_id = "
        "  (SELECT code FROM customers WHERE id = ?) COLLATE NOCASE"
        " UNION ALL SELECT a.* FROM plan_items r CROSS JOIN audit_log a"
        "  ON a.entity = 'plan_item' AND a.entity_id = CAST(r.id AS TEXT) WHERE r.customer_id = ?"
        " UNION ALL SELECT a.* FROM followups r CROSS JOIN audit_log a"
        "  ON a.entity = 'followup' AND a.entity_id = CAST(r.id AS TEXT) WHERE r.customer_id = ?"
        " UNION ALL SELECT a.* FROM opportunities r CROSS JOIN audit_log a"
        "  ON a.entity = 'opportunity' AND a.entity_id = CAST(r.id AS TEXT)"
        "  WHERE r.customer_id = ?"
        " UNION ALL SELECT a.* FROM contracts r CROSS JOIN audit_log a"
        "  ON a.entity = 'contract' AND a.entity_id = r.number WHERE r.customer_id = ?"
        " UNION ALL SELECT a.* FROM contracts c CROSS JOIN payments r ON r.contract_id = c.id"
        "  CROSS JOIN audit_log a ON a.entity = 'payment' AND a.entity_id = CAST(r.id AS TEXT)"
        "  WHERE c.customer_id = ?"
        " UNION ALL SELECT a.* FROM service_records r CROSS JOIN audit_log a"
        "  ON a.entity = 'service_record' AND a.entity_id = CAST(r.id AS TEXT)"
        "  WHERE r.customer_id = ?"
        ") AS entries ORDER BY at DESC, id DESC LIMIT ?");
    QVariantList values(7, customerRowId); // once per kind of record
    values << std::max(1, limit);
    return entriesFrom(sql::run(m_db, sql::orderedJoins(m_db.dialect(), statement), values));
}

} // namespace sf
