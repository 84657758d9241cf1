// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace sf::ui {

// The colours of a status pill: its fill and its text.
struct PillColors
{
    QColor fill;
    QColor text;
};

// How the contract screens word and colour stage 3: amounts with their currency, the actions of
// the approval history, the status pills.
class ContractTexts final
{
    Q_DECLARE_TR_FUNCTIONS(ContractTexts)

public:
    // "¥120,000.00" for CNY, "USD 120,000.00" otherwise.
    static QString amount(qint64 fen, const QString &currency = QStringLiteral("CNY"));
    // submitted, approved, rejected, signed, reset, delivery, completed, imported, drafted.
    static QString action(const QString &key);
    // A step of R15 as a heading: "Legal review", "Finance review", "Manager signature".
    static QString stepTitle(ApprovalStep step);
    // Who owns a step of R15: legal, finance, the sales manager.
    static QString stepOwner(ApprovalStep step);
    // Draft slate, the review steps amber, the signature violet, signed green, delivery blue,
    // completed grey.
    static PillColors statusColors(ContractStatus status);
    static QString date(QDate date);
    // A moment in the team's time zone, "yyyy-MM-dd HH:mm".
    static QString time(const QDateTime &at, const QTimeZone &zone);
    // An R15 deadline as computed (already in the team's time zone).
    static QString deadline(const QDateTime &due);
};

} // namespace sf::ui
