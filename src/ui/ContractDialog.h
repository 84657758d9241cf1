// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ContractDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// A contract of table 3 (《销售合同模板》), new or edited: customer, title, R14's core terms
// (products/services, price, delivery period, payment terms, liability for breach), term dates,
// attachments and the payment schedule (R16). Beside the fields while typing: the customer's name,
// what R14 still misses before the contract can be submitted, and the schedule's sum against the
// price. Saving an edit of a contract in review warns first that its approvals will be reset.
class ContractDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` edits a contract (with its schedule); otherwise a new draft for `customerId`
    // (which may be empty: the user types it).
    ContractDialog(Workspace &workspace, std::optional<Contract> existing,
                   const QString &customerId = {}, QWidget *parent = nullptr);
    ~ContractDialog() override;

    Contract draft() const;
    QList<Instalment> instalments() const;
    // The contract as saved.
    const std::optional<Contract> &saved() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void loadCustomer();
    void runCheck();
    void addAttachments();
    bool scheduleChanged() const;
    // Whether saving would reset the approvals of a contract in review, asked first.
    bool confirmReset();

    std::unique_ptr<Ui::ContractDialog> m_ui;
    Workspace &m_workspace;
    std::optional<Contract> m_existing;
    QList<Instalment> m_loadedSchedule;
    QString m_customerLookedUp;
    bool m_customerKnown = false;
    std::optional<Contract> m_saved;
};

} // namespace sf::ui
