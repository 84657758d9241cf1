// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sf::ui {

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
};

} // namespace sf::ui
