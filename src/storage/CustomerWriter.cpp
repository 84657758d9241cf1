// SPDX-License-Identifier: MIT
#include "storage/CustomerWriter.h"

#include "core/DuplicateKeys.h"
#include "storage/CustomerColumns.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace sf {

struct CustomerWriter::Statements
{
    explicit Statements(const Database &db)
        : onPostgreSQL(db.dialect() == Dialect::PostgreSQL)
        , customer(db,
                   "INSERT INTO customers (code, name, name_key, industry, company_size, needs, "
                   "source, first_contact_at, entered_at, late_entry, region, status, "
                   "owner_id, tags, version, updated_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, ?9)")
        , grade(db, "INSERT INTO customer_grades (customer_id, grade, graded_at, score_industry, "
                    "score_budget, score_decision, score_urgency) VALUES (?, ?, ?, ?, ?, ?, ?)")
        , history(db, "INSERT INTO grade_history (customer_id, from_grade, to_grade, reason, "
                      "scores, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        , contact(db, "INSERT INTO contacts (customer_id, name, title, phone, phone_key, email, "
                      "wechat, is_key, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , tag(db,
              "INSERT INTO customer_tags (tag, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
        , search(db, "INSERT INTO customer_search (rowid, body) VALUES (?, ?)")
        // PostgreSQL's one pg_trgm index answers searches of any length (0002_customers.sql).
        , chars(db, onPostgreSQL ? "SELECT 1"
                                 : "INSERT INTO customer_search_chars (rowid, body) VALUES (?, ?)")
        , idExists(db, "SELECT 1 FROM customers WHERE code = ?")
        , byName(db, "SELECT code, name FROM customers WHERE name_key = ? AND id <> ? LIMIT 1")
        , byPhone(db, "SELECT c.code, c.name, k.phone FROM contacts k "
                      "JOIN customers c ON c.id = k.customer_id "
                      "WHERE k.phone_key = ? AND k.customer_id <> ? LIMIT 1")
    {}

    bool onPostgreSQL;
    RawStatement customer, grade, history, contact, tag, search, chars, idExists, byName, byPhone;
};

CustomerWriter::CustomerWriter(const Database &db)
    : m(std::make_unique<Statements>(db))
{}

CustomerWriter::~CustomerWriter() = default;

Result<qint64> CustomerWriter::insert(const Customer &customer, std::optional<qint64> ownerId,
                                      const QDateTime &now,
                                      const std::optional<GradeChange> &gradeEntry)
{
    RawStatement &row = m->customer;
    row.bind(1, customer.id)
        .bind(2, customer.name.trimmed())
        .bind(3, normalizedCompanyName(customer.name))
        .bind(4, sql::notNull(customer.industry))
        .bind(5, sql::notNull(customer.companySize))
        .bind(6, sql::notNull(customer.needs))
        .bind(7, sql::notNull(customer.source))
        .bind(8, sql::utcText(customer.firstContactAt))
        .bind(9, sql::utcText(customer.enteredAt.isValid() ? customer.enteredAt : now))
        .bind(10, qint64(customer.lateEntry ? 1 : 0))
        .bind(11, customer.region)
        .bind(12, statusKey(customer.status))
        .bind(14, customer.tags.join(u';'));
    if (ownerId)
        row.bind(13, *ownerId);
    else
        row.bindNull(13);
    if (!row.run())
        return row.error();
    const qint64 rowId = row.lastInsertRowId();

    RawStatement &grade = m->grade;
    grade.bind(1, rowId).bind(2, customerColumns::gradeText(customer.grade));
    if (customer.grade)
        grade.bind(3, sql::utcText(customer.gradedAt.isValid() ? customer.gradedAt : now));
    else
        grade.bindNull(3);
    if (customer.scores) {
        grade.bind(4, qint64(customer.scores->industryPotential))
            .bind(5, qint64(customer.scores->budgetFit))
            .bind(6, qint64(customer.scores->decisionChain))
            .bind(7, qint64(customer.scores->urgency));
    } else {
        grade.bindNull(4).bindNull(5).bindNull(6).bindNull(7);
    }
    if (!grade.run())
        return grade.error();

    if (gradeEntry) {
        m->history.bind(1, rowId)
            .bind(2, customerColumns::gradeText(gradeEntry->from))
            .bind(3, customerColumns::gradeText(gradeEntry->to))
            .bind(4, sql::notNull(gradeEntry->reason))
            .bind(5, customerColumns::scoresText(gradeEntry->scores))
            .bind(6, gradeEntry->actor)
            .bind(7, sql::utcText(gradeEntry->at.isValid() ? gradeEntry->at : now));
        if (!m->history.run())
            return m->history.error();
    }

    qint64 position = 0;
    for (const Contact &contact : customer.contacts) {
        m->contact.bind(1, rowId)
            .bind(2, contact.name.trimmed())
            .bind(3, contact.title.trimmed())
            .bind(4, contact.phone.trimmed())
            .bind(5, normalizedPhone(contact.phone))
            .bind(6, contact.email.trimmed())
            .bind(7, contact.wechat.trimmed())
            .bind(8, qint64(contact.key ? 1 : 0))
            .bind(9, position++);
        if (!m->contact.run())
            return m->contact.error();
    }
    for (const QString &tag : customer.tags) {
        if (!m->tag.bind(1, tag).bind(2, rowId).run())
            return m->tag.error();
    }
    const QString body = customerSearchBody(customer);
    if (!m->search.bind(1, rowId).bind(2, body).run())
        return m->search.error();
    if (!m->onPostgreSQL && !m->chars.bind(1, rowId).bind(2, body).run())
        return m->chars.error();
    return rowId;
}

Result<bool> CustomerWriter::idExists(const QString &customerId)
{
    const bool found = m->idExists.bind(1, customerId).step();
    m->idExists.reset();
    return found;
}

Result<std::optional<DuplicateMatch>> CustomerWriter::findByNameKey(const QString &nameKey,
                                                                    qint64 exceptRowId)
{
    if (nameKey.isEmpty())
        return std::optional<DuplicateMatch>();
    RawStatement &query = m->byName;
    std::optional<DuplicateMatch> match;
    if (query.bind(1, nameKey).bind(2, exceptRowId).step())
        match = DuplicateMatch{DuplicateMatch::On::Name, query.text(0), query.text(1), {}};
    query.reset();
    return match;
}

Result<std::optional<DuplicateMatch>> CustomerWriter::findByPhoneKey(const QString &phoneKey,
                                                                     qint64 exceptRowId)
{
    if (phoneKey.isEmpty())
        return std::optional<DuplicateMatch>();
    RawStatement &query = m->byPhone;
    std::optional<DuplicateMatch> match;
    if (query.bind(1, phoneKey).bind(2, exceptRowId).step())
        match =
            DuplicateMatch{DuplicateMatch::On::Phone, query.text(0), query.text(1), query.text(2)};
    query.reset();
    return match;
}

QString customerSearchBody(const Customer &customer)
{
    QStringList parts{customer.id, customer.name, customer.needs};
    for (const Contact &contact : customer.contacts)
        parts << contact.name << contact.phone << normalizedPhone(contact.phone);
    return parts.join(u'\n');
}

} // namespace sf
