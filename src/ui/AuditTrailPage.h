// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditQuery.h"

#include <QThread>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sf {
class Workspace;
}

namespace sf::ui {

class AuditCountWorker;
class AuditTrailWorker;
class AuditTableModel;

// Administration › Audit trail: who changed what and when, searched by text, entity type, user
// and date range, newest first; more entries load as the list scrolls; the filter's entries can
// be exported to CSV. The entries and their count are read in a thread of their own.
class AuditTrailPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTrailPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditTrailPage() override;

    // Reads the users for the filter and the entries again.
    void reload();
    // The filter as the controls set it.
    AuditQuery currentQuery() const;
    // Writes the filter's entries to `path` as CSV; false (after telling the user) on failure.
    bool exportTo(const QString &path);
    AuditTableModel *model() const { return m_model; }
    // Whether the entries or the count of the filter shown are still being read (screenshots and
    // tests wait for them).
    bool busy() const { return m_reading || m_counting; }

Q_SIGNALS:
    void searchRequested(quint64 generation, const sf::AuditQuery &query);
    void countRequested(quint64 generation, const sf::AuditQuery &query);
    void moreRequested(quint64 generation, const sf::AuditQuery &query);

private Q_SLOTS:
    // The answers of the reading thread; those to an older filter than the one shown are dropped.
    void showPage(quint64 generation, const sf::AuditPage &page, bool first);
    void showPageFailure(quint64 generation, const QString &message);
    void showCount(quint64 generation, qint64 count, bool atLeast);
    void showCountFailure(quint64 generation, const QString &message);

private:
    // Forgets the count still running: its answer will not be shown.
    void dropCount();
    void applyFilter();
    void chooseExportFile();

    Workspace &m_workspace;
    AuditTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_entity;
    QComboBox *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_searchTimer;
    // Pages and counts in threads of their own: scrolling on never waits for a count.
    QThread m_pageThread;
    AuditTrailWorker *m_pages;
    QThread m_countThread;
    AuditCountWorker *m_counter;
    // The filter shown, and the number of the request that reads it.
    AuditQuery m_query;
    quint64 m_generation = 0;
    bool m_reading = false;
    bool m_counting = false;
};

} // namespace sf::ui
