// SPDX-License-Identifier: MIT
#include "storage/ReviewNoteRepository.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace sf {
namespace {

const QString kSelect =
    QStringLiteral("SELECT n.id, c.code, n.week_start, n.text, n.recorded_by, n.recorded_at "
                   "FROM review_notes n JOIN customers c ON c.id = n.customer_id ");

Result<QList<ReviewNote>> notesOf(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<ReviewNote> notes;
    while (query->next())
        notes.append({query->value(0).toLongLong(), query->value(1).toString(),
                      sql::fromDateText(query->value(2).toString()), query->value(3).toString(),
                      query->value(4).toString(), sql::fromUtcText(query->value(5).toString())});
    return notes;
}

} // namespace

Result<qint64> ReviewNoteRepository::insert(qint64 customerRowId, const ReviewNote &note)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO review_notes (customer_id, week_start, text, recorded_by, "
                       "recorded_at) VALUES (?, ?, ?, ?, ?)"),
        {customerRowId, sql::dateText(note.weekStart), note.text, note.recordedBy,
         sql::utcText(note.recordedAt)});
}

Result<QList<ReviewNote>> ReviewNoteRepository::ofCustomer(qint64 customerRowId) const
{
    return notesOf(sql::run(
        m_db,
        kSelect + QStringLiteral("WHERE n.customer_id = ? ORDER BY n.recorded_at DESC, n.id DESC"),
        {customerRowId}));
}

Result<QList<ReviewNote>> ReviewNoteRepository::ofWeek(QDate weekStart) const
{
    return notesOf(sql::run(m_db,
                            kSelect + QStringLiteral("WHERE n.week_start = ? ORDER BY c.code, "
                                                     "n.recorded_at, n.id"),
                            {sql::dateText(weekStart)}));
}

} // namespace sf
