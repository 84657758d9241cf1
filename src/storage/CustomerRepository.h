// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Customer.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

class Database;

// Customers with their contacts, tags and grade history: reading one, editing one, grading and
// assigning. New customers are written by CustomerWriter; lists are read by CustomerListQuery.
class CustomerRepository
{
public:
    explicit CustomerRepository(const Database &db)
        : m_db(db)
    {}

    Result<std::optional<Customer>> find(const QString &customerId) const;
    Result<QList<GradeChange>> gradeHistory(qint64 rowId) const;
    // Every tag in use on the customers of `scope`, with how many of them carry it, most used
    // first.
    Result<QList<QPair<QString, int>>> tagCounts(const AccessScope &scope) const;

    // Saves the editable fields, contacts and tags when `customer.version` is still the stored
    // one; otherwise nothing is written and the result is false (a conflict). Bumps the version.
    Result<bool> update(const Customer &customer, const QDateTime &now);
    // R4: sets the current grade (none: ungraded) and appends the history entry.
    Status setGrade(qint64 rowId, const GradeChange &change, const QDateTime &now);
    Status setOwner(qint64 rowId, std::optional<qint64> ownerId, const QDateTime &now);
    // R5: replaces the tags of one customer.
    Status setTags(qint64 rowId, const QStringList &tags, const QDateTime &now);

private:
    Status writeContacts(qint64 rowId, const QList<Contact> &contacts) const;
    Status writeTags(qint64 rowId, const QStringList &tags) const;
    // Replaces the customer's entries in the search indexes (two on SQLite, one on PostgreSQL).
    Status reindex(const Customer &customer) const;

    const Database &m_db;
};

} // namespace sf
