// SPDX-License-Identifier: MIT
#pragma once

#include "core/AuditEntry.h"
#include "core/AuditQuery.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sf {

struct ServiceContext;

// Reading the audit trail (可追溯): administrators search and export all of it; the people who
// work with a customer see that customer's trail.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    // The readable names of entity types and fields, for the export (the UI knows them).
    struct Names
    {
        std::function<QString(const QString &)> entity;
        std::function<QString(const QString &)> field;
    };

    // Counts stop here: "more than 10,000 entries" is all a filter needs to say.
    static constexpr qint64 kCountCap = 10000;

    explicit AuditService(ServiceContext &context)
        : m_context(context)
    {}

    // One page of the trail, newest first (administrators only).
    Result<AuditPage> search(const AuditQuery &query) const;
    // How many entries match, up to kCountCap (administrators only).
    Result<AuditCount> count(const AuditQuery &query) const;
    // Writes every entry matching `query` (its cursor and limit ignored) to a CSV file, UTF-8
    // with a byte order mark so that Excel opens it; returns how many were written
    // (administrators only).
    Result<qint64> exportCsv(const AuditQuery &query, const QString &path,
                             const Names &names = {}) const;
    // The trail of one customer, newest first, at most `limit` entries: its own entries and those
    // of its plan items, follow-ups, opportunities, contracts, payments and service records.
    Result<QList<AuditEntry>> forCustomer(const QString &customerId, int limit = 500) const;

private:
    Status requireAdmin() const;
    // The one place that decides whether the acting user may read this customer's trail.
    Status mayReadCustomer(const QString &customerId) const;

    ServiceContext &m_context;
};

} // namespace sf
