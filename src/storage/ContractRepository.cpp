// SPDX-License-Identifier: MIT
#include "storage/ContractRepository.h"

#include "storage/AccessScopeSql.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {
namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QString kContractColumns = QStringLiteral(
    "SELECT k.id, k.number, c.code, c.name, k.opportunity_id, k.title, k.products, k.price_fen, "
    "k.currency, k.delivery, k.payment_terms, k.liability, k.start_date, k.end_date, k.status, "
    "k.imported, k.submitted_at, k.legal_approved_at, k.finance_approved_at, k.signed_at, "
    "k.owner, k.created_at, k.version, k.updated_at, k.updated_by FROM contracts k "
    "JOIN customers c ON c.id = k.customer_id ");

Contract contractFrom(const QSqlQuery &query)
{
    Contract contract;
    contract.id = query.value(0).toLongLong();
    contract.number = query.value(1).toString();
    contract.customerId = query.value(2).toString();
    contract.customerName = query.value(3).toString();
    if (!query.value(4).isNull())
        contract.opportunityId = query.value(4).toLongLong();
    contract.title = query.value(5).toString();
    contract.products = query.value(6).toString();
    contract.priceFen = query.value(7).toLongLong();
    contract.currency = query.value(8).toString();
    contract.delivery = query.value(9).toString();
    contract.paymentTerms = query.value(10).toString();
    contract.liability = query.value(11).toString();
    contract.start = sql::dateOrNone(query.value(12)).value_or(QDate());
    contract.end = sql::dateOrNone(query.value(13)).value_or(QDate());
    contract.status =
        contractStatusFromText(query.value(14).toString()).value_or(ContractStatus::Draft);
    contract.imported = query.value(15).toBool();
    contract.submittedAt = sql::utcOrNone(query.value(16));
    contract.legalApprovedAt = sql::utcOrNone(query.value(17));
    contract.financeApprovedAt = sql::utcOrNone(query.value(18));
    contract.signedAt = sql::utcOrNone(query.value(19));
    contract.owner = query.value(20).toString();
    contract.createdAt = sql::fromUtcText(query.value(21).toString());
    contract.version = query.value(22).toInt();
    contract.updatedAt = sql::fromUtcText(query.value(23).toString());
    contract.updatedBy = query.value(24).toString();
    return contract;
}

Result<QStringList> attachmentsOf(const Database &db, qint64 contractId)
{
    auto query = sql::run(
        db,
        QStringLiteral(
            "SELECT path FROM contract_attachments WHERE contract_id = ? ORDER BY position"),
        {contractId});
    if (!query)
        return query.error();
    QStringList paths;
    while (query->next())
        paths << query->value(0).toString();
    return paths;
}

Result<std::optional<Contract>> oneContract(const Database &db, const QString &where,
                                            const QVariant &value)
{
    auto query = sql::run(db, kContractColumns + where, {value});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Contract>();
    Contract contract = contractFrom(*query);
    auto attachments = attachmentsOf(db, contract.id);
    if (!attachments)
        return attachments.error();
    contract.attachments = *attachments;
    return std::optional<Contract>(contract);
}

QString dateOrEmpty(QDate date)
{
    return date.isValid() ? sql::dateText(date) : QString();
}

} // namespace

Result<int> ContractRepository::nextSerial(int year) const
{
    auto bumped =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO contract_serials (year, last) VALUES (?, 1) "
                                "ON CONFLICT (year) DO UPDATE SET last = contract_serials.last + 1 "
                                "RETURNING last"),
                 {year});
    if (!bumped)
        return bumped.error();
    if (!bumped->next())
        return Error::storage(QStringLiteral("contract_serials returned no serial"));
    return bumped->value(0).toInt();
}

Result<bool> ContractRepository::numberExists(const QString &number) const
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT 1 FROM contracts WHERE number = ?"), {number});
    if (!query)
        return query.error();
    return query->next();
}

