// SPDX-License-Identifier: MIT
#include "services/ContractService.h"

#include "core/Deadlines.h"
#include "core/Money.h"
#include "services/CalendarService.h"
#include "services/InTransaction.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/ContractRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/PaymentRepository.h"

#include <functional>

namespace sf {
namespace {

const QString kEntity = QStringLiteral("contract");

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The terms an edit may change, as (audit field, value) pairs.
QList<std::pair<QString, QString>> terms(const Contract &contract)
{
    return {
        {QStringLiteral("title"), contract.title},
        {QStringLiteral("products"), contract.products},
        {QStringLiteral("price"), money::yuanText(contract.priceFen)},
        {QStringLiteral("currency"), contract.currency},
        {QStringLiteral("delivery"), contract.delivery},
        {QStringLiteral("payment_terms"), contract.paymentTerms},
        {QStringLiteral("liability"), contract.liability},
        {QStringLiteral("start"), dateText(contract.start)},
        {QStringLiteral("end"), dateText(contract.end)},
        {QStringLiteral("attachments"), contract.attachments.join(u'\n')},
    };
}

void clearApprovals(Contract &contract)
{
    contract.status = ContractStatus::Draft;
    contract.submittedAt.reset();
    contract.legalApprovedAt.reset();
    contract.financeApprovedAt.reset();
    contract.signedAt.reset();
}

} // namespace

Error ContractService::staleContract(const Contract &stored) const
{
    if (const auto last = m_context.lastChange(kEntity, stored.number))
        return Error::conflict(tr("Contract %1 was changed by %2 at %3 (%4) since you opened it: "
                                  "reload it and make your change again.")
                                   .arg(stored.number, last->actor, last->atText(), last->fields));
    return Error::conflict(
        tr("Contract %1 was changed by %2 at %3 since you opened it: reload it and make your "
           "change again.")
            .arg(stored.number, stored.updatedBy,
                 stored.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

Result<Contract> ContractService::load(qint64 contractId) const
{
    auto found = ContractRepository(m_context.db).find(contractId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no contract with the id %1.").arg(contractId));
    return **found;
}

Result<Contract> ContractService::loadFor(qint64 contractId, Access access) const
{
    auto contract = load(contractId);
    if (!contract)
        return contract;
    if (auto rowId = m_context.customerRowId(contract->customerId, access); !rowId)
        return rowId.error();
    return contract;
}

Result<Contract> ContractService::loadAt(qint64 contractId, ContractStatus required,
                                         const QString &refusal, const QString &wrongStatus,
                                         const QString &rule) const
{
    if (auto allowed = m_context.requireRole({Role::Rep, Role::Manager, Role::Admin}, refusal);
        !allowed)
        return allowed.error();
    auto contract = loadFor(contractId, Access::Write);
    if (contract && contract->status != required)
        return Error::invalid(
            wrongStatus.arg(contract->number, ContractRules::statusName(contract->status)), rule);
    return contract;
}

Result<Contract> ContractService::contract(qint64 contractId) const
{
    return loadFor(contractId, Access::Read);
}

Result<Contract> ContractService::contractByNumber(const QString &number) const
{
    auto found = ContractRepository(m_context.db).findByNumber(number.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no contract %1.").arg(number.trimmed()));
    if (auto rowId = m_context.customerRowId((*found)->customerId, Access::Read); !rowId)
        return rowId.error();
    return **found;
}

Result<QList<Contract>> ContractService::contracts(const ContractQuery &query) const
{
    ContractFilter filter;
    if (!query.customerId.trimmed().isEmpty()) {
        auto rowId = m_context.customerRowId(query.customerId, Access::Read);
        if (!rowId)
            return rowId.error();
        filter.customerRowId = *rowId;
    }
    filter.statuses = query.statuses;
    filter.ownerLogin = query.ownerLogin;
    filter.text = query.text;
    filter.scope = m_context.scope();
    return ContractRepository(m_context.db).list(filter);
}

Result<QList<ContractEvent>> ContractService::history(qint64 contractId) const
{
    if (auto contract = loadFor(contractId, Access::Read); !contract)
        return contract.error();
    return ContractRepository(m_context.db).events(contractId);
}

Result<QList<AuditEntry>> ContractService::changes(qint64 contractId) const
{
    auto contract = loadFor(contractId, Access::Read);
    if (!contract)
        return contract.error();
    return AuditRepository(m_context.db).forEntity(kEntity, contract->number);
}

Result<Contract> ContractService::draft(const Contract &draft)
{
    if (auto allowed = m_context.requireRole({Role::Rep, Role::Manager, Role::Admin},
                                             tr("Only sales reps and managers draft contracts."));
        !allowed)
        return allowed.error();
    Contract contract = draft;
    contract.customerId = contract.customerId.trimmed().toUpper();
    contract.number = contract.number.trimmed();
    contract.currency = contract.currency.trimmed().toUpper();
    if (const QStringList problems = ContractRules::draftProblems(contract); !problems.isEmpty())
        return Error::invalid(tr("The contract cannot be saved: %1.").arg(problems.join(tr("; "))));
    auto rowId = m_context.customerRowId(contract.customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    // A contract belongs to the customer's opportunity: the open one unless another is given.
    if (!contract.opportunityId) {
        auto open = FollowUpRepository(m_context.db).openOpportunity(*rowId);
        if (!open)
            return open.error();
        if (*open)
            contract.opportunityId = (*open)->id;
    }
    const ContractRepository repository(m_context.db);
    contract.id = 0;
    contract.imported = false;
    clearApprovals(contract);
    contract.owner = m_context.actor.login;
    contract.createdAt = m_context.now();
    contract.updatedAt = contract.createdAt;
    contract.updatedBy = m_context.actor.login;
    contract.version = 1;
    auto saved = inTransaction<qint64>(m_context.db, [&]() -> Result<qint64> {
        if (contract.number.isEmpty()) {
            const int year = contract.createdAt.toTimeZone(m_settings.timeZone()).date().year();
            auto serial = repository.nextSerial(year);
            if (!serial)
                return serial.error();
            contract.number =
                ContractRules::formatNumber(m_settings.contractNumberFormat(), year, *serial);
        }
        auto exists = repository.numberExists(contract.number);
        if (!exists)
            return exists.error();
        if (*exists)
            return Error::conflict(
                tr("There is already a contract %1: choose another number.").arg(contract.number));
        auto id = repository.insert(*rowId, contract);
        if (!id)
            return id;
        if (auto added = repository.addEvent(
                *id, {QStringLiteral("drafted"), {}, {}, contract.owner, contract.createdAt});
            !added)
            return added.error();
        if (auto audited = m_context.audit(kEntity, contract.number, QStringLiteral("created"), {},
                                           contract.customerId + u' ' + contract.title);
            !audited)
            return audited.error();
        return id;
    });
    if (!saved)
        return saved.error();
    return load(*saved);
}

Result<Contract> ContractService::update(const Contract &edited)
{
    if (auto allowed = m_context.requireRole({Role::Rep, Role::Manager, Role::Admin},
                                             tr("Only sales reps and managers edit contracts."));
        !allowed)
        return allowed.error();
    auto current = loadFor(edited.id, Access::Write);
    if (!current)
        return current;
    if (isSignedStatus(current->status))
        return Error::invalid(tr("Contract %1 is signed: its terms cannot change. Duplicate it to "
                                 "draft a new contract.")
                                  .arg(current->number));
    Contract contract = *current;
    contract.title = edited.title;
    contract.products = edited.products;
    contract.priceFen = edited.priceFen;
    contract.currency = edited.currency.trimmed().toUpper();
    contract.delivery = edited.delivery;
    contract.paymentTerms = edited.paymentTerms;
    contract.liability = edited.liability;
    contract.start = edited.start;
    contract.end = edited.end;
    contract.attachments = edited.attachments;
    contract.opportunityId = edited.opportunityId;
    contract.version = edited.version;
    if (const QStringList problems = ContractRules::draftProblems(contract); !problems.isEmpty())
        return Error::invalid(tr("The contract cannot be saved: %1.").arg(problems.join(tr("; "))));
    const auto before = terms(*current);
    const auto after = terms(contract);
    if (before == after)
        return *current;
    const bool reset = current->status != ContractStatus::Draft;
    if (reset)
        clearApprovals(contract);
    const ContractRepository repository(m_context.db);
    auto saved = inTransaction<Ok>(m_context.db, [&]() -> Status {
        contract.updatedAt = m_context.now();
        contract.updatedBy = m_context.actor.login;
        auto updated = repository.update(contract);
        if (!updated)
            return updated.error();
        if (!*updated)
            return staleContract(*current);
        if (auto attached = repository.setAttachments(contract.id, contract.attachments); !attached)
            return attached;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i).second == after.at(i).second)
                continue;
            if (auto audited = m_context.audit(kEntity, contract.number, before.at(i).first,
                                               before.at(i).second, after.at(i).second);
                !audited)
                return audited;
        }
        if (reset) {
            if (auto added = repository.addEvent(
                    contract.id, {QStringLiteral("reset"), pendingStep(current->status),
                                  tr("Terms edited during the approval chain: approvals reset."),
                                  m_context.actor.login, contract.updatedAt});
                !added)
                return added;
            if (auto audited = m_context.audit(kEntity, contract.number, QStringLiteral("status"),
                                               contractStatusKey(current->status),
                                               contractStatusKey(ContractStatus::Draft));
                !audited)
                return audited;
        }
        return Ok{};
    });
    if (!saved)
        return saved.error();
    return load(contract.id);
}

Result<Contract> ContractService::duplicate(qint64 contractId)
{
    auto original = loadFor(contractId, Access::Read);
    if (!original)
        return original;
    Contract copy = *original;
    copy.number.clear();
    copy.title = tr("%1 (copy)").arg(original->title);
    auto drafted = draft(copy);
    if (!drafted)
        return drafted;
    auto instalments = schedule(contractId);
    if (!instalments)
        return instalments.error();
    if (!instalments->isEmpty()) {
        if (auto copied = setSchedule(drafted->id, *instalments); !copied)
            return copied.error();
    }
    return load(drafted->id);
}

Result<Contract> ContractService::save(Contract contract, ContractStatus from,
                                       const QString &action, std::optional<ApprovalStep> step,
                                       const QString &comment)
{
    const ContractRepository repository(m_context.db);
    auto saved = inTransaction<Ok>(m_context.db, [&]() -> Status {
        contract.updatedAt = m_context.now();
        contract.updatedBy = m_context.actor.login;
        auto updated = repository.update(contract);
        if (!updated)
            return updated.error();
        if (!*updated)
            return Error::conflict(tr("Contract %1 was changed by someone else since it was "
                                      "read: reload it and try again.")
                                       .arg(contract.number));
        if (auto added = repository.addEvent(
                contract.id, {action, step, comment, m_context.actor.login, contract.updatedAt});
            !added)
            return added;
        return m_context.audit(kEntity, contract.number, QStringLiteral("status"),
                               contractStatusKey(from), contractStatusKey(contract.status));
    });
    if (!saved)
        return saved.error();
    return load(contract.id);
}

Result<Contract> ContractService::submit(qint64 contractId)
{
    auto contract = loadAt(
        contractId, ContractStatus::Draft, tr("Only sales reps and managers submit contracts."),
        tr("Contract %1 is not a draft (it is at %2): only a draft is submitted."), {});
    if (!contract)
        return contract;
    if (const QStringList missing = ContractRules::missingTerms(*contract); !missing.isEmpty())
        return Error::invalid(tr("Contract %1 cannot be submitted: it lacks %2 (R14).")
                                  .arg(contract->number, missing.join(tr(", "))),
                              QStringLiteral("R14"));
    auto instalments = PaymentRepository(m_context.db).instalments(contractId);
    if (!instalments)
        return instalments.error();
    if (const QStringList problems =
            ContractRules::scheduleProblems(*instalments, contract->priceFen);
        !problems.isEmpty())
        return Error::invalid(tr("Contract %1 cannot be submitted: its payment schedule is not "
                                 "complete: %2 (R16).")
                                  .arg(contract->number, problems.join(tr("; "))),
                              QStringLiteral("R16"));
    Contract next = *contract;
    next.status = ContractStatus::LegalReview;
    next.submittedAt = m_context.now();
    return save(next, contract->status, QStringLiteral("submitted"), {}, {});
}

Result<Contract>
ContractService::loadPending(qint64 contractId,
                             const std::function<QString(ApprovalStep)> &refusal) const
{
    auto contract = load(contractId);
    if (!contract)
        return contract;
    const auto step = pendingStep(contract->status);
    if (!step)
        return Error::invalid(
            tr("Contract %1 is not waiting for an approval (it is at %2).")
                .arg(contract->number, ContractRules::statusName(contract->status)),
            QStringLiteral("R15"));
    if (m_context.actor.role != stepOwner(*step))
        return Error{ErrorKind::Permission, refusal(*step), QStringLiteral("R15")};
    // Legal and finance review every customer's contracts; a manager signs those of the team.
    if (auto rowId = m_context.customerRowId(
            contract->customerId, m_context.scope().readOnly ? Access::Read : Access::Write);
        !rowId)
        return rowId.error();
    return contract;
}

Result<Contract> ContractService::approve(qint64 contractId, const QString &comment)
{
    auto contract = loadPending(contractId, [](ApprovalStep step) {
        return step == ApprovalStep::Legal     ? tr("Only legal approves the legal review (R15).")
               : step == ApprovalStep::Finance ? tr("Only finance approves the finance review "
                                                    "(R15).")
                                               : tr("Only a sales manager signs a contract (R15).");
    });
    if (!contract)
        return contract;
    const auto step = pendingStep(contract->status);
    Contract next = *contract;
    const QDateTime now = m_context.now();
    switch (*step) {
    case ApprovalStep::Legal:
        next.status = ContractStatus::FinanceReview;
        next.legalApprovedAt = now;
        break;
    case ApprovalStep::Finance:
        next.status = ContractStatus::ManagerSign;
        next.financeApprovedAt = now;
        break;
    case ApprovalStep::Manager:
        next.status = ContractStatus::Signed;
        next.signedAt = now;
        break;
    }
    return save(next, contract->status,
                *step == ApprovalStep::Manager ? QStringLiteral("signed")
                                               : QStringLiteral("approved"),
                step, comment.trimmed());
}

Result<Contract> ContractService::reject(qint64 contractId, const QString &comment)
{
    auto contract = loadPending(contractId, [](ApprovalStep step) {
        return tr("Only the owner of the %1 step returns the contract (R15).")
            .arg(ContractRules::stepName(step));
    });
    if (!contract)
        return contract;
    const auto step = pendingStep(contract->status);
    if (comment.trimmed().isEmpty())
        return Error::invalid(tr("Say why the contract goes back to the rep: the comments are "
                                 "required (R15)."),
                              QStringLiteral("R15"));
    Contract next = *contract;
    clearApprovals(next);
    return save(next, contract->status, QStringLiteral("rejected"), step, comment.trimmed());
}

Result<Contract> ContractService::startDelivery(qint64 contractId)
{
    auto contract = loadAt(
        contractId, ContractStatus::Signed, tr("Only sales reps and managers start delivery."),
        tr("Delivery of contract %1 starts only once it is signed (it is at %2)."),
        QStringLiteral("R15"));
    if (!contract)
        return contract;
    Contract next = *contract;
    next.status = ContractStatus::InDelivery;
    return save(next, contract->status, QStringLiteral("delivery"), {}, {});
}

Result<Contract> ContractService::complete(qint64 contractId)
{
    auto contract = loadAt(contractId, ContractStatus::InDelivery,
                           tr("Only sales reps and managers complete contracts."),
                           tr("Contract %1 is completed only after delivery (it is at %2)."), {});
    if (!contract)
        return contract;
    Contract next = *contract;
    next.status = ContractStatus::Completed;
    return save(next, contract->status, QStringLiteral("completed"), {}, {});
}

Result<std::optional<StepDeadline>> ContractService::stepDeadline(const Contract &contract) const
{
    const auto step = pendingStep(contract.status);
    if (!step)
        return std::optional<StepDeadline>();
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    StepDeadline deadline;
    deadline.step = *step;
    deadline.due = deadlines::pendingStepDue(*calendar, contract, m_settings.timeZone());
    deadline.overdue = deadline.due.isValid() && m_context.now() > deadline.due;
    return std::optional<StepDeadline>(deadline);
}

Result<QList<Instalment>> ContractService::schedule(qint64 contractId) const
{
    if (auto contract = loadFor(contractId, Access::Read); !contract)
        return contract.error();
    return PaymentRepository(m_context.db).instalments(contractId);
}

Status ContractService::setSchedule(qint64 contractId, const QList<Instalment> &instalments)
{
    auto contract = load(contractId);
    if (!contract)
        return contract.error();
    const bool signedContract = isSignedStatus(contract->status);
    if (auto allowed =
            signedContract
                ? m_context.requireRole({Role::Finance, Role::Manager, Role::Admin},
                                        tr("Only finance or a manager changes the schedule of a "
                                           "signed contract."))
                : m_context.requireRole({Role::Rep, Role::Manager, Role::Admin},
                                        tr("Only sales reps and managers draft a schedule."));
        !allowed)
        return allowed;
    // Finance changes the schedule of any signed contract; sales people only their customers'.
    if (auto rowId = m_context.customerRowId(
            contract->customerId, m_context.scope().readOnly ? Access::Read : Access::Write);
        !rowId)
        return rowId.error();
    if (const QStringList problems =
            ContractRules::scheduleProblems(instalments, contract->priceFen);
        !problems.isEmpty())
        return Error::invalid(tr("The payment schedule of contract %1 cannot be saved: %2 (R16).")
                                  .arg(contract->number, problems.join(tr("; "))),
                              QStringLiteral("R16"));
    const PaymentRepository payments(m_context.db);
    auto paid = payments.paymentCount(contractId);
    if (!paid)
        return paid.error();
    if (*paid > 0)
        return Error::invalid(tr("Payments were recorded against contract %1: its schedule can no "
                                 "longer change.")
                                  .arg(contract->number),
                              QStringLiteral("R16"));
    auto old = payments.instalments(contractId);
    if (!old)
        return old.error();
    auto describe = [](const QList<Instalment> &list) {
        QStringList parts;
        for (const Instalment &instalment : list)
            parts << instalment.due.toString(Qt::ISODate) + u' ' +
                         money::yuanText(instalment.amountFen);
        return parts.join(QStringLiteral("; "));
    };
    const bool reset = pendingStep(contract->status).has_value();
    Contract next = *contract;
    if (reset)
        clearApprovals(next);
    auto saved = inTransaction<Ok>(m_context.db, [&]() -> Status {
        if (auto replaced = payments.replaceSchedule(contractId, instalments); !replaced)
            return replaced;
        if (reset) {
            next.updatedAt = m_context.now();
            next.updatedBy = m_context.actor.login;
            auto updated = ContractRepository(m_context.db).update(next);
            if (!updated)
                return updated.error();
            if (!*updated)
                return Error::conflict(tr("Contract %1 was changed by someone else since it was "
                                          "read: reload it and try again.")
                                           .arg(contract->number));
            if (auto added = ContractRepository(m_context.db)
                                 .addEvent(contractId,
                                           {QStringLiteral("reset"), pendingStep(contract->status),
                                            tr("Payment schedule changed during the "
                                               "approval chain: approvals reset."),
                                            m_context.actor.login, next.updatedAt});
                !added)
                return added;
        }
        return m_context.audit(kEntity, contract->number, QStringLiteral("schedule"),
                               describe(*old), describe(instalments));
    });
    if (!saved)
        return saved.error();
    return Ok{};
}

Result<QList<TimelineEvent>> contractTimeline(const ServiceContext &context, qint64 customerRowId)
{
    auto milestones = ContractRepository(context.db).milestonesOfCustomer(customerRowId);
    if (!milestones)
        return milestones.error();
    QList<TimelineEvent> events;
    for (const ContractMilestone &m : *milestones) {
        const ContractEvent &e = m.event;
        const QString step = e.step ? ContractRules::stepName(*e.step) : QString();
        QString title;
        QString detail = e.comment;
        bool warning = false;
        if (m.payment) {
            title = ContractService::tr("Payment of %1 received on contract %2 (%3)")
                        .arg(money::yuanText(m.payment->amountFen), m.number,
                             m.payment->receivedOn.toString(Qt::ISODate));
        } else if (e.action == QLatin1String("drafted")) {
            title = ContractService::tr("Contract %1 drafted: %2").arg(m.number, m.title);
        } else if (e.action == QLatin1String("submitted")) {
            title = ContractService::tr("Contract %1 submitted for approval").arg(m.number);
        } else if (e.action == QLatin1String("approved")) {
            title = ContractService::tr("Contract %1: %2 approved").arg(m.number, step);
        } else if (e.action == QLatin1String("rejected")) {
            title = ContractService::tr("Contract %1 returned at the %2").arg(m.number, step);
            warning = true;
        } else if (e.action == QLatin1String("reset")) {
            title = ContractService::tr("Contract %1: approvals reset").arg(m.number);
            warning = true;
        } else if (e.action == QLatin1String("signed")) {
            title = ContractService::tr("Contract %1 signed").arg(m.number);
        } else if (e.action == QLatin1String("delivery")) {
            title = ContractService::tr("Contract %1 in delivery").arg(m.number);
        } else if (e.action == QLatin1String("completed")) {
            title = ContractService::tr("Contract %1 completed").arg(m.number);
        } else {
            title = ContractService::tr("Contract %1: %2").arg(m.number, e.action);
        }
        events.append({TimelineEvent::Kind::Contract, e.at, e.actor, title, detail, warning});
    }
    return events;
}

} // namespace sf
