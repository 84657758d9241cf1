// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/ServiceRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace sf {

class SettingsService;
struct ServiceContext;

// Which service records a list shows.
struct ServiceRecordQuery
{
    QString customerId; // R1 id; any when empty
    std::optional<ServiceKind> kind;
    std::optional<ServiceStatus> status;
    QString ownerLogin; // the customer's owner; any when empty
    // Only customers whose latest record's next maintenance is on or before this date.
    std::optional<QDate> maintenanceDueBy;
    int limit = 1000;
};

// The satisfaction of one customer: the average of its rated service records.
struct CustomerSatisfaction
{
    double average = 0; // 1–5; 0 when nothing is rated
    int rated = 0;
};

// One renewal reminder acted on: the contract, its customer and the renewal opportunity, opened
// for it or (when the customer already had an open one) linked to it.
struct RenewalOpened
{
    qint64 contractId = 0;
    QString contractNumber;
    QString customerId; // R1 id
    qint64 opportunityId = 0;
    bool linked = false; // an existing open opportunity was linked
    qint64 serviceRecordId = 0;
};

// Stage 4 (after-sales, 售后维护): service records per customer and contract with satisfaction,
// and renewal reminders that open opportunities back in stage 2 (closing the loop). Reps,
// assistants and managers record service; legal and finance do not.
class ServiceRecordService
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordService)

public:
    ServiceRecordService(ServiceContext &context, SettingsService &settings)
        : m_context(context)
        , m_settings(settings)
    {}

    // Records a service for record.customerId (and one of its contracts, if given): the summary
    // is required, the satisfaction is 1–5 or none, the next maintenance is not before the date.
    Result<ServiceRecord> add(const ServiceRecord &record);
    // Saves an edited record if record.version is still current; otherwise the conflict says who
    // changed it and when.
    Result<ServiceRecord> update(const ServiceRecord &record);
    Result<ServiceRecord> record(qint64 id) const;
    // Newest first.
    Result<QList<ServiceRecord>> records(const ServiceRecordQuery &query) const;
    Result<CustomerSatisfaction> satisfaction(const QString &customerId) const;

    // Signed and in-delivery contracts ending within the renewal reminder (a setting, 60 days)
    // of `asOf`, with their renewal opportunity if one is linked; of one owner's customers when
    // given.
    Result<QList<ContractEnding>> contractsEnding(QDate asOf, const QString &ownerLogin = {}) const;
    // The renewal reminder: for every signed or in-delivery contract ending within the reminder
    // of `asOf` (from asOf to asOf + days) without a renewal opportunity, opens one for its
    // customer at needs discovery with the contract's price and end date as expected amount and
    // close — or links the customer's open opportunity — writes a renewal service record and the
    // audit rows. Idempotent: a second run finds nothing to do. Needs no scheduler: rules apply,
    // My day and the after-sales page call it. Only for the contracts the acting user may change
    // (their scope; none for assistants, legal and finance), in their name.
    Result<QList<RenewalOpened>> createRenewalOpportunities(QDate asOf);

private:
    Status requireRecorder() const;
    Status check(const ServiceRecord &record, qint64 customerRowId) const;

    ServiceContext &m_context;
    SettingsService &m_settings;
};

// What the customer's timeline (FollowUpService::timeline) and the service share. Internal to the
// services layer.
namespace afterSales {
// A service record as a timeline event, at its date (or its recording time on that date).
TimelineEvent timelineEvent(const ServiceRecord &record, const QTimeZone &zone);
} // namespace afterSales

} // namespace sf