Result<qint64> ContractRepository::insert(qint64 customerRowId, const Contract &contract) const
{
    auto id = sql::insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO contracts (number, customer_id, opportunity_id, title, products, "
            "price_fen, currency, delivery, payment_terms, liability, start_date, end_date, "
            "status, imported, submitted_at, legal_approved_at, finance_approved_at, signed_at, "
            "owner, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {contract.number,
         customerRowId,
         optionalId(contract.opportunityId),
         contract.title,
         sql::notNull(contract.products),
         contract.priceFen,
         contract.currency,
         sql::notNull(contract.delivery),
         sql::notNull(contract.paymentTerms),
         sql::notNull(contract.liability),
         optionalText(dateOrEmpty(contract.start)),
         optionalText(dateOrEmpty(contract.end)),
         contractStatusKey(contract.status),
         int(contract.imported),
         sql::optionalUtc(contract.submittedAt),
         sql::optionalUtc(contract.legalApprovedAt),
         sql::optionalUtc(contract.financeApprovedAt),
         sql::optionalUtc(contract.signedAt),
         contract.owner,
         sql::utcText(contract.createdAt),
         sql::utcText(contract.updatedAt),
         contract.updatedBy});
    if (!id)
        return id.error();
    if (auto attached = setAttachments(*id, contract.attachments); !attached)
        return attached.error();
    return id;
}

Result<bool> ContractRepository::update(const Contract &contract) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral(
            "UPDATE contracts SET opportunity_id = ?, title = ?, products = ?, price_fen = ?, "
            "currency = ?, delivery = ?, payment_terms = ?, liability = ?, start_date = ?, "
            "end_date = ?, status = ?, submitted_at = ?, legal_approved_at = ?, "
            "finance_approved_at = ?, signed_at = ?, version = version + 1, updated_at = ?, "
            "updated_by = ? WHERE id = ? AND version = ?"),
        {optionalId(contract.opportunityId), contract.title, sql::notNull(contract.products),
         contract.priceFen, contract.currency, sql::notNull(contract.delivery),
         sql::notNull(contract.paymentTerms), sql::notNull(contract.liability),
         optionalText(dateOrEmpty(contract.start)), optionalText(dateOrEmpty(contract.end)),
         contractStatusKey(contract.status), sql::optionalUtc(contract.submittedAt),
         sql::optionalUtc(contract.legalApprovedAt), sql::optionalUtc(contract.financeApprovedAt),
         sql::optionalUtc(contract.signedAt), sql::utcText(contract.updatedAt), contract.updatedBy,
         contract.id, contract.version});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Status ContractRepository::setAttachments(qint64 contractId, const QStringList &paths) const
{
    if (auto cleared =
            sql::run(m_db, QStringLiteral("DELETE FROM contract_attachments WHERE contract_id = ?"),
                     {contractId});
        !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (auto added = sql::run(m_db,
                                  QStringLiteral("INSERT INTO contract_attachments (contract_id, "
                                                 "position, path) VALUES (?, ?, ?)"),
                                  {contractId, qint64(i), paths.at(i)});
            !added)
            return added.error();
    }
    return Ok{};
}

Result<std::optional<Contract>> ContractRepository::find(qint64 id) const
{
    return oneContract(m_db, QStringLiteral("WHERE k.id = ?"), id);
}

Result<std::optional<Contract>> ContractRepository::findByNumber(const QString &number) const
{
    return oneContract(m_db, QStringLiteral("WHERE k.number = ?"), number);
}

Result<QList<Contract>> ContractRepository::list(const ContractFilter &filter) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.customerRowId) {
        where += QStringLiteral(" AND k.customer_id = ?");
        values << *filter.customerRowId;
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (ContractStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            values << contractStatusKey(status);
        }
        where += QStringLiteral(" AND k.status IN (") + marks.join(u',') + u')';
    }
    if (!filter.ownerLogin.isEmpty()) {
        where += QStringLiteral(" AND k.owner = ?");
        values << filter.ownerLogin;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (instr(k.number, ?) > 0 OR instr(k.title, ?) > 0 "
                                "OR instr(c.name, ?) > 0 OR instr(c.code, ?) > 0)");
        const QString text = filter.text.trimmed();
        values << text << text << text << text.toUpper();
    }
    where += sql::scopeCondition(filter.scope, QStringLiteral("c.owner_id"), values);
    auto query =
        sql::run(m_db, kContractColumns + where + QStringLiteral(" ORDER BY k.id DESC"), values);
    if (!query)
        return query.error();
    QList<Contract> contracts;
    while (query->next())
        contracts.append(contractFrom(*query));
    return contracts;
}

