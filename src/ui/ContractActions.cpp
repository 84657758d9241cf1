// SPDX-License-Identifier: MIT
#include "ui/ContractActions.h"

namespace sf::ui {
namespace {

bool drafts(Role role)
{
    return role == Role::Rep || role == Role::Manager || role == Role::Admin;
}

qint64 openFen(const QList<Instalment> &schedule)
{
    qint64 open = 0;
    for (const Instalment &instalment : schedule)
        open += instalment.outstandingFen();
    return open;
}

} // namespace

QList<ContractAction> ContractActions::all()
{
    return {ContractAction::New,           ContractAction::Edit,     ContractAction::Duplicate,
            ContractAction::Submit,        ContractAction::Approve,  ContractAction::Reject,
            ContractAction::StartDelivery, ContractAction::Complete, ContractAction::RecordPayment};
}

QString ContractActions::whyNot(ContractAction action, Role role,
                                const ContractSelection &selection)
{
    const Contract *contract = selection.contract;
    if (action == ContractAction::New)
        return drafts(role) ? QString() : tr("Only sales reps and managers draft contracts.");
    if (action == ContractAction::Templates)
        return role == Role::Legal || role == Role::Manager || role == Role::Admin
                   ? QString()
                   : tr("Only legal, managers and administrators edit contract templates.");
    if (!contract)
        return tr("Select a contract first.");
    const QString status = ContractRules::statusName(contract->status);
    switch (action) {
    case ContractAction::New: break;
    case ContractAction::Edit:
        if (!drafts(role))
            return tr("Only sales reps and managers edit contracts.");
        if (isSignedStatus(contract->status))
            return tr("%1 is signed: its terms cannot change. Duplicate it to draft a new "
                      "contract.")
                .arg(contract->number);
        return {};
    case ContractAction::Duplicate:
        return drafts(role) ? QString() : tr("Only sales reps and managers draft contracts.");
    case ContractAction::Submit: {
        if (!drafts(role))
            return tr("Only sales reps and managers submit contracts.");
        if (contract->status != ContractStatus::Draft)
            return tr("Only a draft is submitted; %1 is at %2.").arg(contract->number, status);
        const QStringList missing = ContractRules::missingTerms(*contract);
        if (!missing.isEmpty())
            return tr("R14: a core term is missing: %1. Edit the contract first.")
                .arg(missing.join(tr(", ")));
        const QStringList problems =
            ContractRules::scheduleProblems(selection.schedule, contract->priceFen);
        if (!problems.isEmpty())
            return tr("R16: the payment schedule is not complete: %1. Edit the contract first.")
                .arg(problems.join(tr("; ")));
        return {};
    }
    case ContractAction::Approve:
    case ContractAction::Reject: {
        const auto step = pendingStep(contract->status);
        if (!step)
            return tr("%1 is not waiting for an approval (it is at %2).")
                .arg(contract->number, status);
        if (role == stepOwner(*step))
            return {};
        switch (*step) {
        case ApprovalStep::Legal: return tr("The legal review is for legal (R15).");
        case ApprovalStep::Finance: return tr("The finance review is for finance (R15).");
        case ApprovalStep::Manager: return tr("Only a sales manager signs a contract (R15).");
        }
        return {};
    }
    case ContractAction::StartDelivery:
        if (!drafts(role))
            return tr("Only sales reps and managers start delivery.");
        if (contract->status != ContractStatus::Signed)
            return tr("Delivery starts once the contract is signed; %1 is at %2.")
                .arg(contract->number, status);
        return {};
    case ContractAction::Complete:
        if (!drafts(role))
            return tr("Only sales reps and managers complete contracts.");
        if (contract->status != ContractStatus::InDelivery)
            return tr("A contract is completed after delivery; %1 is at %2.")
                .arg(contract->number, status);
        return {};
    case ContractAction::RecordPayment:
        if (role != Role::Finance)
            return tr("Only finance records payments received (R16).");
        if (!isSignedStatus(contract->status))
            return tr("Payments are recorded against signed contracts; %1 is at %2.")
                .arg(contract->number, status);
        if (selection.schedule.isEmpty())
            return tr("%1 has no payment schedule.").arg(contract->number);
        if (openFen(selection.schedule) <= 0)
            return tr("%1 is paid in full.").arg(contract->number);
        return {};
    case ContractAction::Document:
    case ContractAction::Templates: return {};
    }
    return {};
}

QString ContractActions::description(ContractAction action, const ContractSelection &selection)
{
    const Contract *contract = selection.contract;
    const auto step = contract ? pendingStep(contract->status) : std::nullopt;
    switch (action) {
    case ContractAction::New: return tr("Draft a new contract from the template's core terms");
    case ContractAction::Edit:
        return contract && step ? tr("Edit the terms: this returns the contract to draft and "
                                     "resets its approvals")
                                : tr("Edit the terms, dates, attachments and payment schedule");
    case ContractAction::Duplicate: return tr("A new draft with the same customer and terms");
    case ContractAction::Submit: return tr("Send the contract to legal review (R15)");
    case ContractAction::Approve:
        if (step == ApprovalStep::Manager)
            return tr("Sign the contract: the last step of R15");
        return step ? tr("Approve the %1 and pass the contract on (R15)")
                          .arg(ContractRules::stepName(*step))
                    : QString();
    case ContractAction::Reject:
        return tr("Return the contract to the rep as a draft, with comments (R15)");
    case ContractAction::StartDelivery: return tr("Mark the signed contract as in delivery");
    case ContractAction::Complete: return tr("Mark the delivered contract as completed");
    case ContractAction::RecordPayment:
        return tr("Record a payment received against the schedule (R16)");
    case ContractAction::Document:
        return tr("The contract drafted from a template: read it, export it to PDF, print it");
    case ContractAction::Templates: return tr("Edit the contract templates and their placeholders");
    }
    return {};
}

QString ContractActions::approveLabel(const ContractSelection &selection)
{
    if (selection.contract && pendingStep(selection.contract->status) == ApprovalStep::Manager)
        return tr("Sign");
    return tr("Approve");
}

} // namespace sf::ui
