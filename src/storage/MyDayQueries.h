// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sf {

class Database;

// What "My day" lists for one owner, each read by index from the owner's customers.
class MyDayQueries
{
public:
    MyDayQueries(const Database &db, QString ownerLogin)
        : m_db(db)
        , m_owner(std::move(ownerLogin))
    {}

    struct Row
    {
        QString customerId;
        QString customerName;
        QString text;                   // the action or next action
        QDate due;                      // its due date, if any
        QDateTime at;                   // a time that matters (the last contact, the first contact)
        int count = 0;                  // records this week (R6)
        std::optional<QDateTime> since; // R8: when it became A
    };

    // The next action of each customer's latest record, due on or before `day`.
    Result<QList<Row>> nextActionsDue(QDate day) const;
    // Open plan items (planned, in progress) due on or before `day`.
    Result<QList<Row>> planItemsDue(QDate day) const;
    // Open plan items under way on `day` whose customer has no record since the item started
    // (00:00 of its start date in `zone`): a contact that may still need its record.
    Result<QList<Row>> itemsWithoutRecord(QDate day, const QTimeZone &zone) const;
    // A customers with their records since `weekStart` (UTC).
    Result<QList<Row>> aCustomersThisWeek(const QDateTime &weekStart) const;
    // C customers whose last contact (or first contact) is before `before` (UTC).
    Result<QList<Row>> cCustomersDue(const QDateTime &before) const;
    // A customers without any plan item, with the dates their plan deadline counts from.
    Result<QList<Row>> aCustomersWithoutPlan() const;

private:
    Result<QList<Row>> rows(const QString &statement, const QVariantList &values) const;

    const Database &m_db;
    QString m_owner;
};

} // namespace sf
