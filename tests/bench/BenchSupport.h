// SPDX-License-Identifier: MIT
#pragma once

// What the benchmarks share: dates and times as SalesFlow stores them without QDateTime in the
// hot loops, timing and percentiles, a statement on the raw SQLite handle, opening a workspace,
// and the conversations the generated follow-ups quote.
#include "services/Clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <sqlite3.h>
#include <string>

namespace sf {
class Workspace;
}

namespace sf::bench {

// A line on standard error about what the benchmark is doing.
void progress(const char *text);

qint64 floorDiv(qint64 a, qint64 b);

struct Civil
{
    int y, m, d;
};
// The calendar date of a day count since 1970-01-01.
Civil civilFromDays(qint64 z);
// 'YYYY-MM-DDTHH:MM:SSZ', as sql::utcText writes it.
std::string utcText(qint64 secs);

double percentile(QList<double> values, double p);
// Milliseconds to one decimal.
double rounded(double ms);
double msSince(const QElapsedTimer &timer);
QJsonArray runsJson(const QList<double> &runs);

// A statement on the raw handle; any failure ends the benchmark.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            qFatal("cannot prepare %s: %s", sql, sqlite3_errmsg(db));
    }
    Statement(sqlite3 *db, const std::string &sql)
        : Statement(db, sql.c_str())
    {}
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &text(int index, const std::string &value)
    {
        sqlite3_bind_text(m_statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &integer(int index, qint64 value)
    {
        sqlite3_bind_int64(m_statement, index, value);
        return *this;
    }
    Statement &null(int index)
    {
        sqlite3_bind_null(m_statement, index);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            qFatal("statement failed: %s", sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        sqlite3_reset(m_statement);
    }
    bool next()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            qFatal("query failed: %s", sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return false;
    }
    const unsigned char *textAt(int column) const
    {
        return sqlite3_column_text(m_statement, column);
    }
    qint64 integerAt(int column) const { return sqlite3_column_int64(m_statement, column); }
    std::string stringAt(int column) const
    {
        const unsigned char *text = textAt(column);
        return text ? std::string(reinterpret_cast<const char *>(text),
                                  size_t(sqlite3_column_bytes(m_statement, column)))
                    : std::string();
    }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

sqlite3 *openRaw(const QString &path);
void exec(sqlite3 *db, const char *sql);
std::unique_ptr<Workspace> openWorkspace(const QString &path, Clock clock);

// What was said, fed back, planned next and feared, for generated follow-ups.
struct Talk
{
    const char *content, *feedback, *next, *risk;
};
extern const std::array<Talk, 5> kTalks;

} // namespace sf::bench
