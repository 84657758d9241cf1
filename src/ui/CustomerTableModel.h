// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerQuery.h"
#include "services/Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThread>

#include <optional>

namespace sf::ui {

class CustomerListWorker;

// The customer list, lazy at any size (design.md, "Performance"): it knows the row count without
// loading rows, holds a small cache of 256-row pages fetched by keyset from SQL, sorts in SQL,
// and does all counting and fetching in a worker thread on a connection of its own, so the GUI
// never waits for the database. Rows not loaded yet show as empty until their page arrives.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        GradeColumn,
        StatusColumn,
        RegionColumn,
        OwnerColumn,
        ContactColumn,
        PhoneColumn,
        IndustryColumn,
        SizeColumn,
        SourceColumn,
        TagsColumn,
        FirstContactColumn,
        EnteredColumn,
        ColumnCount
    };
    // Data roles beyond Qt's.
    enum Role { GradeRole = Qt::UserRole + 1, LateEntryRole, CustomerIdRole };

    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 16;

    // Opens its own read connection to the workspace at `address` in a worker thread, and lists
    // the customers its user may see.
    explicit CustomerTableModel(const Workspace::Address &address, QObject *parent = nullptr);
    ~CustomerTableModel() override;

    void setFilter(const CustomerFilter &filter);
    const CustomerFilter &filter() const { return m_filter; }
    CustomerSort currentSort() const { return m_sort; }
    // Reloads (after a change), keeping filter and sort.
    void refresh();

    bool isLoading() const { return m_loading; }
    // The customer id of a row, if its page is loaded.
    QString customerId(int row) const;
    const CustomerRow *rowAt(int row) const;
    // The sort key of a column, if it can be sorted.
    static std::optional<CustomerSortKey> sortKeyOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // The first page of a new filter or sort is shown (the count may still be running).
    void firstPageLoaded();
    // A new filter or sort was counted: the table shows `total` rows.
    void reloaded(qint64 total);
    void loadingChanged(bool loading);
    void failed(const QString &message);
    // A requested page arrived.
    void pageLoaded(int page);
    // The first row of every page is known: from now on any row is one keyset query away.
    void pageStartsLoaded();
    // Requests for the worker (queued into its thread).
    void resetRequested(quint64 generation, const sf::CustomerFilter &filter,
                        const sf::CustomerSort &sort);
    void pageRequested(quint64 generation, int page,
                       const std::optional<sf::CustomerCursor> &cursor, bool inclusive,
                       qint64 offset);

private:
    void reload();
    void onReset(quint64 generation, qint64 total, const QList<sf::CustomerRow> &firstPage);
    void onCount(quint64 generation, qint64 total);
    void onPageStarts(quint64 generation, const QList<sf::CustomerCursor> &starts);
    void onPage(quint64 generation, int page, const QList<sf::CustomerRow> &rows);
    void onFailed(quint64 generation, const QString &message);
    void requestPage(int page) const;
    void storePage(int page, const QList<CustomerRow> &rows);
    void setLoading(bool loading);

    QThread m_thread;
    CustomerListWorker *m_worker;
    CustomerFilter m_filter;
    CustomerSort m_sort;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_reloadScheduled = false;
    QList<CustomerCursor> m_pageStarts;
    QHash<int, QList<CustomerRow>> m_pages;
    QList<int> m_recent; // least recently stored first
    mutable QSet<int> m_pending;
};

} // namespace sf::ui
