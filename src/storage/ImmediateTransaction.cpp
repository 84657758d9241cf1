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
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
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

} // namespace sf
