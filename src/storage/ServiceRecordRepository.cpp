// SPDX-License-Identifier: MIT
#include "storage/ServiceRecordRepository.h"

#include "storage/AccessScopeSql.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {
namespace {

const QString kRecordColumns = QStringLiteral(
    "SELECT s.id, c.code, c.name, ifnull(u.login, ''), s.contract_id, ifnull(k.number, ''), "
    "s.kind, s.status, s.satisfaction, s.summary, s.happened_on, s.next_maintenance, "
    "s.created_at, s.created_by, s.version, s.updated_at FROM service_records s "
    "JOIN customers c ON c.id = s.customer_id LEFT JOIN users u ON u.id = c.owner_id "
    "LEFT JOIN contracts k ON k.id = s.contract_id ");

// The owner's customers, as the other owner filters write it (MyDayQueries).
const QString kOwnerIs = QStringLiteral("c.owner_id = (SELECT id FROM users WHERE login = ?)");

ServiceRecord recordFrom(const QSqlQuery &query)
{
    ServiceRecord record;
    record.id = query.value(0).toLongLong();
    record.customerId = query.value(1).toString();
    record.customerName = query.value(2).toString();
    record.ownerLogin = query.value(3).toString();
    if (!query.value(4).isNull())
        record.contractId = query.value(4).toLongLong();
    record.contractNumber = query.value(5).toString();
    record.kind = serviceKindFromText(query.value(6).toString()).value_or(ServiceKind::Visit);
    record.status = serviceStatusFromText(query.value(7).toString()).value_or(ServiceStatus::Open);
    if (!query.value(8).isNull())
        record.satisfaction = query.value(8).toInt();
    record.summary = query.value(9).toString();
    record.happenedOn = sql::fromDateText(query.value(10).toString());
    record.nextMaintenance = sql::dateOrNone(query.value(11));
    record.createdAt = sql::fromUtcText(query.value(12).toString());
    record.createdBy = query.value(13).toString();
    record.version = query.value(14).toInt();
    record.updatedAt = sql::fromUtcText(query.value(15).toString());
    return record;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalSatisfaction(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

Result<QList<ServiceRecord>> records(const Database &db, const QString &tail,
                                     const QVariantList &values)
{
    auto query = sql::run(db, kRecordColumns + tail, values);
    if (!query)
        return query.error();
    QList<ServiceRecord> found;
    while (query->next())
        found.append(recordFrom(*query));
    return found;
}

} // namespace

Result<qint64> ServiceRecordRepository::insert(qint64 customerRowId,
                                               const ServiceRecord &record) const
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO service_records (customer_id, contract_id, kind, status, "
                       "satisfaction, summary, happened_on, next_maintenance, created_at, "
                       "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {customerRowId, optionalId(record.contractId), serviceKindKey(record.kind),
         serviceStatusKey(record.status), optionalSatisfaction(record.satisfaction), record.summary,
         sql::dateText(record.happenedOn), sql::optionalDate(record.nextMaintenance),
         sql::utcText(record.createdAt), record.createdBy, sql::utcText(record.updatedAt)});
}

Result<bool> ServiceRecordRepository::update(const ServiceRecord &record) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral("UPDATE service_records SET contract_id = ?, kind = ?, status = ?, "
                       "satisfaction = ?, summary = ?, happened_on = ?, next_maintenance = ?, "
                       "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
        {optionalId(record.contractId), serviceKindKey(record.kind),
         serviceStatusKey(record.status), optionalSatisfaction(record.satisfaction), record.summary,
         sql::dateText(record.happenedOn), sql::optionalDate(record.nextMaintenance),
         sql::utcText(record.updatedAt), record.id, record.version});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Result<std::optional<ServiceRecord>> ServiceRecordRepository::find(qint64 id) const
{
    auto found = records(m_db, QStringLiteral("WHERE s.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ServiceRecord>();
    return std::optional<ServiceRecord>(found->first());
}

Result<QList<ServiceRecord>> ServiceRecordRepository::forCustomer(qint64 customerRowId) const
{
    return records(m_db,
                   QStringLiteral("WHERE s.customer_id = ? ORDER BY s.happened_on DESC, s.id DESC"),
                   {customerRowId});
}

Result<QList<ServiceRecord>> ServiceRecordRepository::list(const ServiceRecordFilter &filter) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.customerRowId) {
        where += QStringLiteral(" AND s.customer_id = ?");
        values << *filter.customerRowId;
    }
    if (filter.kind) {
        where += QStringLiteral(" AND s.kind = ?");
        values << serviceKindKey(*filter.kind);
    }
    if (filter.status) {
        where += QStringLiteral(" AND s.status = ?");
        values << serviceStatusKey(*filter.status);
    }
    if (!filter.ownerLogin.isEmpty()) {
        where += QStringLiteral(" AND ") + kOwnerIs;
        values << filter.ownerLogin;
    }
    if (filter.maintenanceDueBy) {
        // The customer's latest record carries the next maintenance date: an earlier record's
        // date is superseded by the service that followed it.
        where += QStringLiteral(
            " AND s.next_maintenance IS NOT NULL AND s.next_maintenance <= ? AND NOT EXISTS "
            "(SELECT 1 FROM service_records l WHERE l.customer_id = s.customer_id AND "
            "(l.happened_on > s.happened_on OR (l.happened_on = s.happened_on AND l.id > s.id)))");
        values << sql::dateText(*filter.maintenanceDueBy);
    }
    where += sql::scopeCondition(filter.scope, QStringLiteral("c.owner_id"), values);
    values << filter.limit;
    return records(m_db, where + QStringLiteral(" ORDER BY s.happened_on DESC, s.id DESC LIMIT ?"),
                   values);
}

