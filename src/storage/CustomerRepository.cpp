// SPDX-License-Identifier: MIT
#include "storage/CustomerRepository.h"

#include "core/DuplicateKeys.h"
#include "storage/CustomerWriter.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

namespace sf {
namespace {

std::optional<Grade> gradeOf(const QVariant &value)
{
    return gradeFromKey(value.toString());
}

QVariant gradeValue(const std::optional<Grade> &grade)
{
    return grade ? gradeKey(*grade) : QStringLiteral("");
}

std::optional<GradeScores> scoresFromText(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    return GradeScores{parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt(),
                       parts.at(3).toInt()};
}

QString scoresToText(const std::optional<GradeScores> &scores)
{
    if (!scores)
        return QStringLiteral("");
    return QStringLiteral("%1,%2,%3,%4")
        .arg(scores->industryPotential)
        .arg(scores->budgetFit)
        .arg(scores->decisionChain)
        .arg(scores->urgency);
}

QVariant scoreValue(const std::optional<GradeScores> &scores, int GradeScores::*member)
{
    return scores ? QVariant(*scores.*member) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

Result<std::optional<Customer>> CustomerRepository::find(const QString &customerId) const
{
    auto query =
        sql::run(m_db,
                 QStringLiteral(
                     "SELECT c.id, c.code, c.name, c.industry, c.company_size, c.needs, c.source, "
                     "c.first_contact_at, c.entered_at, c.late_entry, c.region, c.status, u.login, "
                     "g.grade, g.graded_at, g.score_industry, g.score_budget, g.score_decision, "
                     "g.score_urgency, c.tags, c.version, c.updated_at "
                     "FROM customers c JOIN customer_grades g ON g.customer_id = c.id "
                     "LEFT JOIN users u ON u.id = c.owner_id WHERE c.code = ?"),
                 {customerId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Customer>();
    Customer c;
    c.rowId = query->value(0).toLongLong();
    c.id = query->value(1).toString();
    c.name = query->value(2).toString();
    c.industry = query->value(3).toString();
    c.companySize = query->value(4).toString();
    c.needs = query->value(5).toString();
    c.source = query->value(6).toString();
    c.firstContactAt = sql::fromUtcText(query->value(7).toString());
    c.enteredAt = sql::fromUtcText(query->value(8).toString());
    c.lateEntry = query->value(9).toBool();
    c.region = query->value(10).toString();
    c.status = statusFromText(query->value(11).toString()).value_or(CustomerStatus::Lead);
    c.ownerLogin = query->value(12).toString();
    c.grade = gradeOf(query->value(13));
    if (!query->value(14).isNull())
        c.gradedAt = sql::fromUtcText(query->value(14).toString());
    if (!query->value(15).isNull())
        c.scores = GradeScores{query->value(15).toInt(), query->value(16).toInt(),
                               query->value(17).toInt(), query->value(18).toInt()};
    c.tags = splitTags(query->value(19).toString());
    c.version = query->value(20).toInt();
    c.updatedAt = sql::fromUtcText(query->value(21).toString());

    auto contacts =
        sql::run(m_db,
                 QStringLiteral("SELECT id, name, title, phone, email, wechat, is_key "
                                "FROM contacts WHERE customer_id = ? ORDER BY position"),
                 {c.rowId});
    if (!contacts)
        return contacts.error();
    while (contacts->next()) {
        c.contacts.append({contacts->value(0).toLongLong(), contacts->value(1).toString(),
                           contacts->value(2).toString(), contacts->value(3).toString(),
                           contacts->value(4).toString(), contacts->value(5).toString(),
                           contacts->value(6).toBool()});
    }
    return std::optional<Customer>(std::move(c));
}

Result<QList<GradeChange>> CustomerRepository::gradeHistory(qint64 rowId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT from_grade, to_grade, scores, reason, actor, at "
                                         "FROM grade_history WHERE customer_id = ? "
                                         "ORDER BY at DESC, id DESC"),
                          {rowId});
    if (!query)
        return query.error();
    QList<GradeChange> history;
    while (query->next()) {
        history.append({gradeOf(query->value(0)), gradeOf(query->value(1)),
                        scoresFromText(query->value(2).toString()), query->value(3).toString(),
                        query->value(4).toString(), sql::fromUtcText(query->value(5).toString())});
    }
    return history;
}

Result<QList<QPair<QString, int>>> CustomerRepository::tagCounts() const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT tag, count(*) FROM customer_tags "
                                               "GROUP BY tag ORDER BY count(*) DESC, tag"));
    if (!query)
        return query.error();
    QList<QPair<QString, int>> tags;
    while (query->next())
        tags.append({query->value(0).toString(), query->value(1).toInt()});
    return tags;
}

