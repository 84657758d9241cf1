// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/FollowUp.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace sf {

class Database;

// Whose customers: one owner's, or (when `team` is given) every member's of a team.
struct PlanOwners
{
    QString ownerLogin;
    QString team;
    AccessScope scope; // and only customers in the acting user's scope
};

// Stage 2's rows: plan items (table 2), follow-up records and opportunity stages. Customers are
// named by their internal row id; callers resolve the R1 id first.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(const Database &db)
        : m_db(db)
    {}

    // The internal row id of a customer id (R1), none when there is no such customer.
    Result<std::optional<qint64>> customerRowId(const QString &customerId) const;

    Result<qint64> insertPlanItem(qint64 customerRowId, const PlanItem &item) const;
    Result<QList<PlanItem>> planItems(qint64 customerRowId) const;
    // The plan items of every customer of the owners, by customer then start date.
    Result<QList<PlanItem>> planItemsOf(const PlanOwners &owners) const;
    Result<std::optional<PlanItem>> planItem(qint64 id) const;
    // Saves the item's editable fields if its version is still item.version; false when someone
    // changed it in between.
    Result<bool> updatePlanItem(const PlanItem &item, const QDateTime &now) const;
    // Contact times of the records of one customer, or of every customer of the owners.
    Result<QList<FollowUpMark>> followUpMarks(std::optional<qint64> customerRowId,
                                              const PlanOwners &owners) const;

    Result<qint64> insertFollowUp(qint64 customerRowId, const FollowUpRecord &record) const;
    // Newest contact first.
    Result<QList<FollowUpRecord>> followUps(qint64 customerRowId) const;

    Result<std::optional<OpenOpportunity>> openOpportunity(qint64 customerRowId) const;
    Result<qint64> openNewOpportunity(qint64 customerRowId, OpportunityStage stage,
                                      const QDateTime &at) const;
    // Saves the expected amount and close date if the version is still opportunity.version.
    Result<bool> updateOpportunityTerms(const OpenOpportunity &opportunity,
                                        const QDateTime &now) const;
    // Moves the opportunity to `to` and records the change (with the record that made it).
    Status changeStage(qint64 opportunityId, qint64 customerRowId,
                       std::optional<OpportunityStage> from, OpportunityStage to,
                       std::optional<qint64> followUpId, const QString &actor,
                       const QDateTime &at) const;
    Result<QList<StageChange>> stageChanges(qint64 customerRowId) const;

private:
    const Database &m_db;
};

} // namespace sf
