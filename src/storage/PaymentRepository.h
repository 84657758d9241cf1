// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Contract.h"
#include "core/Result.h"

#include <QList>

namespace sf {

class Database;

// Payment schedules, payments and their allocations (R16).
class PaymentRepository
{
public:
    explicit PaymentRepository(const Database &db)
        : m_db(db)
    {}

    // By due date.
    Result<QList<Instalment>> instalments(qint64 contractId) const;
    // Replaces the schedule of a contract that has no payment yet.
    Status replaceSchedule(qint64 contractId, const QList<Instalment> &instalments) const;
    Result<qint64> insertInstalment(const Instalment &instalment) const;

    Result<qint64> insertPayment(const Payment &payment) const;
    // Adds `allocation` to the instalment's paid amount and records it with the payment.
    Status allocate(qint64 paymentId, const Allocation &allocation) const;
    // Newest first.
    Result<QList<Payment>> payments(qint64 contractId) const;
    Result<qint64> paymentCount(qint64 contractId) const;

    // Every instalment not fully paid, with a due date on or before `dueBy` (all when invalid),
    // of signed, in-delivery and completed contracts: by due date.
    Result<QList<Receivable>> openInstalments(QDate dueBy = {},
                                              const AccessScope &scope = AccessScope::all()) const;

private:
    const Database &m_db;
};

} // namespace sf
