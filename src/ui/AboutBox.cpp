// SPDX-License-Identifier: MIT
#include "ui/AboutBox.h"

#include "services/Workspace.h"
#include "ui/LocationTexts.h"

#include <QMessageBox>
#include <QtGlobal>

namespace sf::ui {

QString AboutBox::text(Workspace &workspace)
{
    const QString row = QStringLiteral("<tr><td style='color:#64748b; padding-right:14px'>%1"
                                       "</td><td>%2</td></tr>");
    return QStringLiteral("<h2 style='margin-bottom:2px'>SalesFlow %1</h2>")
               .arg(QStringLiteral(SALESFLOW_VERSION)) +
           QStringLiteral("<p>") +
           tr("Process-driven CRM for B2B sales teams: lead, opportunity follow-up, contract and "
              "after-sales in one closed loop.")
               .toHtmlEscaped() +
           QStringLiteral("</p><table cellspacing='3'>") +
           row.arg(tr("Version"), QStringLiteral(SALESFLOW_VERSION)) +
           row.arg(tr("Licence"), QStringLiteral("MIT")) +
           row.arg(tr("Qt"),
                   tr("%1 (built with %2)")
                       .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))) +
           row.arg(tr("Database"), LocationTexts::shown(workspace.databasePath()).toHtmlEscaped()) +
           row.arg(tr("Schema version"), QString::number(workspace.schemaVersion())) +
           row.arg(tr("Journal mode"), workspace.journalMode().toHtmlEscaped()) +
           QStringLiteral("</table><p style='color:#64748b'>") +
           tr("Holiday schedules from the holiday-cn project (MIT).").toHtmlEscaped() +
           QStringLiteral("</p>");
}

void AboutBox::show(Workspace &workspace, QWidget *parent)
{
    QMessageBox::about(parent, tr("About SalesFlow"), text(workspace));
}

} // namespace sf::ui
