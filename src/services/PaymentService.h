// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <optional>

namespace sf {

class SettingsService;
struct ServiceContext;

// A payment as recorded, with how it was allocated to the instalments.
struct RecordedPayment
{
    qint64 id = 0;
    QList<Allocation> allocations;
};

// R16 at a date: every instalment not fully paid, with its ageing, and the totals.
struct ReceivablesReport
{
    QDate asOf;
    QList<Receivable> lines;           // by due date
    qint64 outstandingFen = 0;         // everything still to collect
    qint64 overdueFen = 0;             // of which overdue
    std::array<qint64, 4> bucketFen{}; // by AgeingBucket
    qint64 dueWithinWeekFen = 0;       // not overdue, due within 7 days of asOf
};

// Stage 3 (R16): finance records the payments received against a signed contract's schedule,
// and everyone sees what is still to collect.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    PaymentService(ServiceContext &context, SettingsService &settings)
        : m_context(context)
        , m_settings(settings)
    {}

    // Records a payment received (finance only) against a signed contract: partial payments are
    // allowed; the amount goes to `instalmentId` first when given, then to the oldest open
    // instalments; more than what is still open is refused.
    Result<RecordedPayment> record(const QString &contractNumber, const Payment &payment,
                                   std::optional<qint64> instalmentId = {});
    // Newest first.
    Result<QList<Payment>> payments(const QString &contractNumber) const;
    // R16: open instalments of signed contracts at `asOf` (today when invalid).
    Result<ReceivablesReport> receivables(QDate asOf = {}) const;

private:
    ServiceContext &m_context;
    SettingsService &m_settings;
};

// What an import and the service share: the checks and write of one payment inside the caller's
// transaction. Internal to the services layer.
namespace paymentWrite {
Result<RecordedPayment> payment(const ServiceContext &context, const Contract &contract,
                                Payment payment, std::optional<qint64> instalmentId);
} // namespace paymentWrite

} // namespace sf
