// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sf::ui {

// What the Contracts page offers on a contract.
enum class ContractAction {
    New,
    Edit,
    Duplicate,
    Submit,
    Approve, // legal or finance approves, a manager signs (R15)
    Reject,
    StartDelivery,
    Complete,
    RecordPayment,
    Document, // the contract drafted from a template, to PDF or paper (R14)
    Templates // the template editor (legal, managers, administrators): in the menu only
};

// What the page knows about the selected contract when it enables its actions.
struct ContractSelection
{
    const Contract *contract = nullptr;
    QList<Instalment> schedule;
};

// The page's rules for its actions, mirroring the services' checks so that a button is disabled
// with the reason in its tooltip instead of failing after a click: the role that owns each step
// of R15, the status each action needs, R14's core terms and R16's schedule.
class ContractActions final
{
    Q_DECLARE_TR_FUNCTIONS(ContractActions)

public:
    // Why `action` is not available to a user in `role` on the selection; empty when it is.
    static QString whyNot(ContractAction action, Role role, const ContractSelection &selection);
    // What the action does, for its tooltip when it is available.
    static QString description(ContractAction action, const ContractSelection &selection);
    // The approve action reads "Sign" when the contract waits for the manager's signature.
    static QString approveLabel(const ContractSelection &selection);
    // The actions with a button, in order; the menu adds Document and Templates.
    static QList<ContractAction> all();
};

} // namespace sf::ui