Result<SatisfactionSummary> ServiceRecordRepository::satisfaction(qint64 customerRowId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT ifnull(avg(satisfaction), 0), count(satisfaction) "
                                         "FROM service_records WHERE customer_id = ?"),
                          {customerRowId});
    if (!query)
        return query.error();
    SatisfactionSummary summary;
    if (query->next()) {
        summary.average = query->value(0).toDouble();
        summary.rated = query->value(1).toInt();
    }
    return summary;
}

Result<QList<ContractEnding>>
ServiceRecordRepository::contractsEnding(QDate from, QDate to, bool withoutRenewal,
                                         const QString &ownerLogin, const AccessScope &scope) const
{
    QString statement = QStringLiteral(
        "SELECT k.id, k.number, k.title, c.code, c.name, ifnull(u.login, ''), k.price_fen, "
        "k.currency, k.end_date, k.renewal_opportunity_id, o.stage FROM contracts k "
        "JOIN customers c ON c.id = k.customer_id LEFT JOIN users u ON u.id = c.owner_id "
        "LEFT JOIN opportunities o ON o.id = k.renewal_opportunity_id "
        "WHERE k.end_date BETWEEN ? AND ? AND k.status IN ('signed', 'in_delivery')");
    QVariantList values{sql::dateText(from), sql::dateText(to)};
    if (withoutRenewal)
        statement += QStringLiteral(" AND k.renewal_opportunity_id IS NULL");
    if (!ownerLogin.isEmpty()) {
        statement += QStringLiteral(" AND ") + kOwnerIs;
        values << ownerLogin;
    }
    statement += sql::scopeCondition(scope, QStringLiteral("c.owner_id"), values);
    statement += QStringLiteral(" ORDER BY k.end_date, k.id");
    auto query = sql::run(m_db, statement, values);
    if (!query)
        return query.error();
    QList<ContractEnding> contracts;
    while (query->next()) {
        ContractEnding ending;
        ending.contractId = query->value(0).toLongLong();
        ending.number = query->value(1).toString();
        ending.title = query->value(2).toString();
        ending.customerId = query->value(3).toString();
        ending.customerName = query->value(4).toString();
        ending.ownerLogin = query->value(5).toString();
        ending.priceFen = query->value(6).toLongLong();
        ending.currency = query->value(7).toString();
        ending.end = sql::fromDateText(query->value(8).toString());
        if (!query->value(9).isNull())
            ending.renewalOpportunityId = query->value(9).toLongLong();
        if (!query->value(10).isNull())
            ending.renewalStage = stageFromText(query->value(10).toString());
        contracts.append(ending);
    }
    return contracts;
}

Result<bool> ServiceRecordRepository::contractOfCustomer(qint64 contractId,
                                                         qint64 customerRowId) const
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT 1 FROM contracts WHERE id = ? AND customer_id = ?"),
                 {contractId, customerRowId});
    if (!query)
        return query.error();
    return query->next();
}

Result<bool> ServiceRecordRepository::setRenewalOpportunity(qint64 contractId,
                                                            qint64 opportunityId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("UPDATE contracts SET renewal_opportunity_id = ? "
                                         "WHERE id = ? AND renewal_opportunity_id IS NULL"),
                          {opportunityId, contractId});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

} // namespace sf
