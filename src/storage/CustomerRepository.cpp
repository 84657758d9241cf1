// SPDX-License-Identifier: MIT
#include "storage/CustomerRepository.h"

#include "core/DuplicateKeys.h"
#include "storage/AccessScopeSql.h"
#include "storage/CustomerColumns.h"
#include "storage/CustomerWriter.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

namespace sf {
namespace {

QVariant scoreValue(const std::optional<GradeScores> &scores, int GradeScores::*member)
{
    return scores ? QVariant(*scores.*member) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

Result<std::optional<Customer>> CustomerRepository::find(const QString &customerId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT ") + customerColumns::selectList() +
                              QStringLiteral(" FROM customers c "
                                             "JOIN customer_grades g ON g.customer_id = c.id "
                                             "LEFT JOIN users u ON u.id = c.owner_id "
                                             "WHERE c.code = ?"),
                          {customerId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Customer>();
    Customer c = customerColumns::customerFrom(*query);

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
        history.append({gradeFromKey(query->value(0).toString()),
                        gradeFromKey(query->value(1).toString()),
                        customerColumns::scoresFromText(query->value(2).toString()),
                        query->value(3).toString(), query->value(4).toString(),
                        sql::fromUtcText(query->value(5).toString())});
    }
    return history;
}

Result<QList<QPair<QString, int>>> CustomerRepository::tagCounts(const AccessScope &scope) const
{
    QVariantList values;
    const QString inScope = sql::scopeCondition(scope, QStringLiteral("c.owner_id"), values);
    // Every customer's: the tags alone, without the customers.
    auto query = inScope.isEmpty()
                     ? sql::run(m_db, QStringLiteral("SELECT tag, count(*) FROM customer_tags "
                                                     "GROUP BY tag ORDER BY count(*) DESC, tag"))
                     : sql::run(m_db,
                                QStringLiteral("SELECT t.tag, count(*) FROM customer_tags t "
                                               "JOIN customers c ON c.id = t.customer_id") +
                                    inScope +
                                    QStringLiteral(" GROUP BY t.tag ORDER BY count(*) DESC, t.tag"),
                                values);
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
    if (auto status = reindex(c); !status)
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
                          {customerColumns::gradeText(change.to), gradedAt,
                           scoreValue(change.scores, &GradeScores::industryPotential),
                           scoreValue(change.scores, &GradeScores::budgetFit),
                           scoreValue(change.scores, &GradeScores::decisionChain),
                           scoreValue(change.scores, &GradeScores::urgency), rowId});
    if (!grade)
        return grade.error();
    auto history =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO grade_history (customer_id, from_grade, "
                                "to_grade, reason, scores, actor, at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {rowId, customerColumns::gradeText(change.from),
                  customerColumns::gradeText(change.to), sql::notNull(change.reason),
                  customerColumns::scoresText(change.scores), change.actor, sql::utcText(now)});
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
        auto inserted =
            sql::run(m_db,
                     QStringLiteral("INSERT INTO customer_tags (tag, customer_id) VALUES (?, ?) "
                                    "ON CONFLICT DO NOTHING"),
                     {tag, rowId});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

Status CustomerRepository::reindex(const Customer &customer) const
{
    const QString body = customerSearchBody(customer);
    QStringList tables{QStringLiteral("customer_search")};
    // PostgreSQL's one trigram-indexed table answers searches of any length (0002_customers.sql).
    if (m_db.dialect() == Dialect::SQLite)
        tables << QStringLiteral("customer_search_chars");
    for (const QString &table : std::as_const(tables)) {
        auto removed = sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table),
                                {customer.rowId});
        if (!removed)
            return removed.error();
        auto inserted =
            sql::run(m_db, QStringLiteral("INSERT INTO %1 (rowid, body) VALUES (?, ?)").arg(table),
                     {customer.rowId, body});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

} // namespace sf
