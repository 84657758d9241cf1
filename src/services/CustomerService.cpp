// SPDX-License-Identifier: MIT
#include "services/CustomerService.h"

#include "core/CustomerId.h"
#include "core/Deadlines.h"
#include "core/DuplicateKeys.h"
#include "services/CalendarService.h"
#include "services/CustomerEntry.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerRepository.h"
#include "storage/CustomerWriter.h"
#include "storage/IdSequenceRepository.h"
#include "storage/ImmediateTransaction.h"
#include "storage/UserRepository.h"

namespace sf {
namespace {

QString gradeName(const std::optional<Grade> &grade)
{
    return grade ? gradeKey(*grade) : QString();
}

// "changed by X at T (fields) — reload": who saved the customer last and what, from the audit
// trail.
Error staleEdit(const ServiceContext &context, const QString &customerId)
{
    if (const auto last = context.lastChange(QStringLiteral("customer"), customerId))
        return Error::conflict(
            CustomerService::tr("%1 was changed by %2 at %3 (%4) while you were editing it. "
                                "Reload it and make your change again.")
                .arg(customerId, last->actor, last->atText(), last->fields));
    return Error::conflict(
        CustomerService::tr("%1 was changed by someone else while you were editing it. Reload it "
                            "and make your change again.")
            .arg(customerId));
}

// The stored customer with this id, or "There is no customer …".
Result<Customer> requireCustomer(const CustomerRepository &repository, const QString &customerId)
{
    auto found = repository.find(customerId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(CustomerService::tr("There is no customer %1.").arg(customerId));
    return std::move(**found);
}

} // namespace

QString seniorOwnerWarning(const QString &customerId, const std::optional<Grade> &grade,
                           const QString &ownerLogin, bool ownerIsSenior)
{
    if (grade != Grade::A || ownerIsSenior)
        return {};
    if (ownerLogin.isEmpty())
        return CustomerService::tr("%1 is an A customer without an owner: assign it to a senior "
                                   "rep (R6).")
            .arg(customerId);
    return CustomerService::tr("%1 is an A customer, but its owner %2 is not a senior rep (R6).")
        .arg(customerId, ownerLogin);
}

Status CustomerService::requireEditor() const
{
    return m_context.requireRole({Role::Rep, Role::Assistant, Role::Manager, Role::Admin},
                                 tr("Your role may not enter or edit customers."));
}

Status CustomerService::requireOwnerInScope(const QString &ownerLogin) const
{
    const AccessScope scope = m_context.scope();
    if (scope.isAll() || ownerLogin.isEmpty())
        return Ok{};
    if (scope.kind == AccessScope::Kind::Owner) {
        if (ownerLogin.compare(m_context.actor.login, Qt::CaseInsensitive) == 0)
            return Ok{};
        return Error{ErrorKind::Permission,
                     tr("You may only enter customers for yourself, not for %1.").arg(ownerLogin),
                     {}};
    }
    auto owner = UserRepository(m_context.db).findByLogin(ownerLogin);
    if (!owner)
        return owner.error();
    // An unknown login is the form's problem (validation says so).
    if (!owner->has_value() || (*owner)->team.trimmed() == scope.team)
        return Ok{};
    return Error{ErrorKind::Permission,
                 tr("%1 is not a member of your team %2; you may not give them customers.")
                     .arg(ownerLogin, scope.team),
                 {}};
}

Result<EntryCheck> CustomerService::check(const Customer &draft) const
{
    auto context = EntryContext::load(m_context, m_calendar, m_settings);
    if (!context)
        return context.error();
    EntryCheck result;
    const EntryProblems problems = context->validate(draft);
    result.fieldProblems = problems.fields;
    result.idProblem = problems.id;
    CustomerWriter writer(m_context.db);
    if (draft.rowId == 0 && draft.id.trimmed().isEmpty() && !draft.region.isEmpty() &&
        problems.fields.isEmpty()) {
        const int year = context->today().year();
        auto last = IdSequenceRepository(m_context.db).lastSerial(draft.region, year);
        if (last)
            result.issuedId = CustomerId::format(draft.region, year, nextSerial(*last));
    }
    if (draft.rowId == 0 && problems.id.isEmpty() && !draft.id.trimmed().isEmpty()) {
        auto taken = writer.idExists(draft.id.trimmed());
        if (!taken)
            return taken.error();
        if (*taken)
            result.idProblem = tr("The customer id %1 is already taken.").arg(draft.id.trimmed());
    }
    auto duplicates = context->duplicatesOf(writer, draft);
    if (!duplicates)
        return duplicates.error();
    result.duplicates = *duplicates;
    result.needs = checkNeeds(draft.needs);
    if (draft.firstContactAt.isValid()) {
        result.entryDeadline =
            deadlines::entryDeadline(context->calendar, draft.firstContactAt, context->zone);
        const QDateTime enteredAt = draft.rowId == 0 ? m_context.now() : draft.enteredAt;
        result.lateEntry = deadlines::isLateEntry(context->calendar, draft.firstContactAt,
                                                  enteredAt, context->zone);
    }
    const auto owner = context->user(draft.ownerLogin);
    result.ownerWarning = seniorOwnerWarning(draft.id.isEmpty() ? result.issuedId : draft.id,
                                             draft.grade, draft.ownerLogin, owner && owner->senior);
    return result;
}

Result<Customer> CustomerService::create(const Customer &draft, bool allowDuplicate)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (draft.grade) {
        if (auto allowed = m_context.requireRole({Role::Manager, Role::Admin},
                                                 tr("Only a sales manager grades customers (R4)."));
            !allowed)
            return allowed.error();
    }
    auto context = EntryContext::load(m_context, m_calendar, m_settings);
    if (!context)
        return context.error();
    Customer customer = draft;
    customer.rowId = 0;
    if (customer.ownerLogin.isEmpty() && m_context.actor.role != Role::Admin)
        customer.ownerLogin = m_context.actor.login;
    if (auto allowed = requireOwnerInScope(customer.ownerLogin); !allowed)
        return allowed.error();
    if (auto valid = context->requireValid(customer); !valid)
        return valid.error();

    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    CustomerWriter writer(m_context.db);
    if (!allowDuplicate) {
        auto duplicates = context->duplicatesOf(writer, customer);
        if (!duplicates)
            return duplicates.error();
        if (!duplicates->isEmpty())
            return Error::conflict(duplicateMessage(customer.name, duplicates->first()));
    }
    IdIssuer ids(m_context);
    auto stored = context->insert(writer, ids, customer, tr("Entered with a grade"));
    if (!stored)
        return stored.error();
    if (auto status = ids.store(); !status)
        return status.error();
    if (auto status = m_context.audit(QStringLiteral("customer"), stored->id,
                                      QStringLiteral("created"), QString(), stored->name);
        !status)
        return status.error();
    if (allowDuplicate) {
        auto duplicates = context->duplicatesOf(writer, *stored);
        if (duplicates && !duplicates->isEmpty()) {
            if (auto status = m_context.audit(QStringLiteral("customer"), stored->id,
                                              QStringLiteral("duplicate_confirmed"), QString(),
                                              duplicates->first().customerId);
                !status)
                return status.error();
        }
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return *stored;
}

Result<Customer> CustomerService::update(const Customer &edited, bool allowDuplicate)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    auto context = EntryContext::load(m_context, m_calendar, m_settings);
    if (!context)
        return context.error();
    CustomerRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto stored = requireCustomer(repository, edited.id);
    if (!stored)
        return stored.error();
    if (auto allowed = m_context.requireCustomerAccess(stored->rowId, Access::Write); !allowed)
        return allowed.error();
    const Customer &old = *stored;
    Customer customer = edited;
    customer.rowId = old.rowId;
    customer.enteredAt = old.enteredAt;
    customer.ownerLogin = old.ownerLogin;
    customer.grade = old.grade;
    if (auto valid = context->requireValid(customer); !valid)
        return valid.error();
    CustomerWriter writer(m_context.db);
    if (!allowDuplicate) {
        auto duplicates = context->duplicatesOf(writer, customer);
        if (!duplicates)
            return duplicates.error();
        if (!duplicates->isEmpty())
            return Error::conflict(duplicateMessage(customer.name, duplicates->first()));
    }
    customer.lateEntry = deadlines::isLateEntry(context->calendar, customer.firstContactAt,
                                                customer.enteredAt, context->zone);
    auto saved = repository.update(customer, m_context.now());
    if (!saved)
        return saved.error();
    if (!*saved)
        return staleEdit(m_context, customer.id);
    for (const auto &[field, before, after] : changedFields(old, customer, context->zone)) {
        if (auto status =
                m_context.audit(QStringLiteral("customer"), customer.id, field, before, after);
            !status)
            return status.error();
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return requireCustomer(repository, customer.id);
}

Result<std::optional<Customer>> CustomerService::find(const QString &customerId) const
{
    auto found = CustomerRepository(m_context.db).find(customerId);
    if (!found || !found->has_value())
        return found;
    if (auto allowed = m_context.requireCustomerAccess((*found)->rowId, Access::Read); !allowed)
        return allowed.error();
    return found;
}

Result<QList<GradeChange>> CustomerService::gradeHistory(const QString &customerId) const
{
    const CustomerRepository repository(m_context.db);
    auto customer = requireCustomer(repository, customerId);
    if (!customer)
        return customer.error();
    if (auto allowed = m_context.requireCustomerAccess(customer->rowId, Access::Read); !allowed)
        return allowed.error();
    return repository.gradeHistory(customer->rowId);
}

Result<Grade> CustomerService::propose(const GradeScores &scores) const
{
    if (auto valid = validateScores(scores); !valid)
        return valid.error();
    return proposeGrade(scores, m_settings.gradeThresholds());
}

Result<QStringList> CustomerService::grade(const QStringList &customerIds,
                                           const GradeDecision &decision)
{
    if (auto allowed = m_context.requireRole({Role::Manager, Role::Admin},
                                             tr("Only a sales manager grades customers (R4)."));
        !allowed)
        return allowed.error();
    std::optional<Grade> proposal;
    if (decision.scores) {
        auto proposed = propose(*decision.scores);
        if (!proposed)
            return proposed.error();
        proposal = *proposed;
    }
    const std::optional<Grade> chosen = decision.grade ? decision.grade : proposal;
    if (!chosen)
        return Error::invalid(tr("Choose a grade or enter the four scores."), QStringLiteral("R4"));
    if (chosen != proposal && decision.reason.trimmed().isEmpty())
        return Error::invalid(proposal
                                  ? tr("The scores propose %1; choosing %2 instead needs a reason.")
                                        .arg(gradeKey(*proposal), gradeKey(*chosen))
                                  : tr("A grade given without the four scores needs a reason."),
                              QStringLiteral("R4"));

    CustomerRepository repository(m_context.db);
    UserRepository users(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    QStringList warnings;
    for (const QString &customerId : customerIds) {
        auto found = requireCustomer(repository, customerId);
        if (!found)
            return found.error();
        if (auto allowed = m_context.requireCustomerAccess(found->rowId, Access::Write); !allowed)
            return allowed.error();
        const Customer &customer = *found;
        if (customer.grade == chosen && customer.scores == decision.scores)
            continue;
        const GradeChange change{customer.grade,        chosen,
                                 decision.scores,       decision.reason.trimmed(),
                                 m_context.actor.login, m_context.now()};
        if (auto status = repository.setGrade(customer.rowId, change, m_context.now()); !status)
            return status.error();
        if (auto status =
                m_context.audit(QStringLiteral("customer"), customerId, QStringLiteral("grade"),
                                gradeName(customer.grade), gradeKey(*chosen));
            !status)
            return status.error();
        auto owner = users.findByLogin(customer.ownerLogin);
        const bool senior = owner && owner->has_value() && (*owner)->senior;
        if (const QString warning =
                seniorOwnerWarning(customerId, chosen, customer.ownerLogin, senior);
            !warning.isEmpty())
            warnings << warning;
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return warnings;
}

Result<QStringList> CustomerService::assign(const QStringList &customerIds,
                                            const QString &ownerLogin)
{
    if (auto allowed = m_context.requireRole({Role::Manager, Role::Admin},
                                             tr("Only a sales manager assigns customers."));
        !allowed)
        return allowed.error();
    UserRepository users(m_context.db);
    auto owner = users.findByLogin(ownerLogin);
    if (!owner)
        return owner.error();
    if (!owner->has_value() || !(*owner)->active)
        return Error::invalid(tr("There is no active user %1.").arg(ownerLogin));
    const User &user = **owner;
    if (auto allowed = requireOwnerInScope(user.login); !allowed)
        return allowed.error();
    CustomerRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    QStringList warnings;
    for (const QString &customerId : customerIds) {
        auto found = requireCustomer(repository, customerId);
        if (!found)
            return found.error();
        if (auto allowed = m_context.requireCustomerAccess(found->rowId, Access::Write); !allowed)
            return allowed.error();
        const Customer &customer = *found;
        if (customer.ownerLogin.compare(user.login, Qt::CaseInsensitive) != 0) {
            if (auto status = repository.setOwner(customer.rowId, user.id, m_context.now());
                !status)
                return status.error();
            if (auto status =
                    m_context.audit(QStringLiteral("customer"), customerId, QStringLiteral("owner"),
                                    customer.ownerLogin, user.login);
                !status)
                return status.error();
        }
        if (const QString warning =
                seniorOwnerWarning(customerId, customer.grade, user.login, user.senior);
            !warning.isEmpty())
            warnings << warning;
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return warnings;
}

Status CustomerService::addTag(const QStringList &customerIds, const QString &tag)
{
    return changeTags(customerIds, tag, true);
}

Status CustomerService::removeTag(const QStringList &customerIds, const QString &tag)
{
    return changeTags(customerIds, tag, false);
}

Status CustomerService::changeTags(const QStringList &customerIds, const QString &tag, bool add)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    const QStringList parsed = splitTags(tag);
    if (parsed.size() != 1)
        return Error::invalid(
            tr("A tag is one word or phrase without ; or 、 (got \"%1\").").arg(tag),
            QStringLiteral("R5"));
    const QString name = parsed.first();
    CustomerRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    for (const QString &customerId : customerIds) {
        auto found = requireCustomer(repository, customerId);
        if (!found)
            return found.error();
        if (auto allowed = m_context.requireCustomerAccess(found->rowId, Access::Write); !allowed)
            return allowed;
        QStringList tags = found->tags;
        if (add == tags.contains(name))
            continue;
        if (add)
            tags.append(name);
        else
            tags.removeAll(name);
        if (auto status = repository.setTags(found->rowId, tags, m_context.now()); !status)
            return status;
        if (auto status =
                m_context.audit(QStringLiteral("customer"), customerId, QStringLiteral("tags"),
                                found->tags.join(u';'), tags.join(u';'));
            !status)
            return status;
    }
    return tx.commit();
}

Result<QList<QPair<QString, int>>> CustomerService::tags() const
{
    return CustomerRepository(m_context.db).tagCounts(m_context.scope());
}

Result<CustomerList> CustomerService::list(const CustomerFilter &filter, const CustomerSort &sort,
                                           int limit) const
{
    const CustomerListQuery query(m_context.db, filter, sort, m_context.scope());
    auto total = query.count();
    if (!total)
        return total.error();
    auto rows = query.page(std::nullopt, false, limit);
    if (!rows)
        return rows.error();
    return CustomerList{*total, *rows};
}

} // namespace sf
