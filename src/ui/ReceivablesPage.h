// SPDX-License-Identifier: MIT
#pragma once

#include "services/ReceivablesSummary.h"

#include <QDate>
#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace sf {
class Workspace;
}

namespace sf::ui {

class ReceivablesModel;
struct PageInfo;

// Payment collection (R16) for finance and managers: what is still to collect at a date, how much
// of it is overdue and how old (1–30, 31–60, 61–90, over 90 days), grouped by customer, by rep or
// by ageing bucket, what falls due within the next 7 days, and the export to Excel. Double-click
// a line to open its customer.
class ReceivablesPage final : public QWidget
{
    Q_OBJECT

public:
    // The headline figures, in the order of the tiles.
    enum Tile {
        OutstandingTile,
        OverdueTile,
        Days1To30Tile,
        Days31To60Tile,
        Days61To90Tile,
        Over90Tile,
        DueWithinWeekTile,
        TileCount
    };

    ReceivablesPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QTreeView *dueSoon() const { return m_dueSoon; }
    ReceivablesModel *model() const { return m_model; }
    QString tileText(Tile tile) const;
    void showAsOf(QDate asOf);
    void setGrouping(ReceivablesGrouping grouping);
    // Writes the report shown to an .xlsx or .csv file; the notice says how it went.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void openCustomer(const QString &customerId);

public Q_SLOTS:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildTiles(QWidget *row);
    void updateTiles();
    void updateSummary();
    void applyGrouping();
    void chooseExportFile();
    void activate(const QModelIndex &index);

    Workspace &m_workspace;
    QDateEdit *m_asOf;
    QComboBox *m_grouping;
    QLineEdit *m_search;
    QLabel *m_summary;
    QLabel *m_dueSoonTitle;
    ReceivablesModel *m_model;
    ReceivablesModel *m_dueSoonModel;
    QSortFilterProxyModel *m_sorted;
    QSortFilterProxyModel *m_dueSoonSorted;
    QTreeView *m_tree;
    QTreeView *m_dueSoon;
    std::array<QLabel *, TileCount> m_tileValues{};
    std::array<QLabel *, TileCount> m_tileDetails{};
};

} // namespace sf::ui
