// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"
#include "services/ContractService.h"

#include <QHash>
#include <QTabWidget>
#include <QTimeZone>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace sf {
class Workspace;
}

namespace sf::ui {

// The selected contract on the Contracts page, in tabs: an overview (customer, the R15 approval
// progress with the pending step's due time, the R14 core terms), the payment schedule with what
// is paid and still open (R16), the payments received, the approval history with its comments,
// and the attachments (opened with the desktop's program).
class ContractDetailView final : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, ScheduleTab, PaymentsTab, HistoryTab, AttachmentsTab };

    explicit ContractDetailView(Workspace &workspace, QWidget *parent = nullptr);

    // Shows a contract (loading its schedule, payments and history), or a hint when null.
    void showContract(const Contract *contract, const std::optional<StepDeadline> &deadline);
    // Display names by login, for who did what.
    void setUserNames(QHash<QString, QString> names) { m_names = std::move(names); }
    // The shown contract's schedule, as loaded.
    const QList<Instalment> &schedule() const { return m_schedule; }

    QTextBrowser *overview() const { return m_overview; }
    QTableWidget *scheduleTable() const { return m_scheduleTable; }
    QTableWidget *paymentsTable() const { return m_payments; }
    QTableWidget *historyTable() const { return m_history; }
    QListWidget *attachments() const { return m_attachments; }
    QString scheduleSummary() const;

Q_SIGNALS:
    // The customer's name in the overview was clicked.
    void openCustomer(const QString &customerId);

private:
    QString overviewHtml(const Contract &contract, const std::optional<StepDeadline> &deadline,
                         const QList<ContractEvent> &events) const;
    void fillSchedule(const Contract &contract);
    void fillPayments(const Contract &contract);
    void fillHistory(const QList<ContractEvent> &events);
    void fillAttachments(const Contract &contract);
    void openAttachment();
    QString userName(const QString &login) const;

    Workspace &m_workspace;
    QHash<QString, QString> m_names;
    QTimeZone m_zone; // the team's: times are shown as the team reads them
    QList<Instalment> m_schedule;
    QTextBrowser *m_overview;
    QTableWidget *m_scheduleTable;
    QLabel *m_scheduleSummary;
    QTableWidget *m_payments;
    QTableWidget *m_history;
    QListWidget *m_attachments;
    QPushButton *m_openAttachment;
};

} // namespace sf::ui
