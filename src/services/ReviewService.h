// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sf {

class RuleCheckService;
class SettingsService;
struct ServiceContext;

// One R13 downgrade.
struct Downgrade
{
    QString customerId;
    QString from;
    QString to;
};

// One A or B customer on the Monday review's agenda, with the week before the review week.
struct ReviewEntry
{
    QString customerId;
    QString name;
    QString grade; // "A" or "B"
    QString ownerLogin;
    int followUpsLastWeek = 0; // R6 wants 2 for an A customer
    int progressEvents = 0;
    int openRisks = 0;
    int overdueActions = 0;
    bool downgradeCandidate = false; // R13 at the start of the review week
    QString strategy;                // the strategy adjustments recorded in this review week
};

struct ReviewAgenda
{
    QDate weekStart;            // the Monday of the review week
    QList<ReviewEntry> entries; // by owner, then customer id
};

// One rep's rule compliance in the week before the review week.
struct RepCompliance
{
    QString ownerLogin; // "" for customers without an owner
    int entries = 0;
    int lateEntries = 0; // R2
    int aCustomers = 0;
    int aShort = 0;    // R6: A customers below 2 follow-ups last week
    int latePlans = 0; // R8: A customers whose plan deadline passed without a plan
    int records = 0;
    int lateRecords = 0; // R11
};

// R12 and R13: the decisions of the Monday review — the automatic downgrade of stalled B
// customers, exemptions until the next review, and undoing a downgrade. Sales managers only.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    ReviewService(ServiceContext &context, SettingsService &settings, RuleCheckService &rules)
        : m_context(context)
        , m_settings(settings)
        , m_rules(rules)
    {}

    // The agenda of the review week that contains `weekOf` (default: this week): every A and B
    // customer with last week's follow-ups, progress events, open risks and overdue next
    // actions, and whether R13 makes it a downgrade candidate at the start of the week.
    Result<ReviewAgenda> agenda(QDate weekOf = {});
    // Per rep: R2 late entries, R6 A customers below two follow-ups, R8 late plans and R11 late
    // records of the week before the review week of `weekOf`, with what their rates count.
    Result<QList<RepCompliance>> compliance(QDate weekOf = {});
    // `rules apply`: downgrades every R13 candidate at `asOf` that is not exempted to C, each
    // with a grade-history entry whose reason is R13, in one transaction. Applying again for the
    // same time finds no candidate left and changes nothing.
    Result<QList<Downgrade>> applyDowngrades(const QDateTime &asOf);
    // The manager's decision on one candidate in the review: C, or C and an invalid lead; the
    // grade history says R13 and the reason.
    Status downgrade(const QString &customerId, bool invalidLead, const QString &reason);
    // Keeps a candidate at B with a reason until the start of next week's review.
    Status exempt(const QString &customerId, const QString &reason);
    // Gives a customer downgraded by R13 its B back (audited); refused when its last grade
    // change was not an R13 downgrade.
    Status undoDowngrade(const QString &customerId);
    // R12: records the strategy adjustment decided for a customer in this week's review (text,
    // at most kStrategyLength characters). Not a follow-up record: R6 and R11 do not count it.
    // On the customer's timeline and in the review week's agenda; audited.
    Status recordStrategy(const QString &customerId, const QString &text);
    static constexpr int kStrategyLength = 2000;

private:
    Status requireManager() const;

    ServiceContext &m_context;
    SettingsService &m_settings;
    RuleCheckService &m_rules;
};

} // namespace sf
