// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QDateTime>
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
    Result<QList<Row>> agenda(const QDateTime &from, const QDateTime &to,
                              const QString &dueBefore) const;

private:
    const Database &m_db;
};

} // namespace sf
