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
class AuditTableModel;

// Administration › Audit trail: who changed what and when, searched by text, entity type, user
// and date range, newest first; more entries load as the list scrolls; the filter's entries can
// be exported to CSV.
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
    // Whether the count of the filter shown is still running (screenshots wait for it).
    bool counting() const { return m_counting; }

Q_SIGNALS:
    void countRequested(quint64 generation, const sf::AuditQuery &query);

private Q_SLOTS:
    // The answers of the counting thread; those to an older filter than the one shown are dropped.
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
    QThread m_countThread;
    AuditCountWorker *m_counter;
    quint64 m_countGeneration = 0;
    bool m_counting = false;
};

} // namespace sf::ui
