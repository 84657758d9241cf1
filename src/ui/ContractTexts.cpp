// SPDX-License-Identifier: MIT
#include "ui/ContractTexts.h"

#include "core/Money.h"

namespace sf::ui {

QString ContractTexts::amount(qint64 fen, const QString &currency)
{
    if (currency.isEmpty() || currency == QLatin1String("CNY"))
        return QStringLiteral("¥") + money::yuanText(fen);
    return currency + u' ' + money::yuanText(fen);
}

QString ContractTexts::action(const QString &key)
{
    if (key == QLatin1String("drafted"))
        return tr("Drafted");
    if (key == QLatin1String("submitted"))
        return tr("Submitted for review");
    if (key == QLatin1String("approved"))
        return tr("Approved");
    if (key == QLatin1String("rejected"))
        return tr("Returned with comments");
    if (key == QLatin1String("signed"))
        return tr("Signed");
    if (key == QLatin1String("reset"))
        return tr("Approvals reset");
    if (key == QLatin1String("delivery"))
        return tr("Delivery started");
    if (key == QLatin1String("completed"))
        return tr("Completed");
    if (key == QLatin1String("imported"))
        return tr("Imported");
    return key;
}

QString ContractTexts::stepTitle(ApprovalStep step)
{
    switch (step) {
    case ApprovalStep::Legal: return ContractRules::statusName(ContractStatus::LegalReview);
    case ApprovalStep::Finance: return ContractRules::statusName(ContractStatus::FinanceReview);
    case ApprovalStep::Manager: return ContractRules::statusName(ContractStatus::ManagerSign);
    }
    return {};
}

QString ContractTexts::stepOwner(ApprovalStep step)
{
    switch (step) {
    case ApprovalStep::Legal: return tr("Legal");
    case ApprovalStep::Finance: return tr("Finance");
    case ApprovalStep::Manager: return tr("Sales manager");
    }
    return {};
}

PillColors ContractTexts::statusColors(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft: return {QColor(0xe2, 0xe8, 0xf0), QColor(0x33, 0x41, 0x55)};
    case ContractStatus::LegalReview:
    case ContractStatus::FinanceReview: return {QColor(0xfe, 0xf3, 0xc7), QColor(0xb4, 0x53, 0x09)};
    case ContractStatus::ManagerSign: return {QColor(0xed, 0xe9, 0xfe), QColor(0x6d, 0x28, 0xd9)};
    case ContractStatus::Signed: return {QColor(0xdc, 0xfc, 0xe7), QColor(0x15, 0x80, 0x3d)};
    case ContractStatus::InDelivery: return {QColor(0xdb, 0xea, 0xfe), QColor(0x1d, 0x4e, 0xd8)};
    case ContractStatus::Completed: return {QColor(0xf1, 0xf5, 0xf9), QColor(0x47, 0x55, 0x69)};
    }
    return {};
}

QString ContractTexts::date(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString ContractTexts::time(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QString();
}

QString ContractTexts::deadline(const QDateTime &due)
{
    return due.isValid() ? due.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace sf::ui
