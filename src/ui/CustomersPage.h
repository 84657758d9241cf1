// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerQuery.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace sf {
class Workspace;
} // namespace sf

namespace sf::ui {

class AuditTableModel;
class CustomerTableModel;
struct PageInfo;

// Stage 1: the customer pool. A lazy table of every customer (fast at a million), filters by
// grade, owner, region, tag, status and late entry, a debounced search, a detail panel (the
// customer, its grade history and timeline; its audit trail in a tab of its own), and the actions:
// new customer, edit, grade, assign, tag, import, export.
class CustomersPage final : public QWidget
{
    Q_OBJECT

public:
    CustomersPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);
    ~CustomersPage() override;

    CustomerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Selects and shows one customer (the duplicate link of the form opens it this way).
    void showCustomer(const QString &customerId);
    // How many rows are selected, and their customer ids (rows not loaded are read from the
    // list's query).
    int selectedCount() const;
    QStringList selectedIds() const;

Q_SIGNALS:
    // The user asked for the customer's follow-up plan.
    void openPlan(const QString &customerId);

public Q_SLOTS:
    // Reads the list and the selected customer again (a colleague changed the database).
    void refresh();
    void newCustomer();
    void editCustomer();
    void gradeSelected();
    void assignSelected();
    void tagSelected();
    void recordFollowUp();
    void importCustomers();
    void exportCustomers();

private:
    void buildFilters();
    void reloadChoices();
    void applyFilter();
    void updateDetail();
    // Reads the selected customer's audit trail when its tab is showing.
    void updateAudit();
    void updateActions();
    void showColumnMenu(const QPoint &position);
    void restoreState();
    void saveState() const;
    void report(const QString &title, const QString &message);
    // A line beside the count: what the last action did, or its R6 warnings (not modal).
    void showNotice(const QString &text, bool warning);

    Workspace &m_workspace;
    CustomerTableModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QTabWidget *m_detailTabs;
    QTableView *m_audit = nullptr; // the customer's audit trail; none for legal and finance
    AuditTableModel *m_auditModel = nullptr;
    QLineEdit *m_search;
    QComboBox *m_grade;
    QComboBox *m_owner;
    QComboBox *m_region;
    QComboBox *m_tag;
    QComboBox *m_status;
    QCheckBox *m_late;
    QLabel *m_count;
    QLabel *m_notice; // the id issued on save, R6 warnings
    QTimer *m_searchTimer;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_gradeButton;
    QPushButton *m_assignButton;
    QPushButton *m_tagButton;
    QPushButton *m_followUpButton;
    QAction *m_recordAction;
    QAction *m_planAction;
    QAction *m_opportunityAction;
    QAction *m_undoDowngradeAction;
    QString m_pendingSelection;
};

} // namespace sf::ui
