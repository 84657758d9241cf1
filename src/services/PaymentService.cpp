// SPDX-License-Identifier: MIT
#include "services/PaymentService.h"

#include "core/Money.h"
#include "services/InTransaction.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/ContractRepository.h"
#include "storage/PaymentRepository.h"

namespace sf {

namespace paymentWrite {

Result<RecordedPayment> payment(const ServiceContext &context, const Contract &contract,
                                Payment payment, std::optional<qint64> instalmentId)
{
    if (!isSignedStatus(contract.status))
        return Error::invalid(PaymentService::tr("Contract %1 is not signed (it is at %2): "
                                                 "payments are recorded against signed "
                                                 "contracts.")
                                  .arg(contract.number, ContractRules::statusName(contract.status)),
                              QStringLiteral("R16"));
    if (payment.amountFen <= 0)
        return Error::invalid(PaymentService::tr("A payment needs an amount above zero."),
                              QStringLiteral("R16"));
    if (!payment.receivedOn.isValid())
        return Error::invalid(PaymentService::tr("A payment needs the date it was received."),
                              QStringLiteral("R16"));
    const PaymentRepository repository(context.db);
    auto instalments = repository.instalments(contract.id);
    if (!instalments)
        return instalments.error();
    qint64 open = 0;
    for (const Instalment &instalment : *instalments)
        open += instalment.outstandingFen();
    if (instalments->isEmpty())
        return Error::invalid(PaymentService::tr("Contract %1 has no payment schedule: set one "
                                                 "before recording payments.")
                                  .arg(contract.number),
                              QStringLiteral("R16"));
    if (payment.amountFen > open)
        return Error::invalid(
            PaymentService::tr("%1 is more than the %2 still open on contract "
                               "%3: an over-payment is refused.")
                .arg(money::yuanText(payment.amountFen), money::yuanText(open), contract.number),
            QStringLiteral("R16"));
    const auto allocations = ContractRules::allocate(*instalments, payment.amountFen, instalmentId);
    if (!allocations)
        return Error::invalid(PaymentService::tr("The chosen instalment of contract %1 is "
                                                 "already paid or is not one of its instalments.")
                                  .arg(contract.number),
                              QStringLiteral("R16"));
    payment.contractId = contract.id;
    auto id = repository.insertPayment(payment);
    if (!id)
        return id.error();
    for (const Allocation &allocation : *allocations) {
        if (auto allocated = repository.allocate(*id, allocation); !allocated)
            return allocated.error();
    }
    if (auto audited = context.audit(
            QStringLiteral("payment"), QString::number(*id), QStringLiteral("created"), {},
            contract.number + u' ' + payment.receivedOn.toString(Qt::ISODate) + u' ' +
                money::yuanText(payment.amountFen) + u' ' + payment.reference);
        !audited)
        return audited.error();
    return RecordedPayment{*id, *allocations};
}

} // namespace paymentWrite

Result<RecordedPayment> PaymentService::record(const QString &contractNumber, const Payment &draft,
                                               std::optional<qint64> instalmentId)
{
    if (auto allowed = m_context.requireRole({Role::Finance},
                                             tr("Only finance records payments received (R16)."));
        !allowed)
        return allowed.error();
    auto found = ContractRepository(m_context.db).findByNumber(contractNumber.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no contract %1.").arg(contractNumber.trimmed()));
    const QDate today = m_context.now().toTimeZone(m_settings.timeZone()).date();
    if (draft.receivedOn.isValid() && draft.receivedOn > today)
        return Error::invalid(tr("A payment cannot be received after today (%1).")
                                  .arg(draft.receivedOn.toString(Qt::ISODate)),
                              QStringLiteral("R16"));
    Payment payment = draft;
    payment.reference = payment.reference.trimmed();
    payment.recordedBy = m_context.actor.login;
    payment.recordedAt = m_context.now();
    return inTransaction<RecordedPayment>(m_context.db, [&] {
        return paymentWrite::payment(m_context, **found, payment, instalmentId);
    });
}

Result<QList<Payment>> PaymentService::payments(const QString &contractNumber) const
{
    auto found = ContractRepository(m_context.db).findByNumber(contractNumber.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no contract %1.").arg(contractNumber.trimmed()));
    if (auto rowId = m_context.customerRowId((*found)->customerId, Access::Read); !rowId)
        return rowId.error();
    return PaymentRepository(m_context.db).payments((*found)->id);
}

Result<ReceivablesReport> PaymentService::receivables(QDate asOf) const
{
    // Reps see their customers' receivables, managers their team's, finance and administrators
    // all; assistants and legal have no part in collecting payments.
    if (auto allowed = m_context.requireRole(
            {Role::Rep, Role::Manager, Role::Finance, Role::Admin},
            tr("Your role does not follow receivables; ask finance or a sales manager."));
        !allowed)
        return allowed.error();
    ReceivablesReport report;
    report.asOf = asOf.isValid() ? asOf : m_context.now().toTimeZone(m_settings.timeZone()).date();
    auto lines = PaymentRepository(m_context.db).openInstalments({}, m_context.scope());
    if (!lines)
        return lines.error();
    report.lines = std::move(*lines);
    for (Receivable &line : report.lines) {
        const qint64 outstanding = line.instalment.outstandingFen();
        line.daysOverdue = ContractRules::daysOverdue(line.instalment.due, report.asOf);
        line.bucket = ContractRules::bucket(line.daysOverdue);
        report.outstandingFen += outstanding;
        if (line.bucket) {
            report.overdueFen += outstanding;
            report.bucketFen.at(std::size_t(*line.bucket)) += outstanding;
        } else if (line.instalment.due <= report.asOf.addDays(7)) {
            report.dueWithinWeekFen += outstanding;
        }
    }
    return report;
}

} // namespace sf
