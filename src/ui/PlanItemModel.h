// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/FollowUp.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace sf::ui {

// The plan items of a plan chart (table 2), by customer then start date, with the follow-up
// records to mark on it. The Gantt view paints it; a table could show it as well.
class PlanItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CustomerColumn,
        GoalColumn,
        ActionColumn,
        CounterpartColumn,
        MethodColumn,
        StartColumn,
        DueColumn,
        ProgressColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        StartRole,    // QDate
        DueRole,      // QDate
        ProgressRole, // int, %
        OverdueRole,  // bool: due before today and not done or cancelled
        ClosedRole,   // bool: done or cancelled
    };

    explicit PlanItemModel(QObject *parent = nullptr);

    void setItems(QList<PlanItem> items, QList<FollowUpMark> marks, QDate today);
    const PlanItem *item(int row) const;
    int rowOfItem(qint64 id) const;
    const QList<FollowUpMark> &marks() const { return m_marks; }
    QDate today() const { return m_today; }
    bool isOverdue(const PlanItem &item) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PlanItem> m_items;
    QList<FollowUpMark> m_marks;
    QDate m_today;
};

// Translated names of the stage-2 values, shared by the chart, the forms and the lists.
class FollowUpTexts
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpTexts)

public:
    static QString method(ContactMethod method);
    static QString stage(OpportunityStage stage);
    static QString planStatus(PlanItemStatus status);
    // The customer's contacts as a counterpart is written: "李明 技术总监".
    static QStringList counterparts(const Customer &customer);
};

} // namespace sf::ui
