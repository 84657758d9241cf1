// SPDX-License-Identifier: MIT
#include "services/ReviewPack.h"

#include "services/PagedDocument.h"

#include <QPagedPaintDevice>
#include <QTextDocument>

#include <cmath>

namespace sf {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(int part, int whole)
{
    return whole > 0 ? QString::number(std::round(1000.0 * part / whole) / 10.0) + u'%'
                     : QStringLiteral("–");
}

} // namespace

ReviewPack::ReviewPack(ReviewAgenda agenda, QList<RepCompliance> compliance, QString team)
    : m_agenda(std::move(agenda))
    , m_compliance(std::move(compliance))
    , m_team(std::move(team))
{}

QString ReviewPack::header() const
{
    return tr("%1 · Monday review of the week of %2")
        .arg(m_team.isEmpty() ? tr("Sales team") : m_team,
             m_agenda.weekStart.toString(Qt::ISODate));
}

QString ReviewPack::html() const
{
    QString html = QStringLiteral("<html><body style='font-size:9pt'>");
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(header()));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Last week: %1 to %2. Follow-ups, progress events, risks and "
                                "overdue next actions of every A and B customer; R13 marks the B "
                                "customers without progress for 14 days.")
                                 .arg(m_agenda.weekStart.addDays(-7).toString(Qt::ISODate),
                                      m_agenda.weekStart.addDays(-1).toString(Qt::ISODate))));
    const QString cell = QStringLiteral("<td style='padding:2px 6px'>%1</td>");
    const auto headerRow = [&](const QStringList &labels) -> QString {
        QString row = QStringLiteral("<tr style='background:#e2e8f0'>");
        for (const QString &label : labels)
            row += QStringLiteral("<th style='padding:2px 6px' align='left'>%1</th>")
                       .arg(escaped(label));
        return row + QStringLiteral("</tr>");
    };
    QString owner = QStringLiteral("\x01");
    for (const ReviewEntry &e : m_agenda.entries) {
        if (e.ownerLogin != owner) {
            if (owner != QStringLiteral("\x01"))
                html += QStringLiteral("</table>");
            owner = e.ownerLogin;
            html += QStringLiteral("<h3>%1</h3>")
                        .arg(escaped(owner.isEmpty() ? tr("No owner") : owner));
            html +=
                QStringLiteral("<table border='1' cellspacing='0' width='100%'>") +
                headerRow({tr("Customer"), tr("Name"), tr("Grade"), tr("Last week"), tr("Advances"),
                           tr("Risks"), tr("Overdue"), tr("R13"), tr("Strategy")});
        }
        html += e.downgradeCandidate ? QStringLiteral("<tr style='background:#fef3c7'>")
                                     : QStringLiteral("<tr>");
        html += cell.arg(e.customerId) + cell.arg(escaped(e.name)) + cell.arg(e.grade) +
                cell.arg(e.followUpsLastWeek) + cell.arg(e.progressEvents) + cell.arg(e.openRisks) +
                cell.arg(e.overdueActions) +
                cell.arg(e.downgradeCandidate ? escaped(tr("downgrade?")) : QString()) +
                cell.arg(escaped(e.strategy).replace(u'\n', QStringLiteral("<br>")));
        html += QStringLiteral("</tr>");
    }
    if (owner != QStringLiteral("\x01"))
        html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Team compliance, last week")));
    html += QStringLiteral("<table border='1' cellspacing='0' width='100%'>") +
            headerRow({tr("Rep"), tr("Late entries (R2)"), tr("A below 2 (R6)"),
                       tr("Late plans (R8)"), tr("Late records (R11)")});
    for (const RepCompliance &rep : m_compliance) {
        html += QStringLiteral("<tr>") +
                cell.arg(escaped(rep.ownerLogin.isEmpty() ? tr("No owner") : rep.ownerLogin)) +
                cell.arg(QStringLiteral("%1 / %2 (%3)")
                             .arg(rep.lateEntries)
                             .arg(rep.entries)
                             .arg(percent(rep.lateEntries, rep.entries))) +
                cell.arg(QStringLiteral("%1 / %2 (%3)")
                             .arg(rep.aShort)
                             .arg(rep.aCustomers)
                             .arg(percent(rep.aShort, rep.aCustomers))) +
                cell.arg(rep.latePlans) +
                cell.arg(QStringLiteral("%1 / %2 (%3)")
                             .arg(rep.lateRecords)
                             .arg(rep.records)
                             .arg(percent(rep.lateRecords, rep.records))) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

Status ReviewPack::paint(QPagedPaintDevice &device) const
{
    QTextDocument document;
    document.setHtml(html());
    return PagedDocument::paint(document, header(), device);
}

Status ReviewPack::writePdf(const QString &path) const
{
    QTextDocument document;
    document.setHtml(html());
    return PagedDocument::writePdf(document, header(), path);
}

} // namespace sf
