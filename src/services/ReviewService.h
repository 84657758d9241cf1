// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sf {

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
};

struct ReviewAgenda
{
    QDate weekStart;            // the Monday of the review week
    QList<ReviewEntry> entries; // by owner, then customer id
};

// R12 and R13: the decisions of the Monday review — the automatic downgrade of stalled B
// customers, exemptions until the next review, and undoing a downgrade. Sales managers only.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    ReviewService(ServiceContext &context, SettingsService &settings)
        : m_context(context)
        , m_settings(settings)
    {}

    // The agenda of the review week that contains `weekOf` (default: this week): every A and B
    // customer with last week's follow-ups, progress events, open risks and overdue next
    // actions, and whether R13 makes it a downgrade candidate at the start of the week.
    Result<ReviewAgenda> agenda(QDate weekOf = {});
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

private:
    Result<qint64> requireCustomer(const QString &customerId) const;
    Status requireManager() const;

    ServiceContext &m_context;
    SettingsService &m_settings;
};

} // namespace sf
