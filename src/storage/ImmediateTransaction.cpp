// SPDX-License-Identifier: MIT
#include "storage/ImmediateTransaction.h"

#include "core/Log.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

namespace sf {

ImmediateTransaction::ImmediateTransaction(const Database &db)
    : m_db(db)
{
    QSqlQuery query(db.connection());
    // PostgreSQL has no database-wide write lock to take up front: a plain BEGIN (READ COMMITTED);
    // rows lock when written, and the version columns turn a lost update into a conflict.
    const QString begin = db.dialect() == Dialect::PostgreSQL ? QStringLiteral("BEGIN")
                                                              : QStringLiteral("BEGIN IMMEDIATE");
    if (query.exec(begin))
        m_state = State::Open;
    else
        m_error = sql::errorOf(query);
}

ImmediateTransaction::~ImmediateTransaction()
{
    if (m_state != State::Open)
        return;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        layerLogger("storage")->error("ROLLBACK failed");
}

Status ImmediateTransaction::commit()
{
    if (m_state != State::Open)
        return m_error;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("COMMIT")))
        return sql::errorOf(query); // still open: the destructor rolls back
    m_state = State::Committed;
    return Ok{};
}

BulkWriteCache::BulkWriteCache(const Database &db)
    : m_db(db)
    , m_previousKiB(db.cacheSizeKiB())
{
    if (!db.setCacheSizeKiB(kCacheKiB))
        layerLogger("storage")->warn("cannot enlarge the page cache for a bulk write");
}

BulkWriteCache::~BulkWriteCache()
{
    if (!m_db.setCacheSizeKiB(m_previousKiB))
        layerLogger("storage")->warn("cannot restore the page cache size");
}

} // namespace sf
