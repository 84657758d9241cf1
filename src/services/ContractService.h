// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/AuditEntry.h"
#include "core/Contract.h"
#include "core/FollowUp.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace sf {

class CalendarService;
class SettingsService;
struct ServiceContext;

// Which contracts a list shows.
struct ContractQuery
{
    QString customerId;             // R1 id; any when empty
    QList<ContractStatus> statuses; // any when empty
    QString ownerLogin;             // the drafting rep; any when empty
    QString text;                   // in the number, title or customer
};

// R15: the step a contract waits for, its owner role and when it is due.
struct StepDeadline
{
    ApprovalStep step = ApprovalStep::Legal;
    QDateTime due; // the last second of the working day
    bool overdue = false;
};

// Stage 3 (R14, R15): drafting contracts and taking them through the approval chain. The only
// way to "signed" is through every approval: a duplicate is a new draft, an edit of the terms
// after an approval resets the approvals, and each step is given only by its role (legal, finance,
// a manager), checked here.
class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(ContractService)

public:
    ContractService(ServiceContext &context, CalendarService &calendar, SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    // Drafts a contract for contract.customerId: the number is issued from the format setting
    // unless one is given (then it must be new); the acting user drafts it.
    Result<Contract> draft(const Contract &contract);
    // Saves edited terms, dates and attachments if contract.version is still current. An edit
    // during the approval chain returns the contract to draft and resets its approvals; a signed
    // contract cannot be edited (duplicate it).
    Result<Contract> update(const Contract &contract);
    // A new draft with the same customer and terms, and a new number.
    Result<Contract> duplicate(qint64 contractId);

    // R14: refused while a core term is missing (the message names them) or the schedule does
    // not add up to the price. Sends the contract to legal review.
    Result<Contract> submit(qint64 contractId);
    // Approves the step the contract waits for: legal review (legal), finance review (finance)
    // or the signature (a manager).
    Result<Contract> approve(qint64 contractId, const QString &comment = {});
    // Returns the contract to draft with comments (required), by the owner role of the step.
    Result<Contract> reject(qint64 contractId, const QString &comment);
    Result<Contract> startDelivery(qint64 contractId);
    Result<Contract> complete(qint64 contractId);

    Result<Contract> contract(qint64 contractId) const;
    Result<Contract> contractByNumber(const QString &number) const;
    Result<QList<Contract>> contracts(const ContractQuery &query) const;
    // Oldest first.
    Result<QList<ContractEvent>> history(qint64 contractId) const;
    // Every audited change of the contract (terms, schedule, status), oldest first.
    Result<QList<AuditEntry>> changes(qint64 contractId) const;
    // R15 for a contract in review (none otherwise): the step, its due time, whether it is late
    // at the current time.
    Result<std::optional<StepDeadline>> stepDeadline(const Contract &contract) const;

    // R16: the payment schedule, by due date.
    Result<QList<Instalment>> schedule(qint64 contractId) const;
    // Replaces the schedule: the instalments must add up to the price. In draft by sales people;
    // on a signed contract without payments by finance or a manager; during the approval chain
    // it returns the contract to draft like any edit of the terms.
    Status setSchedule(qint64 contractId, const QList<Instalment> &instalments);

private:
    Result<Contract> load(qint64 contractId) const;
    // The refusal of a save over a newer change of `stored`: who, when and (from the audit trail,
    // when the actor may read it) which fields.
    Error staleContract(const Contract &stored) const;
    // A contract whose customer the acting user may read or change (docs/permissions.md).
    Result<Contract> loadFor(qint64 contractId, Access access) const;
    // Loads a contract for a sales step: refused with `refusal` unless the actor is a rep, a
    // manager or an administrator, and with `wrongStatus` (%1 number, %2 status) unless the
    // contract is at `required`.
    Result<Contract> loadAt(qint64 contractId, ContractStatus required, const QString &refusal,
                            const QString &wrongStatus, const QString &rule) const;
    // A contract waiting for an approval whose step the actor's role gives; otherwise refused,
    // with `refusal` of the step when the role is another.
    Result<Contract> loadPending(qint64 contractId,
                                 const std::function<QString(ApprovalStep)> &refusal) const;
    // Writes a status change with its event and audit row, refused when the contract changed
    // since it was loaded.
    Result<Contract> save(Contract contract, ContractStatus from, const QString &action,
                          std::optional<ApprovalStep> step, const QString &comment);

    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

// The customer's contracts on its timeline: each step of the approval chain and each payment.
// Internal to the services layer.
Result<QList<TimelineEvent>> contractTimeline(const ServiceContext &context, qint64 customerRowId);

} // namespace sf
