// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ContractActions.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sf {
class Workspace;
}

namespace sf::ui {

class ContractDetailView;
class ContractTableModel;
struct PageInfo;

// Stage 3 (R14–R16): the contracts of the team with their status and the R15 step each waits
// for (red when overdue), filtered by status or "waiting for me", searched by number, title or
// customer; the selected contract's terms, schedule, payments, approval history and attachments;
// and the actions of the process, each enabled for the role that owns it: draft, edit, duplicate,
// submit, approve or sign, return with comments, start delivery, complete, record a payment.
class ContractsPage final : public QWidget
{
    Q_OBJECT

public:
    ContractsPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);
    ~ContractsPage() override;

    ContractTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ContractDetailView *detail() const { return m_detail; }
    QAction *action(ContractAction action) const { return m_actions.value(action); }
    // The selected contract's id, or 0.
    qint64 selectedId() const;
    void selectContract(qint64 contractId);
    // Shows one contract by its number, clearing a filter that hides it.
    void showContract(const QString &number);

Q_SIGNALS:
    // The user asked for the contract's customer (its name in the detail is a link).
    void openCustomer(const QString &customerId);

public Q_SLOTS:
    void reload();
    void newContract();
    void editContract();
    void duplicateContract();
    void submitContract();
    void approveContract();
    void rejectContract();
    void startDelivery();
    void completeContract();
    void recordPayment();
    void openDocument();
    void editTemplates();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void updateDetail();
    void updateActions();
    void showMenu(const QPoint &position);
    void showNotice(const QString &text);
    // Reloads and keeps `contractId` selected; a failed action's message in a box.
    void after(qint64 contractId, const QString &notice);
    void report(const QString &message);
    void restoreState();
    void saveState() const;

    Workspace &m_workspace;
    ContractTableModel *m_model;
    QTableView *m_table;
    ContractDetailView *m_detail;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLabel *m_count;
    QLabel *m_notice;
    QTimer *m_searchTimer;
    QMap<ContractAction, QAction *> m_actions;
    QMap<ContractAction, QPushButton *> m_buttons;
    QHash<QString, QString> m_names;
};

} // namespace sf::ui
