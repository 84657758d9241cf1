// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace Ui {
class CustomerDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// The customer form (table 1) for entry and edit. Messages appear beside the fields while typing:
// required fields, the id (R1), a late entry (R2), vague needs (R3, a warning only), an A customer
// without a senior owner (R6) and duplicates, with a link to the existing customer. Saving a
// duplicate needs a confirmation; the issued id is shown after saving.
class CustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Workspace &workspace, std::optional<Customer> existing,
                   QWidget *parent = nullptr);
    ~CustomerDialog() override;

    Customer draft() const;
    QString savedId() const { return m_savedId; }

Q_SIGNALS:
    void openCustomer(const QString &customerId);

public Q_SLOTS:
    void accept() override;

private:
    void fill(const Customer &customer);
    void addContactRow(const Contact &contact);
    void runCheck();
    void setMessage(QLabel *label, const QString &text, bool error);

    std::unique_ptr<Ui::CustomerDialog> m_ui;
    Workspace &m_workspace;
    std::optional<Customer> m_existing;
    QTimer *m_checkTimer;
    bool m_duplicate = false;
    QString m_savedId;
};

} // namespace sf::ui
