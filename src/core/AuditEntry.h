// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace sf {

// One line of the audit trail (可追溯): who changed which field of what, when, from what to what.
struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString entity;
    QString entityId;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace sf
