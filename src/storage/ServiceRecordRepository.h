// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Result.h"
#include "core/ServiceRecord.h"

#include <QList>

#include <optional>

namespace sf {

class Database;

// Which service records a list shows.
struct ServiceRecordFilter
{
    std::optional<qint64> customerRowId;
    std::optional<ServiceKind> kind;
    std::optional<ServiceStatus> status;
    QString ownerLogin; // the customer's owner; any when empty
    // Only the latest record of each customer whose next maintenance is on or before this date.
    std::optional<QDate> maintenanceDueBy;
    int limit = 1000;
    AccessScope scope; // only records of customers in this scope
};

// Satisfaction of one customer's service records: the average of those that have one.
struct SatisfactionSummary
{
    double average = 0;
    int rated = 0; // records with a satisfaction
};

// Stage 4: service records (table service_records) and the renewal link of contracts
// (contracts.renewal_opportunity_id). Customers are named by their internal row id; callers
// resolve the R1 id first.
class ServiceRecordRepository
{
public:
    explicit ServiceRecordRepository(const Database &db)
        : m_db(db)
    {}

    Result<qint64> insert(qint64 customerRowId, const ServiceRecord &record) const;
    // Saves the record's editable fields if its version is still record.version; false when
    // someone changed it in between. The version grows by one.
    Result<bool> update(const ServiceRecord &record) const;
    Result<std::optional<ServiceRecord>> find(qint64 id) const;
    // Newest first (by date, then id).
    Result<QList<ServiceRecord>> forCustomer(qint64 customerRowId) const;
    // Newest first, at most filter.limit records.
    Result<QList<ServiceRecord>> list(const ServiceRecordFilter &filter) const;
    Result<SatisfactionSummary> satisfaction(qint64 customerRowId) const;

    // Signed and in-delivery contracts whose end date is in [from, to], by end date; only those
    // without a renewal opportunity when `withoutRenewal`; of one owner's customers when given.
    Result<QList<ContractEnding>> contractsEnding(QDate from, QDate to, bool withoutRenewal,
                                                  const QString &ownerLogin = {},
                                                  const AccessScope &scope = {}) const;
    // Whether the contract is one of the customer's.
    Result<bool> contractOfCustomer(qint64 contractId, qint64 customerRowId) const;
    // Links the renewal opportunity to the contract unless one is linked already (then false).
    Result<bool> setRenewalOpportunity(qint64 contractId, qint64 opportunityId) const;

private:
    const Database &m_db;
};

} // namespace sf
