// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"

#include <QCoreApplication>
#include <QString>

namespace sf {
class Workspace;
}

namespace sf::ui {

// The detail panel of the Customers page as rich text: the customer's fields and contacts, its
// R8 plan deadline (A customers), grade history and timeline (follow-ups, plan changes, stage
// and grade changes, newest first). Its audit trail is a tab of the Customers page.
class CustomerDetail
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDetail)

public:
    static QString html(Workspace &workspace, const Customer &c);
};

} // namespace sf::ui
