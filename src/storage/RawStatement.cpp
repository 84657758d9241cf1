// SPDX-License-Identifier: MIT
#include "storage/RawStatement.h"

#include "core/Log.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace sf {

QString numberedPlaceholders(const char *sql)
{
    const QString text = QString::fromUtf8(sql);
    QString out;
    out.reserve(text.size() + 16);
    int next = 1;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
        } else if (c == u'?') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            if (end > i + 1) {
                out += u'$' + text.mid(i + 1, end - i - 1);
                i = end - 1;
            } else {
                out += u'$' + QString::number(next++);
            }
        } else {
            out += c;
        }
    }
    return out;
}

RawStatement::RawStatement(const Database &db, const char *sql)
{
    if (db.dialect() == Dialect::PostgreSQL) {
        m_query = std::make_unique<QSqlQuery>(db.connection());
        m_query->setForwardOnly(true);
        if (QByteArray(sql).trimmed().startsWith("INSERT")) {
            m_lastId = std::make_unique<QSqlQuery>(db.connection());
            m_lastId->prepare(QStringLiteral("SELECT lastval()"));
        }
        m_prepared = m_query->prepare(numberedPlaceholders(sql));
        if (!m_prepared) {
            layerLogger("storage")->error("cannot prepare {}: {}", sql,
                                          qUtf8Printable(m_query->lastError().text()));
        }
        return;
    }
    m_db = db.handle();
    m_prepared = m_db && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement,
                                            nullptr) == SQLITE_OK;
    if (!m_prepared) {
        m_statement = nullptr;
        layerLogger("storage")->error("cannot prepare {}: {}", sql,
                                      m_db ? sqlite3_errmsg(m_db) : "");
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

bool RawStatement::prepared() const
{
    return m_prepared;
}

RawStatement &RawStatement::bind(int index, const QString &text)
{
    if (m_query) {
        // A null QString would be NULL to QPSQL; SQLite's binding makes it ''.
        m_query->bindValue(index - 1, text.isNull() ? QStringLiteral("") : text);
        return *this;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

RawStatement &RawStatement::bind(int index, qint64 value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return *this;
    }
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

RawStatement &RawStatement::bindNull(int index)
{
    if (m_query) {
        m_query->bindValue(index - 1, QVariant(QMetaType(QMetaType::QString)));
        return *this;
    }
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool RawStatement::step()
{
    if (m_query) {
        if (!m_query->isActive()) {
            if (!m_query->exec()) {
                layerLogger("storage")->error("statement failed: {}",
                                              qUtf8Printable(m_query->lastError().text()));
                return false;
            }
        }
        return m_query->next();
    }
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        layerLogger("storage")->error("statement failed: {}", sqlite3_errmsg(m_db));
    }
    return false;
}

bool RawStatement::run()
{
    if (m_query) {
        const bool done = m_query->exec();
        if (!done) {
            layerLogger("storage")->error("statement failed: {}",
                                          qUtf8Printable(m_query->lastError().text()));
        }
        m_query->finish();
        return done;
    }
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!done) {
        layerLogger("storage")->error("statement failed: {}", sqlite3_errmsg(m_db));
    }
    reset();
    return done;
}

void RawStatement::reset()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 RawStatement::lastInsertRowId() const
{
    if (!m_query)
        return sqlite3_last_insert_rowid(m_db);
    if (!m_lastId || !m_lastId->exec() || !m_lastId->next())
        return 0;
    const qint64 id = m_lastId->value(0).toLongLong();
    m_lastId->finish();
    return id;
}

QString RawStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QString RawStatement::failure() const
{
    if (m_query)
        return m_query->lastError().text();
    return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "");
}

Error RawStatement::error() const
{
    return Error::storage(
        QCoreApplication::translate("Database", "The database refused a change: %1")
            .arg(failure()));
}

} // namespace sf
