// SPDX-License-Identifier: MIT
#include "storage/PaymentRepository.h"

#include "storage/AccessScopeSql.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {
namespace {

Instalment instalmentFrom(const QSqlQuery &query, int first)
{
    Instalment instalment;
    instalment.id = query.value(first).toLongLong();
    instalment.contractId = query.value(first + 1).toLongLong();
    instalment.due = sql::fromDateText(query.value(first + 2).toString());
    instalment.amountFen = query.value(first + 3).toLongLong();
    instalment.note = query.value(first + 4).toString();
    instalment.paidFen = query.value(first + 5).toLongLong();
    return instalment;
}

} // namespace

Result<QList<Instalment>> PaymentRepository::instalments(qint64 contractId) const
{
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT id, contract_id, due_date, amount_fen, note, paid_fen "
                                "FROM instalments WHERE contract_id = ? ORDER BY due_date, id"),
                 {contractId});
    if (!query)
        return query.error();
    QList<Instalment> instalments;
    while (query->next())
        instalments.append(instalmentFrom(*query, 0));
    return instalments;
}

Status PaymentRepository::replaceSchedule(qint64 contractId,
                                          const QList<Instalment> &instalments) const
{
    if (auto cleared = sql::run(
            m_db, QStringLiteral("DELETE FROM instalments WHERE contract_id = ?"), {contractId});
        !cleared)
        return cleared.error();
    for (Instalment instalment : instalments) {
        instalment.contractId = contractId;
        instalment.paidFen = 0;
        if (auto added = insertInstalment(instalment); !added)
            return added.error();
    }
    return Ok{};
}

Result<qint64> PaymentRepository::insertInstalment(const Instalment &instalment) const
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO instalments (contract_id, due_date, amount_fen, note, "
                       "paid_fen) VALUES (?, ?, ?, ?, ?)"),
        {instalment.contractId, sql::dateText(instalment.due), instalment.amountFen,
         sql::notNull(instalment.note), instalment.paidFen});
}

Result<qint64> PaymentRepository::insertPayment(const Payment &payment) const
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO payments (contract_id, received_on, amount_fen, "
                       "reference, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {payment.contractId, sql::dateText(payment.receivedOn), payment.amountFen,
         sql::notNull(payment.reference), payment.recordedBy, sql::utcText(payment.recordedAt)});
}

Status PaymentRepository::allocate(qint64 paymentId, const Allocation &allocation) const
{
    if (auto paid = sql::run(
            m_db, QStringLiteral("UPDATE instalments SET paid_fen = paid_fen + ? WHERE id = ?"),
            {allocation.amountFen, allocation.instalmentId});
        !paid)
        return paid.error();
    if (auto recorded = sql::run(m_db,
                                 QStringLiteral("INSERT INTO payment_allocations (payment_id, "
                                                "instalment_id, amount_fen) VALUES (?, ?, ?)"),
                                 {paymentId, allocation.instalmentId, allocation.amountFen});
        !recorded)
        return recorded.error();
    return Ok{};
}

Result<QList<Payment>> PaymentRepository::payments(qint64 contractId) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT id, contract_id, received_on, amount_fen, reference, recorded_by, "
                       "recorded_at FROM payments WHERE contract_id = ? "
                       "ORDER BY received_on DESC, id DESC"),
        {contractId});
    if (!query)
        return query.error();
    QList<Payment> payments;
    while (query->next()) {
        Payment payment;
        payment.id = query->value(0).toLongLong();
        payment.contractId = query->value(1).toLongLong();
        payment.receivedOn = sql::fromDateText(query->value(2).toString());
        payment.amountFen = query->value(3).toLongLong();
        payment.reference = query->value(4).toString();
        payment.recordedBy = query->value(5).toString();
        payment.recordedAt = sql::fromUtcText(query->value(6).toString());
        payments.append(payment);
    }
    return payments;
}

Result<qint64> PaymentRepository::paymentCount(qint64 contractId) const
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT count(*) FROM payments WHERE contract_id = ?"), {contractId});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<QList<Receivable>> PaymentRepository::openInstalments(QDate dueBy,
                                                             const AccessScope &scope) const
{
    QString statement = QStringLiteral(
        "SELECT i.id, i.contract_id, i.due_date, i.amount_fen, i.note, i.paid_fen, k.number, "
        "c.code, c.name, ifnull(u.login, ''), ifnull(u.name, ''), k.currency "
        "FROM instalments i JOIN contracts k ON k.id = i.contract_id "
        "JOIN customers c ON c.id = k.customer_id LEFT JOIN users u ON u.id = c.owner_id "
        "WHERE i.paid_fen < i.amount_fen "
        "AND k.status IN ('signed', 'in_delivery', 'completed')");
    QVariantList values;
    if (dueBy.isValid()) {
        statement += QStringLiteral(" AND i.due_date <= ?");
        values << sql::dateText(dueBy);
    }
    statement += sql::scopeCondition(scope, QStringLiteral("c.owner_id"), values);
    statement += QStringLiteral(" ORDER BY i.due_date, k.number, i.id");
    auto query = sql::scan(m_db, statement, values);
    if (!query)
        return query.error();
    QList<Receivable> open;
    while (query->next()) {
        Receivable row;
        row.instalment = instalmentFrom(*query, 0);
        row.contractNumber = query->value(6).toString();
        row.customerId = query->value(7).toString();
        row.customerName = query->value(8).toString();
        row.ownerLogin = query->value(9).toString();
        row.ownerName = query->value(10).toString();
        row.currency = query->value(11).toString();
        open.append(row);
    }
    return open;
}

} // namespace sf
