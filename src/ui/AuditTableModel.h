// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditEntry.h"
#include "core/AuditQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace sf {
class Workspace;
}

namespace sf::ui {

// The audit trail matching a filter, newest first, read a page at a time as the view scrolls
// (canFetchMore/fetchMore). Long values are elided; the tooltip holds the whole text.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        EntityColumn,
        IdColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };
    // Values longer than this are shown shortened.
    static constexpr int kShownChars = 60;

    explicit AuditTableModel(Workspace &workspace, QObject *parent = nullptr);

    // Shows the first page of the entries matching `query`, read elsewhere (the audit trail
    // page's worker); `page.next`, when set, is where the following page starts.
    void showPage(const AuditQuery &query, const AuditPage &page);
    // Appends the page that follows the shown entries (an answer to moreRequested).
    void appendPage(const AuditPage &page);
    // Stops asking for more: the page that was asked for will not come (it failed).
    void stopFetching();
    // Reads the trail of one customer (its own changes and those of its records), newest first,
    // up to `limit` entries; no further pages.
    void setCustomer(const QString &customerId, int limit = 500);
    const AuditQuery &query() const { return m_query; }
    // Why the last setCustomer read failed (empty when it did not).
    QString error() const { return m_error; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The view scrolled to the end of a page shown with showPage: `query` (its cursor set) reads
    // the next one, which comes back through appendPage.
    void moreRequested(const sf::AuditQuery &query);

private:
    QString text(const AuditEntry &entry, int column) const;

    Workspace &m_workspace;
    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    std::optional<AuditCursor> m_next;
    QString m_error;
    // While the model resets, views must not fetch more (they ask from their reset handlers).
    bool m_resetting = false;
    // The next page has been asked for and has not come yet.
    bool m_fetching = false;
};

} // namespace sf::ui
