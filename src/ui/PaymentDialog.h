// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PaymentDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// Finance records a payment received against a signed contract (R16): the date (today by
// default, never after today), the amount, the bank reference and the instalment it pays first
// (the oldest open one by default). The dialog lists what is still open; an over-payment is
// refused with the service's message.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Workspace &workspace, const Contract &contract, QWidget *parent = nullptr);
    ~PaymentDialog() override;

    Payment draft() const;
    std::optional<qint64> chosenInstalment() const;
    // What the recorded payment went to, for the page's notice.
    QString savedSummary() const { return m_savedSummary; }

public Q_SLOTS:
    void accept() override;

private:
    void runCheck();
    qint64 openFen() const;

    std::unique_ptr<Ui::PaymentDialog> m_ui;
    Workspace &m_workspace;
    Contract m_contract;
    QList<Instalment> m_open;
    QString m_savedSummary;
};

} // namespace sf::ui
