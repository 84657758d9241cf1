// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Contract.h"
#include "core/ContractTemplate.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace sf {

class Database;

// Which contracts a list shows.
struct ContractFilter
{
    std::optional<qint64> customerRowId;
    QList<ContractStatus> statuses; // any when empty
    QString ownerLogin;             // the drafting rep; any when empty
    QString text;                   // in the number, title or customer name
    AccessScope scope;              // only contracts of customers in this scope
};

// An approval-chain event or a payment of one of a customer's contracts, for its timeline.
struct ContractMilestone
{
    QString number;
    QString title;
    ContractEvent event;            // when it is an event of the approval chain, or
    std::optional<Payment> payment; // a payment received
};

// Contracts with their attachments, approval events, number serials and templates (stage 3,
// R14/R15). Customers are named by their internal row id; callers resolve the R1 id first.
class ContractRepository
{
public:
    explicit ContractRepository(const Database &db)
        : m_db(db)
    {}

    // The next serial of the year's contract numbers (the counter is kept in the caller's
    // transaction).
    Result<int> nextSerial(int year) const;
    Result<bool> numberExists(const QString &number) const;

    Result<qint64> insert(qint64 customerRowId, const Contract &contract) const;
    // Saves the terms, dates, status and approvals if the version is still contract.version;
    // false when someone changed it in between. The version grows by one.
    Result<bool> update(const Contract &contract) const;
    Status setAttachments(qint64 contractId, const QStringList &paths) const;

    Result<std::optional<Contract>> find(qint64 id) const;
    Result<std::optional<Contract>> findByNumber(const QString &number) const;
    // Newest first.
    Result<QList<Contract>> list(const ContractFilter &filter) const;

    Status addEvent(qint64 contractId, const ContractEvent &event) const;
    // Oldest first.
    Result<QList<ContractEvent>> events(qint64 contractId) const;
    // The events and payments of every contract of a customer, oldest first.
    Result<QList<ContractMilestone>> milestonesOfCustomer(qint64 customerRowId) const;

    Result<QList<ContractTemplate>> templates() const;
    Result<qint64> insertTemplate(const ContractTemplate &contractTemplate) const;
    // False when the version is stale.
    Result<bool> updateTemplate(const ContractTemplate &contractTemplate) const;
    Status removeTemplate(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace sf
