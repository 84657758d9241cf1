// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

struct PageInfo;

// After-sales (stage 4): the service records of the team (visits, issues, training, renewals)
// with their satisfaction as stars, filtered by kind, status and maintenance due; and the signed
// contracts ending within the renewal reminder with their renewal opportunity; of the user's own
// customers or the whole team's (managers start with the team). Showing the page
// runs the renewal reminder (no scheduler needed). Records are made and edited in the service
// record dialog.
class AfterSalesPage final : public QWidget
{
    Q_OBJECT

public:
    AfterSalesPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);

    QTableWidget *records() const { return m_records; }
    QTableWidget *contractsEnding() const { return m_contracts; }

Q_SIGNALS:
    void openCustomer(const QString &customerId);

public Q_SLOTS:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadRecords();
    void reloadContracts();
    void recordService();
    void editSelected();
    QString selectedCustomer() const;
    // The owner whose customers are shown: the acting user with "My customers", else anyone.
    QString ownerFilter() const;

    Workspace &m_workspace;
    QComboBox *m_kind;
    QComboBox *m_status;
    QCheckBox *m_due;
    QCheckBox *m_mine;
    QLabel *m_summary;
    QLabel *m_contractsTitle;
    QTableWidget *m_records;
    QTableWidget *m_contracts;
};

} // namespace sf::ui
