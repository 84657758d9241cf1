// SPDX-License-Identifier: MIT
#pragma once

#include "services/ReviewPack.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

struct PageInfo;

// The Monday review (R12, R13): the agenda of A and B customers by rep with last week's
// follow-ups, progress, open risks and overdue next actions, the downgrade candidates
// highlighted, and the manager's decisions — a record, a plan item, a regrade, a downgrade to C or
// to an invalid lead, or keeping B with a reason until the next review. Every decision is an
// ordinary record, plan item or grade change with its audit trail.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);

    QTreeWidget *agenda() const { return m_agenda; }
    QTableWidget *compliance() const { return m_compliance; }
    void showWeek(QDate weekOf);
    QString selectedCustomer() const;

public Q_SLOTS:
    void reload();

private:
    void decide(const QString &decision);
    void reloadCompliance();
    // The review pack of the shown week, or none (the reason shown).
    std::optional<ReviewPack> pack();
    void exportPdf();
    void printPack();
    void updateActions();

    Workspace &m_workspace;
    QDateEdit *m_week;
    QLabel *m_summary;
    QLabel *m_notice;
    QTreeWidget *m_agenda;
    QTableWidget *m_compliance;
    QTabWidget *m_tabs;
    // What the page shows, for the review pack; the compliance is computed (a rules check) only
    // when its tab is shown or the pack needs it.
    std::optional<ReviewAgenda> m_shownAgenda;
    std::optional<QList<RepCompliance>> m_shownCompliance;
    QList<QPushButton *> m_decisions;
};

} // namespace sf::ui
