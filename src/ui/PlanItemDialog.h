// SPDX-License-Identifier: MIT
#pragma once

#include "core/FollowUp.h"
#include "core/WorkCalendar.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PlanItemDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// A plan item of table 2, new or edited. Beside the fields while typing: what R9 asks for (what,
// with whom, by when) and R10's latest on-time date for a support request.
class PlanItemDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` edits an item; otherwise a new item for `customerId` (which may be empty: the
    // user types it) starting on `start`.
    PlanItemDialog(Workspace &workspace, std::optional<PlanItem> existing,
                   const QString &customerId, QDate start, QWidget *parent = nullptr);
    ~PlanItemDialog() override;

    PlanItem draft() const;
    qint64 savedId() const { return m_savedId; }
    // R10's warning after saving, if any.
    QStringList warnings() const { return m_warnings; }

public Q_SLOTS:
    void accept() override;

private:
    // The customer typed: its name beside the field and its contacts as counterparts.
    void loadCustomer();
    void runCheck();

    std::unique_ptr<Ui::PlanItemDialog> m_ui;
    Workspace &m_workspace;
    std::optional<PlanItem> m_existing;
    WorkCalendar m_calendar;
    QString m_contactsOf;
    bool m_customerKnown = false;
    qint64 m_savedId = 0;
    QStringList m_warnings;
};

} // namespace sf::ui
