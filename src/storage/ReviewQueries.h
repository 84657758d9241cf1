// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sf {

class Database;

// The Monday review's agenda in SQL: every A and B customer with what happened in the week
// before the review week, each figure read through an index.
class ReviewQueries
{
public:
    explicit ReviewQueries(const Database &db)
        : m_db(db)
    {}

    struct Row
    {
        qint64 rowId = 0;
        QString customerId;
        QString name;
        QString grade;
        QString ownerLogin;
        int followUps = 0;      // records whose contact time is in [from, to)
        int progressEvents = 0; // of those, marked as progress (a stage advance is one)
        int openRisks = 0;      // of those, naming a risk
        int overdueActions = 0; // the latest record's next action, due before `dueBefore`
    };
    // A and B customers by owner, then id; `from`/`to` UTC, `dueBefore` a local date.
    Result<QList<Row>> agenda(const QDateTime &from, const QDateTime &to, const QString &dueBefore,
                              const AccessScope &scope = AccessScope::all()) const;

    // Per owner, what the week's rule rates are taken of: customers entered and records made in
    // [from, to), and the A customers now.
    struct Volume
    {
        QString ownerLogin;
        int entries = 0;
        int records = 0;
        int aCustomers = 0;
    };
    Result<QList<Volume>> volumes(const QDateTime &from, const QDateTime &to,
                                  const AccessScope &scope = AccessScope::all()) const;
    // The owner of each customer id given (customers without an owner map to "").
    Result<QHash<QString, QString>> ownersOf(const QStringList &customerIds) const;

private:
    const Database &m_db;
};

} // namespace sf
