// SPDX-License-Identifier: MIT
#include "ui/CustomerTexts.h"

namespace sf::ui {

QString CustomerTexts::status(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Lead: return tr("Lead");
    case CustomerStatus::Opportunity: return tr("Opportunity");
    case CustomerStatus::Customer: return tr("Customer");
    case CustomerStatus::Invalid: return tr("Invalid");
    }
    return {};
}

QString CustomerTexts::source(const QString &source)
{
    if (source == QLatin1String("exhibition"))
        return tr("Exhibition");
    if (source == QLatin1String("online"))
        return tr("Online promotion");
    if (source == QLatin1String("referral"))
        return tr("Customer referral");
    if (source == QLatin1String("other"))
        return tr("Other");
    return source;
}

QString CustomerTexts::grade(const std::optional<Grade> &grade)
{
    return grade ? gradeKey(*grade) : tr("Ungraded");
}

} // namespace sf::ui
