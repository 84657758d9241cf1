// SPDX-License-Identifier: MIT
#pragma once

#include "services/CustomerImportService.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <string>

// What the import tests read from an ImportReport.
namespace sf::test {

// "line: reason" of every rejection, for failure messages.
inline std::string describe(const ImportReport &report)
{
    QStringList lines;
    for (const ImportRejection &rejection : report.rejected)
        lines << QStringLiteral("%1: %2").arg(rejection.line).arg(rejection.reason);
    return lines.join(u'\n').toStdString();
}

// The rejected lines, in the report's order.
inline QList<int> linesOf(const ImportReport &report)
{
    QList<int> lines;
    for (const ImportRejection &rejection : report.rejected)
        lines << rejection.line;
    return lines;
}

// The reason given for that line, or "" when the line was not rejected.
inline QString reasonAt(const ImportReport &report, int line)
{
    for (const ImportRejection &rejection : report.rejected) {
        if (rejection.line == line)
            return rejection.reason;
    }
    return {};
}

} // namespace sf::test
