// SPDX-License-Identifier: MIT
#include "storage/RuleQueries.h"

#include "core/Log.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <initializer_list>
#include <sqlite3.h>

namespace sf {
namespace {

// A forward-only scan on the connection's raw handle. A check reads hundreds of thousands of rows
// at a million customers; QSqlQuery would copy every column into a QVariant, converted to UTF-16
// by SQLite first (measured: 0.6 s of a 3.8 s check). Values are bound, never concatenated.
class Scan
{
public:
    Scan(const Database &db, const char *statement, std::initializer_list<QString> values)
        : m_db(db.handle())
        , m_sql(statement)
    {
        if (!m_db || sqlite3_prepare_v2(m_db, statement, -1, &m_statement, nullptr) != SQLITE_OK) {
            fail();
            return;
        }
        int index = 1;
        for (const QString &value : values) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_statement, index++, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        }
    }
    ~Scan() { sqlite3_finalize(m_statement); }
    Scan(const Scan &) = delete;
    Scan &operator=(const Scan &) = delete;

    bool next()
    {
        if (!m_error.isEmpty())
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }

    // The storage error of a failed prepare or step (as sql::errorOf words it), else Ok.
    Status status() const
    {
        if (m_error.isEmpty())
            return Ok{};
        return Error::storage(
            QCoreApplication::translate("Database", "Database error: %1").arg(m_error));
    }

    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    QDate date(int column) const { return sql::fromDateText(text(column)); }

