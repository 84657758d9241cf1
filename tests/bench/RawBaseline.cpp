// SPDX-License-Identifier: MIT
#include "bench/RawBaseline.h"

#include "core/CsvReader.h"
#include "core/Customer.h"
#include "core/CustomerCsv.h"
#include "core/DuplicateKeys.h"
#include "storage/CharTokenizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <sqlite3.h>
#include <vector>

namespace sf::bench {
namespace {

struct Row
{
    QByteArray code, name, nameKey, industry, size, needs, source, firstContact, entered, region,
        status, tags, grade, contactName, contactTitle, phone, phoneKey, search, chars;
    QList<QByteArray> tagList;
};

void bind(sqlite3_stmt *statement, int index, const QByteArray &text)
{
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

void run(sqlite3_stmt *statement)
{
    if (sqlite3_step(statement) != SQLITE_DONE)
        qFatal("raw insert failed: %s", sqlite3_errmsg(sqlite3_db_handle(statement)));
    sqlite3_reset(statement);
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("cannot prepare %s: %s", sql, sqlite3_errmsg(db));
    return statement;
}

} // namespace

RawImport rawImport(const QString &csvPath, const QString &dbPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(csvPath));
    const auto table = CsvReader::read(file.readAll());
    if (!table)
        qFatal("cannot parse %s", qPrintable(csvPath));
    const QTimeZone zone("Asia/Shanghai");
    std::vector<Row> rows;
    rows.reserve(size_t(table->records.size()));
    for (const CsvRecord &record : table->records) {
        auto field = [&](CustomerField wanted) {
            for (qsizetype i = 0; i < table->header.size(); ++i) {
                if (customerCsv::fieldFromHeader(table->header.at(i)) == wanted)
                    return record.fields.value(i);
            }
            return QString();
        };
        Row row;
        row.code = field(CustomerField::Id).toUtf8();
        const QString name = field(CustomerField::Name);
        row.name = name.toUtf8();
        row.nameKey = normalizedCompanyName(name).toUtf8();
        row.industry = field(CustomerField::Industry).toUtf8();
        row.size = field(CustomerField::Size).toUtf8();
        row.needs = field(CustomerField::Needs).toUtf8();
        row.source = field(CustomerField::Source).toUtf8();
        row.firstContact = customerCsv::parseDateTime(field(CustomerField::FirstContact), zone)
                               ->toString(Qt::ISODate)
                               .toUtf8();
        row.entered = customerCsv::parseDateTime(field(CustomerField::EnteredAt), zone)
                          ->toString(Qt::ISODate)
                          .toUtf8();
        row.region = field(CustomerField::Region).toUtf8();
        row.status = field(CustomerField::Status).toUtf8();
        row.tags = field(CustomerField::Tags).toUtf8();
        for (const QString &tag : splitTags(field(CustomerField::Tags)))
            row.tagList.append(tag.toUtf8());
        row.grade = field(CustomerField::Grade).toUtf8();
        row.contactName = field(CustomerField::ContactName).toUtf8();
        row.contactTitle = field(CustomerField::ContactTitle).toUtf8();
        const QString phone = field(CustomerField::ContactPhone);
        row.phone = phone.toUtf8();
        row.phoneKey = normalizedPhone(phone).toUtf8();
        row.search =
            QStringList{field(CustomerField::Id),          name,  field(CustomerField::Needs),
                        field(CustomerField::ContactName), phone, normalizedPhone(phone)}
                .join(u'\n')
                .toUtf8();
        row.chars = row.search;
        rows.push_back(std::move(row));
    }

    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(dbPath));
    if (!registerCharTokenizer(db))
        qFatal("cannot register the tokenizer");
    // The same connection settings as SalesFlow's bulk writes (BulkWriteCache).
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                 "PRAGMA cache_size = -262144",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *customer = prepare(
        db,
        "INSERT INTO customers (code, name, name_key, industry, company_size, needs, source, "
        "first_contact_at, entered_at, late_entry, region, status, owner_id, tags, version, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11, NULL, ?12, 1, ?9)");
    sqlite3_stmt *grade =
        prepare(db, "INSERT INTO customer_grades (customer_id, grade) VALUES (?, ?)");
    sqlite3_stmt *contact = prepare(db, "INSERT INTO contacts (customer_id, name, title, phone, "
                                        "phone_key, is_key) VALUES (?, ?, ?, ?, ?, 1)");
    sqlite3_stmt *tag = prepare(db, "INSERT OR IGNORE INTO customer_tags VALUES (?, ?)");
    sqlite3_stmt *search = prepare(db, "INSERT INTO customer_search (rowid, body) VALUES (?, ?)");
    sqlite3_stmt *chars =
        prepare(db, "INSERT INTO customer_search_chars (rowid, body) VALUES (?, ?)");

    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (const Row &row : rows) {
        bind(customer, 1, row.code);
        bind(customer, 2, row.name);
        bind(customer, 3, row.nameKey);
        bind(customer, 4, row.industry);
        bind(customer, 5, row.size);
        bind(customer, 6, row.needs);
        bind(customer, 7, row.source);
        bind(customer, 8, row.firstContact);
        bind(customer, 9, row.entered);
        bind(customer, 10, row.region);
        bind(customer, 11, row.status);
        bind(customer, 12, row.tags);
        run(customer);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(grade, 1, id);
        bind(grade, 2, row.grade);
        run(grade);
        sqlite3_bind_int64(contact, 1, id);
        bind(contact, 2, row.contactName);
        bind(contact, 3, row.contactTitle);
        bind(contact, 4, row.phone);
        bind(contact, 5, row.phoneKey);
        run(contact);
        for (const QByteArray &name : row.tagList) {
            bind(tag, 1, name);
            sqlite3_bind_int64(tag, 2, id);
            run(tag);
        }
        sqlite3_bind_int64(search, 1, id);
        bind(search, 2, row.search);
        run(search);
        sqlite3_bind_int64(chars, 1, id);
        bind(chars, 2, row.chars);
        run(chars);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (sqlite3_stmt *statement : {customer, grade, contact, tag, search, chars})
        sqlite3_finalize(statement);
    sqlite3_close(db);
    return {qint64(rows.size()), seconds};
}

double rawSearchMs(const QString &dbPath, const QStringList &terms)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (!registerCharTokenizer(db))
        qFatal("cannot register the tokenizer");
    sqlite3_stmt *query = prepare(db, "SELECT rowid FROM customer_search WHERE customer_search "
                                      "MATCH ? ORDER BY rowid LIMIT 256");
    QElapsedTimer timer;
    timer.start();
    for (const QString &term : terms) {
        const QByteArray phrase = '"' + term.toUtf8() + '"';
        sqlite3_bind_text(query, 1, phrase.constData(), int(phrase.size()), SQLITE_STATIC);
        while (sqlite3_step(query) == SQLITE_ROW) {
        }
        sqlite3_reset(query);
    }
    const double ms =
        double(timer.nsecsElapsed()) / 1e6 / double(std::max<qsizetype>(1, terms.size()));
    sqlite3_finalize(query);
    sqlite3_close(db);
    return ms;
}

} // namespace sf::bench
