// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "services/ReviewService.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace sf {

// The printed review pack of a Monday review (R12): the agenda by rep, the R13 candidates and the
// team's compliance, on A4 pages each headed with the team and the week. Needs a
// QGuiApplication (fonts); the page prints it, `salesflow-cli review --pdf` writes it to a file.
class ReviewPack
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPack)

public:
    ReviewPack(ReviewAgenda agenda, QList<RepCompliance> compliance, QString team);

    QString html() const;
    // Paints the pack on `device` (a QPdfWriter or a QPrinter), a page header on every page.
    Status paint(QPagedPaintDevice &device) const;
    // Writes the pack as an A4 PDF file.
    Status writePdf(const QString &path) const;

private:
    QString header() const;

    ReviewAgenda m_agenda;
    QList<RepCompliance> m_compliance;
    QString m_team;
};

} // namespace sf