Result<bool> CustomerRepository::update(const Customer &c, const QDateTime &now)
{
    auto query = sql::run(
        m_db,
        QStringLiteral("UPDATE customers SET name = ?, name_key = ?, industry = ?, "
                       "company_size = ?, needs = ?, source = ?, first_contact_at = ?, "
                       "late_entry = ?, region = ?, status = ?, tags = ?, "
                       "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
        {c.name.trimmed(), normalizedCompanyName(c.name), sql::notNull(c.industry),
         sql::notNull(c.companySize), sql::notNull(c.needs), sql::notNull(c.source),
         sql::utcText(c.firstContactAt), c.lateEntry ? 1 : 0, c.region, statusKey(c.status),
         sql::notNull(c.tags.join(u';')), sql::utcText(now), c.rowId, c.version});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return false;
    if (auto status = writeContacts(c.rowId, c.contacts); !status)
        return status.error();
    if (auto status = writeTags(c.rowId, c.tags); !status)
        return status.error();
    if (auto status = reindex(c.rowId); !status)
        return status.error();
    return true;
}

Status CustomerRepository::setGrade(qint64 rowId, const GradeChange &change, const QDateTime &now)
{
    const QVariant gradedAt = change.to ? QVariant(sql::utcText(now)) : QVariant();
    auto grade = sql::run(m_db,
                          QStringLiteral("UPDATE customer_grades SET grade = ?, graded_at = ?, "
                                         "score_industry = ?, score_budget = ?, "
                                         "score_decision = ?, score_urgency = ? "
                                         "WHERE customer_id = ?"),
                          {gradeValue(change.to), gradedAt,
                           scoreValue(change.scores, &GradeScores::industryPotential),
                           scoreValue(change.scores, &GradeScores::budgetFit),
                           scoreValue(change.scores, &GradeScores::decisionChain),
                           scoreValue(change.scores, &GradeScores::urgency), rowId});
    if (!grade)
        return grade.error();
    auto history = sql::run(m_db,
                            QStringLiteral("INSERT INTO grade_history (customer_id, from_grade, "
                                           "to_grade, reason, scores, actor, at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {rowId, gradeValue(change.from), gradeValue(change.to),
                             sql::notNull(change.reason), scoresToText(change.scores), change.actor,
                             sql::utcText(now)});
    if (!history)
        return history.error();
    auto touched = sql::run(
        m_db,
        QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ? WHERE id = ?"),
        {sql::utcText(now), rowId});
    if (!touched)
        return touched.error();
    return Ok{};
}

Status CustomerRepository::setOwner(qint64 rowId, std::optional<qint64> ownerId,
                                    const QDateTime &now)
{
    auto query =
        sql::run(m_db,
                 QStringLiteral("UPDATE customers SET owner_id = ?, version = version + 1, "
                                "updated_at = ? WHERE id = ?"),
                 {ownerId ? QVariant(*ownerId) : QVariant(QMetaType(QMetaType::LongLong)),
                  sql::utcText(now), rowId});
    if (!query)
        return query.error();
    return Ok{};
}

Status CustomerRepository::setTags(qint64 rowId, const QStringList &tags, const QDateTime &now)
{
    auto query = sql::run(m_db,
                          QStringLiteral("UPDATE customers SET tags = ?, version = version + 1, "
                                         "updated_at = ? WHERE id = ?"),
                          {sql::notNull(tags.join(u';')), sql::utcText(now), rowId});
    if (!query)
        return query.error();
    return writeTags(rowId, tags);
}

Status CustomerRepository::writeContacts(qint64 rowId, const QList<Contact> &contacts) const
{
    auto removed =
        sql::run(m_db, QStringLiteral("DELETE FROM contacts WHERE customer_id = ?"), {rowId});
    if (!removed)
        return removed.error();
    int position = 0;
    for (const Contact &contact : contacts) {
        auto inserted = sql::run(
            m_db,
            QStringLiteral("INSERT INTO contacts (customer_id, name, title, phone, phone_key, "
                           "email, wechat, is_key, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {rowId, sql::notNull(contact.name.trimmed()), sql::notNull(contact.title.trimmed()),
             sql::notNull(contact.phone.trimmed()), sql::notNull(normalizedPhone(contact.phone)),
             sql::notNull(contact.email.trimmed()), sql::notNull(contact.wechat.trimmed()),
             contact.key ? 1 : 0, position++});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

Status CustomerRepository::writeTags(qint64 rowId, const QStringList &tags) const
{
    auto removed =
        sql::run(m_db, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), {rowId});
    if (!removed)
        return removed.error();
    for (const QString &tag : tags) {
        auto inserted = sql::run(
            m_db,
            QStringLiteral("INSERT OR IGNORE INTO customer_tags (tag, customer_id) VALUES (?, ?)"),
            {tag, rowId});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

Status CustomerRepository::reindex(qint64 rowId) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {rowId});
    if (!query)
        return query.error();
    if (!query->next())
        return Ok{};
    auto customer = find(query->value(0).toString());
    if (!customer)
        return customer.error();
    for (const auto &[table, body] :
         {std::pair{QStringLiteral("customer_search"), customerSearchBody(**customer)},
          std::pair{QStringLiteral("customer_search_chars"), customerCharsBody(**customer)}}) {
        auto removed =
            sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table), {rowId});
        if (!removed)
            return removed.error();
        auto inserted =
            sql::run(m_db, QStringLiteral("INSERT INTO %1 (rowid, body) VALUES (?, ?)").arg(table),
                     {rowId, body});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

} // namespace sf
