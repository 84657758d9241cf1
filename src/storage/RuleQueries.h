// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

class Database;

// The rows `rules check` weighs (design.md, "Rule semantics"), each selected by index; the
// service applies the calendar and writes the findings. Times are UTC.
class RuleQueries
{
public:
    explicit RuleQueries(const Database &db)
        : m_db(db)
    {}

    struct LateEntry
    {
        QString customerId;
        QDateTime firstContactAt;
        QDateTime enteredAt;
    };
    // R2: customers flagged late whose entry time is in [since, until).
    Result<QList<LateEntry>> lateEntries(const QDateTime &since, const QDateTime &until) const;

    struct WeekCount
    {
        QString customerId;
        QString ownerLogin;
        bool ownerSenior = false;
        int records = 0;
        QDateTime becameA; // when it last became A: a week that ended before is not its business
    };
    // R6: the A customers with fewer than 2 records whose contact time is in [weekStart, weekEnd)
    // or whose owner is not a senior rep (no other A customer breaks R6), with their owner and
    // those records.
    Result<QList<WeekCount>> aCustomerWeeks(const QDateTime &weekStart,
                                            const QDateTime &weekEnd) const;

    struct LastContact
    {
        QString customerId;
        QDateTime lastContactAt;
    };
    // R7: C customers first contacted by `asOf` whose last contact (the latest record by then,
    // else the first contact) is before `before`.
    Result<QList<LastContact>> staleCCustomers(const QDateTime &asOf,
                                               const QDateTime &before) const;

    struct PlanStart
    {
        QString customerId;
        QDateTime firstContactAt;
        QDateTime gradedAAt;                  // when it last became A
        std::optional<QDateTime> firstItemAt; // the first plan item's creation
    };
    // R8: every A customer with the dates its plan deadline counts from.
    Result<QList<PlanStart>> aCustomerPlans() const;

    struct SupportRequest
    {
        QString customerId;
        QString action;
        QDate requestedOn;
        QDate itemStart;
    };
    // R10: plan items whose support was requested on a date in [from, to].
    Result<QList<SupportRequest>> supportRequests(QDate from, QDate to) const;

    struct LateRecord
    {
        QString customerId;
        QDateTime contactAt;
        QDateTime recordedAt;
    };
    // R11: records flagged late whose recording time is in [since, until).
    Result<QList<LateRecord>> lateRecords(const QDateTime &since, const QDateTime &until) const;

private:
    const Database &m_db;
};

} // namespace sf
