// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/Result.h"
#include "storage/RawStatement.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace sf {

class Database;

// Writes new customers (with grade, contacts, tags and search index) and answers the lookups an
// entry needs (existing id, duplicate name or phone), through statements prepared once on the raw
// handle: the same path for one customer typed in the form and a million imported ones. Every
// call runs in the caller's transaction.
class CustomerWriter
{
public:
    explicit CustomerWriter(const Database &db);
    ~CustomerWriter();
    CustomerWriter(const CustomerWriter &) = delete;
    CustomerWriter &operator=(const CustomerWriter &) = delete;

    // Inserts the customer; `ownerId` is the owner's user id (none: unowned). When the customer
    // is graded, `gradeEntry` is its first grade-history entry. Returns the internal row id.
    Result<qint64> insert(const Customer &customer, std::optional<qint64> ownerId,
                          const QDateTime &now, const std::optional<GradeChange> &gradeEntry);

    Result<bool> idExists(const QString &customerId);
    // Duplicates: the first customer (other than `exceptRowId`) whose normalised name or contact
    // phone equals the key.
    Result<std::optional<DuplicateMatch>> findByNameKey(const QString &nameKey,
                                                        qint64 exceptRowId = 0);
    Result<std::optional<DuplicateMatch>> findByPhoneKey(const QString &phoneKey,
                                                         qint64 exceptRowId = 0);

private:
    struct Statements;
    std::unique_ptr<Statements> m;
};

// The text the search indexes hold for a customer: id, name, needs, contact names and phones (as
// written and as digits), the same in both (trigrams, and single characters for 1–2 character
// searches), so that typing one more character never finds fewer fields.
QString customerSearchBody(const Customer &customer);

} // namespace sf
