// SPDX-License-Identifier: MIT
#include "services/ServiceRecordService.h"

#include "core/Money.h"
#include "services/InTransaction.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/FollowUpRepository.h"
#include "storage/ServiceRecordRepository.h"

namespace sf {
namespace {

const QString kEntity = QStringLiteral("service_record");

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

// The fields an edit may change, as (audit field, value) pairs.
QList<std::pair<QString, QString>> fields(const ServiceRecord &record)
{
    return {
        {QStringLiteral("contract"),
         record.contractId ? QString::number(*record.contractId) : QString()},
        {QStringLiteral("kind"), serviceKindKey(record.kind)},
        {QStringLiteral("status"), serviceStatusKey(record.status)},
        {QStringLiteral("satisfaction"),
         record.satisfaction ? QString::number(*record.satisfaction) : QString()},
        {QStringLiteral("summary"), record.summary},
        {QStringLiteral("happened_on"), record.happenedOn.toString(Qt::ISODate)},
        {QStringLiteral("next_maintenance"), dateText(record.nextMaintenance)},
    };
}

QString localText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

namespace afterSales {

TimelineEvent timelineEvent(const ServiceRecord &record, const QTimeZone &zone)
{
    using Tr = ServiceRecordService;
    // Recorded on the day it happened: the recording time; otherwise noon of that day.
    const QDateTime at = record.createdAt.toTimeZone(zone).date() == record.happenedOn
                             ? record.createdAt
                             : QDateTime(record.happenedOn, QTime(12, 0), zone).toUTC();
    QStringList detail;
    detail << Tr::tr("Status: %1").arg(ServiceRecordRules::statusName(record.status));
    if (!record.contractNumber.isEmpty())
        detail << Tr::tr("Contract: %1").arg(record.contractNumber);
    if (record.satisfaction)
        detail << Tr::tr("Satisfaction: %1").arg(ServiceRecordRules::stars(record.satisfaction));
    if (record.nextMaintenance)
        detail << Tr::tr("Next maintenance: %1").arg(record.nextMaintenance->toString(Qt::ISODate));
    return {
        TimelineEvent::Kind::Service,
        at,
        record.createdBy,
        Tr::tr("Service (%1): %2").arg(ServiceRecordRules::kindName(record.kind), record.summary),
        detail.join(u'\n'),
        record.satisfaction && *record.satisfaction <= 2};
}

} // namespace afterSales

Status ServiceRecordService::requireRecorder() const
{
    return m_context.requireRole({Role::Rep, Role::Assistant, Role::Manager, Role::Admin},
                                 tr("Only sales reps, assistants and managers record service."));
}

Status ServiceRecordService::check(const ServiceRecord &record, qint64 customerRowId) const
{
    if (const QStringList problems = ServiceRecordRules::problems(record); !problems.isEmpty())
        return Error::invalid(
            tr("The service record cannot be saved: %1.").arg(problems.join(tr("; "))));
    if (record.contractId) {
        auto belongs = ServiceRecordRepository(m_context.db)
                           .contractOfCustomer(*record.contractId, customerRowId);
        if (!belongs)
            return belongs.error();
        if (!*belongs)
            return Error::invalid(
                tr("The contract is not one of customer %1's contracts.").arg(record.customerId));
    }
    return Ok{};
}

Result<ServiceRecord> ServiceRecordService::add(const ServiceRecord &draft)
{
    if (auto allowed = requireRecorder(); !allowed)
        return allowed.error();
    ServiceRecord record = draft;
    record.customerId = record.customerId.trimmed().toUpper();
    record.summary = record.summary.trimmed();
    if (record.customerId.isEmpty())
        return Error::invalid(tr("The service record cannot be saved: %1.")
                                  .arg(ServiceRecordRules::problems(record).join(tr("; "))));
    auto rowId = m_context.customerRowId(record.customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    if (auto checked = check(record, *rowId); !checked)
        return checked.error();
    record.createdAt = m_context.now();
    record.updatedAt = record.createdAt;
    record.createdBy = m_context.actor.login;
    record.version = 1;
    const ServiceRecordRepository repository(m_context.db);
    auto saved = inTransaction<qint64>(m_context.db, [&]() -> Result<qint64> {
        auto id = repository.insert(*rowId, record);
        if (!id)
            return id;
        if (auto audited = m_context.audit(
                kEntity, QString::number(*id), QStringLiteral("created"), {},
                record.customerId + u' ' + serviceKindKey(record.kind) + u' ' + record.summary);
            !audited)
            return audited.error();
        return id;
    });
    if (!saved)
        return saved.error();
    return this->record(*saved);
}

Result<ServiceRecord> ServiceRecordService::update(const ServiceRecord &edited)
{
    if (auto allowed = requireRecorder(); !allowed)
        return allowed.error();
    auto current = record(edited.id);
    if (!current)
        return current;
    ServiceRecord next = *current;
    next.contractId = edited.contractId;
    next.kind = edited.kind;
    next.status = edited.status;
    next.satisfaction = edited.satisfaction;
    next.summary = edited.summary.trimmed();
    next.happenedOn = edited.happenedOn;
    next.nextMaintenance = edited.nextMaintenance;
    next.version = edited.version;
    auto rowId = m_context.customerRowId(current->customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    if (auto checked = check(next, *rowId); !checked)
        return checked.error();
    const auto before = fields(*current);
    const auto after = fields(next);
    if (before == after && current->version == edited.version)
        return *current;
    const ServiceRecordRepository repository(m_context.db);
    auto saved = inTransaction<Ok>(m_context.db, [&]() -> Status {
        next.updatedAt = m_context.now();
        auto updated = repository.update(next);
        if (!updated)
            return updated.error();
        if (!*updated) {
            // Who changed it last and what: the audit trail (the row keeps only the time).
            if (const auto last = m_context.lastChange(kEntity, QString::number(next.id)))
                return Error::conflict(tr("This service record was changed by %1 at %2 (%3) "
                                          "since you opened it: reload it and make your change "
                                          "again.")
                                           .arg(last->actor, last->atText(), last->fields));
            return Error::conflict(tr("This service record was changed by %1 at %2 since you "
                                      "opened it: reload it and make your change again.")
                                       .arg(current->createdBy, localText(current->updatedAt)));
        }
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i).second == after.at(i).second)
                continue;
            if (auto audited =
                    m_context.audit(kEntity, QString::number(next.id), before.at(i).first,
                                    before.at(i).second, after.at(i).second);
                !audited)
                return audited;
        }
        return Ok{};
    });
    if (!saved)
        return saved.error();
    return record(next.id);
}

Result<ServiceRecord> ServiceRecordService::record(qint64 id) const
{
    auto found = ServiceRecordRepository(m_context.db).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no service record with the id %1.").arg(id));
    if (auto rowId = m_context.customerRowId((*found)->customerId, Access::Read); !rowId)
        return rowId.error();
    return **found;
}

Result<QList<ServiceRecord>> ServiceRecordService::records(const ServiceRecordQuery &query) const
{
    ServiceRecordFilter filter;
    if (!query.customerId.trimmed().isEmpty()) {
        auto rowId = m_context.customerRowId(query.customerId, Access::Read);
        if (!rowId)
            return rowId.error();
        filter.customerRowId = *rowId;
    }
    filter.scope = m_context.scope();
    filter.kind = query.kind;
    filter.status = query.status;
    filter.ownerLogin = query.ownerLogin;
    filter.maintenanceDueBy = query.maintenanceDueBy;
    filter.limit = query.limit;
    return ServiceRecordRepository(m_context.db).list(filter);
}

Result<CustomerSatisfaction> ServiceRecordService::satisfaction(const QString &customerId) const
{
    auto rowId = m_context.customerRowId(customerId, Access::Read);
    if (!rowId)
        return rowId.error();
    auto summary = ServiceRecordRepository(m_context.db).satisfaction(*rowId);
    if (!summary)
        return summary.error();
    return CustomerSatisfaction{summary->average, summary->rated};
}

Result<QList<ContractEnding>> ServiceRecordService::contractsEnding(QDate asOf,
                                                                    const QString &ownerLogin) const
{
    return ServiceRecordRepository(m_context.db)
        .contractsEnding(asOf, asOf.addDays(m_settings.renewalReminderDays()), false, ownerLogin,
                         m_context.scope());
}

Result<QList<RenewalOpened>> ServiceRecordService::createRenewalOpportunities(QDate asOf)
{
    const ServiceRecordRepository repository(m_context.db);
    const FollowUpRepository opportunities(m_context.db);
    const QDate until = asOf.addDays(m_settings.renewalReminderDays());
    // It writes in the name of whoever opens the page, so only on the contracts they may change
    // (as a server's row-level security would have it): a rep their customers', a manager the
    // team's and the unowned, an administrator all. Assistants, legal and finance change no
    // contract: the owner, the manager or an administrator opens those renewals.
    if (!m_context.requireRole({Role::Rep, Role::Manager, Role::Admin}, {}))
        return QList<RenewalOpened>();
    const AccessScope scope = m_context.scope();
    // A cheap read first (contracts_by_end holds only contracts without a renewal): most calls,
    // from My day and the after-sales page, find nothing and take no write lock.
    auto due = repository.contractsEnding(asOf, until, true, {}, scope);
    if (!due)
        return due.error();
    if (due->isEmpty())
        return QList<RenewalOpened>();
    return inTransaction<QList<RenewalOpened>>(m_context.db, [&]() -> Result<QList<RenewalOpened>> {
        // Read again inside the write transaction: another user may have acted meanwhile.
        auto contracts = repository.contractsEnding(asOf, until, true, {}, scope);
        if (!contracts)
            return contracts.error();
        const QDateTime now = m_context.now();
        const QString actor = m_context.actor.login;
        QList<RenewalOpened> opened;
        for (const ContractEnding &contract : *contracts) {
            auto rowId = m_context.customerRowId(contract.customerId);
            if (!rowId)
                return rowId.error();
            auto open = opportunities.openOpportunity(*rowId);
            if (!open)
                return open.error();
            RenewalOpened renewal{
                contract.contractId, contract.number, contract.customerId, 0, open->has_value(), 0};
            if (*open) {
                renewal.opportunityId = (*open)->id;
            } else {
                auto id =
                    opportunities.openNewOpportunity(*rowId, OpportunityStage::Discovery, now);
                if (!id)
                    return id.error();
                renewal.opportunityId = *id;
                if (auto changed = opportunities.changeStage(*id, *rowId, std::nullopt,
                                                             OpportunityStage::Discovery,
                                                             std::nullopt, actor, now);
                    !changed)
                    return changed.error();
                OpenOpportunity terms;
                terms.id = *id;
                terms.amountFen = contract.priceFen;
                terms.expectedClose = contract.end;
                if (auto set = opportunities.updateOpportunityTerms(terms, now); !set)
                    return set.error();
            }
            auto linked =
                repository.setRenewalOpportunity(contract.contractId, renewal.opportunityId);
            if (!linked)
                return linked.error();
            if (!*linked)
                continue;
            ServiceRecord record;
            record.customerId = contract.customerId;
            record.contractId = contract.contractId;
            record.kind = ServiceKind::Renewal;
            record.status = ServiceStatus::Open;
            record.happenedOn = asOf;
            record.summary =
                renewal.linked
                    ? tr("Contract %1 ends on %2: renewal linked to the open opportunity "
                         "(renewal reminder).")
                          .arg(contract.number, contract.end.toString(Qt::ISODate))
                    : tr("Contract %1 ends on %2: renewal opportunity opened at needs "
                         "discovery, expected ¥%3 by the end date (renewal reminder).")
                          .arg(contract.number, contract.end.toString(Qt::ISODate),
                               money::yuanText(contract.priceFen));
            record.createdAt = now;
            record.updatedAt = now;
            record.createdBy = actor.isEmpty() ? QStringLiteral("system") : actor;
            auto recordId = repository.insert(*rowId, record);
            if (!recordId)
                return recordId.error();
            renewal.serviceRecordId = *recordId;
            if (auto audited = m_context.audit(QStringLiteral("contract"), contract.number,
                                               QStringLiteral("renewal_opportunity"), {},
                                               QString::number(renewal.opportunityId));
                !audited)
                return audited.error();
            if (auto audited = m_context.audit(
                    kEntity, QString::number(*recordId), QStringLiteral("created"), {},
                    contract.customerId + u' ' + serviceKindKey(ServiceKind::Renewal) + u' ' +
                        record.summary);
                !audited)
                return audited.error();
            opened.append(renewal);
        }
        return opened;
    });
}

} // namespace sf