Status ContractRepository::addEvent(qint64 contractId, const ContractEvent &event) const
{
    auto added = sql::run(
        m_db,
        QStringLiteral("INSERT INTO contract_events (contract_id, action, step, comment, actor, "
                       "at) VALUES (?, ?, ?, ?, ?, ?)"),
        {contractId, event.action,
         event.step ? QVariant(approvalStepKey(*event.step))
                    : QVariant(QMetaType(QMetaType::QString)),
         sql::notNull(event.comment), event.actor, sql::utcText(event.at)});
    if (!added)
        return added.error();
    return Ok{};
}

Result<QList<ContractEvent>> ContractRepository::events(qint64 contractId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT action, step, comment, actor, at FROM "
                                         "contract_events WHERE contract_id = ? ORDER BY at, id"),
                          {contractId});
    if (!query)
        return query.error();
    QList<ContractEvent> events;
    while (query->next()) {
        ContractEvent event;
        event.action = query->value(0).toString();
        event.step = approvalStepFromKey(query->value(1).toString());
        event.comment = query->value(2).toString();
        event.actor = query->value(3).toString();
        event.at = sql::fromUtcText(query->value(4).toString());
        events.append(event);
    }
    return events;
}

Result<QList<ContractMilestone>>
ContractRepository::milestonesOfCustomer(qint64 customerRowId) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral(
            "SELECT k.number, k.title, e.action, e.step, e.comment, e.actor, e.at, NULL, NULL, "
            "NULL FROM contract_events e JOIN contracts k ON k.id = e.contract_id "
            "WHERE k.customer_id = ? "
            "UNION ALL SELECT k.number, k.title, 'payment', NULL, p.reference, p.recorded_by, "
            "p.recorded_at, p.received_on, p.amount_fen, p.id FROM payments p "
            "JOIN contracts k ON k.id = p.contract_id WHERE k.customer_id = ? ORDER BY 7"),
        {customerRowId, customerRowId});
    if (!query)
        return query.error();
    QList<ContractMilestone> milestones;
    while (query->next()) {
        ContractMilestone milestone;
        milestone.number = query->value(0).toString();
        milestone.title = query->value(1).toString();
        milestone.event.action = query->value(2).toString();
        milestone.event.step = approvalStepFromKey(query->value(3).toString());
        milestone.event.comment = query->value(4).toString();
        milestone.event.actor = query->value(5).toString();
        milestone.event.at = sql::fromUtcText(query->value(6).toString());
        if (!query->value(9).isNull()) {
            Payment payment;
            payment.id = query->value(9).toLongLong();
            payment.receivedOn = sql::fromDateText(query->value(7).toString());
            payment.amountFen = query->value(8).toLongLong();
            payment.reference = milestone.event.comment;
            payment.recordedBy = milestone.event.actor;
            payment.recordedAt = milestone.event.at;
            milestone.payment = payment;
        }
        milestones.append(milestone);
    }
    return milestones;
}

Result<QList<ContractTemplate>> ContractRepository::templates() const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT id, name, body, version, updated_at, "
                                               "updated_by FROM contract_templates ORDER BY name"));
    if (!query)
        return query.error();
    QList<ContractTemplate> templates;
    while (query->next()) {
        ContractTemplate entry;
        entry.id = query->value(0).toLongLong();
        entry.name = query->value(1).toString();
        entry.body = query->value(2).toString();
        entry.version = query->value(3).toInt();
        entry.updatedAt = sql::fromUtcText(query->value(4).toString());
        entry.updatedBy = query->value(5).toString();
        templates.append(entry);
    }
    return templates;
}

Result<qint64> ContractRepository::insertTemplate(const ContractTemplate &contractTemplate) const
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO contract_templates (name, body, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?)"),
        {contractTemplate.name, contractTemplate.body, sql::utcText(contractTemplate.updatedAt),
         contractTemplate.updatedBy});
}

Result<bool> ContractRepository::updateTemplate(const ContractTemplate &contractTemplate) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral("UPDATE contract_templates SET name = ?, body = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
        {contractTemplate.name, contractTemplate.body, sql::utcText(contractTemplate.updatedAt),
         contractTemplate.updatedBy, contractTemplate.id, contractTemplate.version});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Status ContractRepository::removeTemplate(qint64 id) const
{
    auto removed =
        sql::run(m_db, QStringLiteral("DELETE FROM contract_templates WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    return Ok{};
}

} // namespace sf
