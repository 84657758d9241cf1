// SPDX-License-Identifier: MIT
#pragma once

#include "core/FollowUp.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class FollowUpDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// The quick follow-up record (R11): contact time (now by default), method, counterpart from the
// customer's contacts, what was discussed, feedback, next action with its due date, risks,
// progress and an optional stage advance. Beside the fields: whether the record is within 2 hours
// of the contact, and a gentle hint when the wording is an opinion rather than a fact.
class FollowUpDialog final : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(Workspace &workspace, const QString &customerId, QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    FollowUpRecord draft() const;
    qint64 savedId() const { return m_savedId; }
    QStringList warnings() const { return m_warnings; }

public Q_SLOTS:
    void accept() override;

private:
    void loadCustomer();
    void runCheck();

    std::unique_ptr<Ui::FollowUpDialog> m_ui;
    Workspace &m_workspace;
    QString m_loaded;
    bool m_customerKnown = false;
    std::optional<OpportunityStage> m_stage;
    qint64 m_savedId = 0;
    QStringList m_warnings;
};

} // namespace sf::ui
