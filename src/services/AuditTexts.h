// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sf {

// The readable names of the audit trail's entity types and fields (they are stored as keys:
// "plan_item", "due_date"). An unknown key is shown as it is.
class AuditTexts
{
    Q_DECLARE_TR_FUNCTIONS(AuditTexts)

public:
    // The entity types the services write, in the order the filter lists them.
    static QStringList entityKeys();
    static QString entity(const QString &key);
    static QString field(const QString &key);
    // The fields of the last change in a trail (newest first, as AuditRepository::forEntity
    // reads it): the leading entries of the same user in the same second, as readable names
    // ("Needs, Tags").
    static QString lastChange(const QList<AuditEntry> &trail);
};

} // namespace sf
