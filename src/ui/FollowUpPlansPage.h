// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace sf {
class Workspace;
}

namespace sf::ui {

class GanttView;
class PlanItemModel;
struct PageInfo;

// Stage 2's plan page: the follow-up Gantt plan of one customer, or of every customer a rep
// owns; new and edited plan items, follow-up records, moving an item by dragging it (undoable),
// zoom, export to PNG and printing.
class FollowUpPlansPage final : public QWidget
{
    Q_OBJECT

public:
    FollowUpPlansPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);
    ~FollowUpPlansPage() override;

    GanttView *chart() const { return m_chart; }
    PlanItemModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    // Shows the plans of `ownerLogin`, or of one customer when `customerId` is given.
    void showPlans(const QString &ownerLogin, const QString &customerId = {});
    // Saves new dates for an item; false (with the reason shown) when refused.
    bool moveItem(qint64 id, QDate start, QDate due);

public Q_SLOTS:
    void reload();

private:
    void loadOwners();
    void newItem();
    void editItem(qint64 id);
    void recordFollowUp();
    void exportPng();
    void printChart();
    void updateDetail();
    void showNotice(const QString &text, bool warning);
    QString selectedCustomer() const;

    Workspace &m_workspace;
    PlanItemModel *m_model;
    GanttView *m_chart;
    QUndoStack *m_undo;
    QComboBox *m_owner;
    QLineEdit *m_customer;
    QComboBox *m_zoom;
    QLabel *m_detail;
    QLabel *m_notice;
    QPushButton *m_editButton;
};

} // namespace sf::ui
