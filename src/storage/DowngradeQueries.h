// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace sf {

class Database;

// R13 in SQL (design.md, "Rule semantics"): at T, a customer graded B for at least 14 days with
// no progress event in the 14 days before T, and not exempted at T, is a downgrade candidate.
// Applying works on sets (a temporary table, one INSERT into the grade history, one UPDATE of the
// narrow grades table), so 250,000 downgrades are a few statements, not 500,000. On PostgreSQL
// the same sets are one statement (common table expressions instead of the temporary table).
class DowngradeQueries
{
public:
    explicit DowngradeQueries(const Database &db)
        : m_db(db)
    {}

    static constexpr int kStalledDays = 14;

    struct Candidate
    {
        QString customerId;
        QDateTime gradedB; // when it last became B
    };
    Result<QList<Candidate>> candidates(const QDateTime &asOf) const;
    // Downgrades every candidate at `asOf` to C with reason "R13" at `asOf`; the customer ids.
    // Only the candidates in `scope` (a manager's team).
    Result<QStringList> apply(const QDateTime &asOf, const QString &actor,
                              const AccessScope &scope = AccessScope::all()) const;

    // The customers exempted at or after `since` (whose exemption is still in force then).
    Result<QSet<QString>> exemptedSince(const QDateTime &since) const;
    Status exempt(qint64 customerRowId, const QString &reason, const QDateTime &until,
                  const QString &actor, const QDateTime &at) const;

    // The customer's last grade change if it is an R13 downgrade still in force (grade C).
    struct Downgrade
    {
        QString from;
        QDateTime at;
    };
    Result<std::optional<Downgrade>> lastDowngrade(qint64 customerRowId) const;
    // Gives the customer `grade` (back), with a history entry.
    Status regrade(qint64 customerRowId, const QString &grade, const QString &reason,
                   const QString &actor, const QDateTime &at) const;

    // Sets the customer's status ('invalid' for an invalid lead); the status it had.
    Result<QString> setStatus(qint64 customerRowId, const QString &status,
                              const QDateTime &at) const;

private:
    Result<QStringList> applyInOneStatement(const QDateTime &asOf, const QString &actor,
                                            const AccessScope &scope) const;

    const Database &m_db;
};

} // namespace sf