    // sql::fromUtcText of the column, read digit by digit when it has the stored form
    // 'YYYY-MM-DDTHH:MM:SSZ' (QDateTime::fromString costs a microsecond or more a value): the
    // same QDateTime, UTC as a time zone. Any other text is left to sql::fromUtcText.
    QDateTime utc(int column) const
    {
        const auto *t = sqlite3_column_text(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        const auto digits = [t](int from, int count, int &out) {
            out = 0;
            for (int i = from; i < from + count; ++i) {
                if (t[i] < '0' || t[i] > '9')
                    return false;
                out = out * 10 + (t[i] - '0');
            }
            return true;
        };
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
        if (!t || size != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' ||
            t[16] != ':' || t[19] != 'Z' || !digits(0, 4, y) || !digits(5, 2, mo) ||
            !digits(8, 2, d) || !digits(11, 2, h) || !digits(14, 2, mi) || !digits(17, 2, s))
            return sql::fromUtcText(text(column));
        const QDate date(y, mo, d);
        const QTime time(h, mi, s);
        if (!date.isValid() || !time.isValid())
            return sql::fromUtcText(text(column));
        static const QTimeZone utc = QTimeZone::utc();
        return QDateTime(date, time, utc);
    }

private:
    void fail()
    {
        m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no connection");
        // SQLITE_INTERRUPT: stopped on purpose (Database::interrupt), not a failure.
        const bool interrupted = m_db && sqlite3_errcode(m_db) == SQLITE_INTERRUPT;
        layerLogger("storage")->log(interrupted ? spdlog::level::debug : spdlog::level::err,
                                    "SQL failed: {} -- {}", m_sql, qUtf8Printable(m_error));
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    const char *m_sql;
    QString m_error;
};

} // namespace

Result<QList<RuleQueries::LateEntry>> RuleQueries::lateEntries(const QDateTime &since,
                                                               const QDateTime &until) const
{
    Scan scan(m_db,
              "SELECT code, first_contact_at, entered_at FROM customers WHERE entered_at >= ? AND "
              "entered_at < ? AND late_entry = 1 ORDER BY code",
              {sql::utcText(since), sql::utcText(until)});
    QList<LateEntry> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.utc(1), scan.utc(2)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::WeekCount>> RuleQueries::aCustomerWeeks(const QDateTime &weekStart,
                                                                  const QDateTime &weekEnd) const
{
    // Only the A customers that can break R6 come back (short of 2 records, or not with a senior
    // rep): a third of them. The time each became A is looked up for those alone.
    Scan scan(m_db,
              "SELECT code, login, senior, records, ifnull((SELECT max(h.at) FROM grade_history h "
              "WHERE h.customer_id = a.cid AND h.to_grade = 'A' AND h.from_grade <> 'A'), "
              "ifnull(a.graded, a.entered)) FROM (SELECT c.id AS cid, c.code AS code, "
              "ifnull(u.login, '') AS login, ifnull(u.senior, 0) AS senior, (SELECT count(*) FROM "
              "followups f WHERE f.customer_id = c.id AND f.contact_at >= ? AND f.contact_at < ?) "
              "AS records, g.graded_at AS graded, c.entered_at AS entered FROM customer_grades g "
              "JOIN customers c ON c.id = g.customer_id LEFT JOIN users u ON u.id = c.owner_id "
              "WHERE g.grade = 'A') AS a WHERE a.records < 2 OR a.senior = 0 ORDER BY a.code",
              {sql::utcText(weekStart), sql::utcText(weekEnd)});
    QList<WeekCount> rows;
    while (scan.next())
        rows.append(
            {scan.text(0), scan.text(1), scan.integer(2) != 0, int(scan.integer(3)), scan.utc(4)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::LastContact>> RuleQueries::staleCCustomers(const QDateTime &asOf,
                                                                     const QDateTime &before) const
{
    const QString at = sql::utcText(asOf);
    Scan scan(m_db,
              "SELECT code, last FROM (SELECT c.code AS code, ifnull((SELECT max(f.contact_at) "
              "FROM followups f WHERE f.customer_id = c.id AND f.contact_at <= ?), "
              "c.first_contact_at) AS last FROM customer_grades g JOIN customers c ON c.id = "
              "g.customer_id WHERE g.grade = 'C' AND c.first_contact_at <= ?) WHERE last < ? "
              "ORDER BY code",
              {at, at, sql::utcText(before)});
    QList<LastContact> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.utc(1)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::PlanStart>> RuleQueries::aCustomerPlans() const
{
    Scan scan(m_db,
              "SELECT c.code, c.first_contact_at, ifnull((SELECT max(h.at) FROM grade_history h "
              "WHERE h.customer_id = c.id AND h.to_grade = 'A' AND h.from_grade <> 'A'), "
              "ifnull(g.graded_at, c.entered_at)), (SELECT min(p.created_at) FROM plan_items p "
              "WHERE p.customer_id = c.id) FROM customer_grades g JOIN customers c ON c.id = "
              "g.customer_id WHERE g.grade = 'A' ORDER BY c.code",
              {});
    QList<PlanStart> rows;
    while (scan.next()) {
        PlanStart row{scan.text(0), scan.utc(1), scan.utc(2), std::nullopt};
        if (!scan.isNull(3))
            row.firstItemAt = scan.utc(3);
        rows.append(row);
    }
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::SupportRequest>> RuleQueries::supportRequests(QDate from, QDate to) const
{
    Scan scan(m_db,
              "SELECT c.code, p.action, p.support_requested_on, p.start_date FROM plan_items p "
              "JOIN customers c ON c.id = p.customer_id WHERE p.support_requested_on >= ? AND "
              "p.support_requested_on <= ? ORDER BY c.code, p.id",
              {sql::dateText(from), sql::dateText(to)});
    QList<SupportRequest> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.text(1), scan.date(2), scan.date(3)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

Result<QList<RuleQueries::LateRecord>> RuleQueries::lateRecords(const QDateTime &since,
                                                                const QDateTime &until) const
{
    // Through followups_late_by_recorded: the late records of the period alone.
    Scan scan(m_db,
              "SELECT c.code, f.contact_at, f.recorded_at FROM followups f JOIN customers c ON "
              "c.id = f.customer_id WHERE f.recorded_at >= ? AND f.recorded_at < ? AND f.late = 1 "
              "ORDER BY c.code, f.recorded_at",
              {sql::utcText(since), sql::utcText(until)});
    QList<LateRecord> rows;
    while (scan.next())
        rows.append({scan.text(0), scan.utc(1), scan.utc(2)});
    if (auto status = scan.status(); !status)
        return status.error();
    return rows;
}

} // namespace sf
