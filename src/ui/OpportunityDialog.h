// SPDX-License-Identifier: MIT
#pragma once

#include "core/FollowUp.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class OpportunityDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// The customer's open opportunity: its stage (moved by follow-up records), the expected amount
// in yuan (kept in fen) and the expected close date.
class OpportunityDialog final : public QDialog
{
    Q_OBJECT

public:
    OpportunityDialog(Workspace &workspace, const QString &customerId, QWidget *parent = nullptr);
    ~OpportunityDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    void check();

    std::unique_ptr<Ui::OpportunityDialog> m_ui;
    Workspace &m_workspace;
    QString m_customerId;
    std::optional<OpenOpportunity> m_open;
};

} // namespace sf::ui
