// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"

#include <QCoreApplication>
#include <QString>

namespace sf::ui {

// The translated names of customer values shown in the Customers page and its dialogs.
class CustomerTexts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerTexts)

public:
    static QString status(CustomerStatus status);
    // A source key (exhibition, online, referral, other) by name; other text as it is.
    static QString source(const QString &source);
    static QString grade(const std::optional<Grade> &grade);
};

} // namespace sf::ui
