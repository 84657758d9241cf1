// SPDX-License-Identifier: MIT
#pragma once

#include "core/ServiceRecord.h"

#include <QDialog>

#include <memory>
#include <optional>

class QToolButton;

namespace Ui {
class ServiceRecordDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// A service record (stage 4): the customer by id (its name looked up beside it), one of its
// contracts or none, the kind (visit, issue, training, renewal), the status, the date, the
// satisfaction as 1–5 stars or none, what was done and the next maintenance date. What blocks
// saving is said beside its field; a stale edit is refused with who changed it and when.
class ServiceRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new record, for `customerId` unless another customer id is typed.
    ServiceRecordDialog(Workspace &workspace, const QString &customerId, QWidget *parent = nullptr);
    // Edits `record`.
    ServiceRecordDialog(Workspace &workspace, const ServiceRecord &record,
                        QWidget *parent = nullptr);
    ~ServiceRecordDialog() override;

    ServiceRecord draft() const;
    std::optional<int> satisfaction() const { return m_satisfaction; }
    void setSatisfaction(std::optional<int> stars);
    qint64 savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;

private:
    void setUp(const QString &customerId);
    void loadCustomer();
    void runCheck();

    std::unique_ptr<Ui::ServiceRecordDialog> m_ui;
    Workspace &m_workspace;
    std::optional<ServiceRecord> m_editing;
    QList<QToolButton *> m_stars;
    std::optional<int> m_satisfaction;
    QString m_loaded;
    bool m_customerKnown = false;
    qint64 m_savedId = 0;
};

} // namespace sf::ui
