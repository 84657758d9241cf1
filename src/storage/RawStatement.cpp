// SPDX-License-Identifier: MIT
#include "storage/RawStatement.h"

#include "core/Log.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sf {

RawStatement::RawStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!db || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
                   SQLITE_OK) {
        m_statement = nullptr;
        m_failed = true;
        layerLogger("storage")->error("cannot prepare {}: {}", sql, db ? sqlite3_errmsg(db) : "");
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement &RawStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

RawStatement &RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

RawStatement &RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool RawStatement::step()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        layerLogger("storage")->error("statement failed: {}", sqlite3_errmsg(m_db));
    }
    return false;
}

bool RawStatement::run()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!done) {
        m_failed = true;
        layerLogger("storage")->error("statement failed: {}", sqlite3_errmsg(m_db));
    }
    reset();
    return done;
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 RawStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString RawStatement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

Error RawStatement::error() const
{
    return Error::storage(
        QCoreApplication::translate("Database", "The database refused a change: %1")
            .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "")));
}

} // namespace sf
