// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sf {

class Database;

// R12: a strategy adjustment recorded in the Monday review.
struct ReviewNote
{
    qint64 id = 0;
    QString customerId;
    QDate weekStart; // the Monday of the review week
    QString text;
    QString recordedBy;
    QDateTime recordedAt;
};

// The strategy adjustments of the Monday review (review_notes).
class ReviewNoteRepository
{
public:
    explicit ReviewNoteRepository(const Database &db)
        : m_db(db)
    {}

    Result<qint64> insert(qint64 customerRowId, const ReviewNote &note);
    // A customer's notes, newest first.
    Result<QList<ReviewNote>> ofCustomer(qint64 customerRowId) const;
    // The notes of one review week, by customer id.
    Result<QList<ReviewNote>> ofWeek(QDate weekStart) const;

private:
    const Database &m_db;
};

} // namespace sf
