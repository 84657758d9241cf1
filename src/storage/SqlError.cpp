// SPDX-License-Identifier: MIT
#include "storage/SqlError.h"

#include "core/Log.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sf::sql {

Error errorOf(const QSqlQuery &query)
{
    const QString detail = query.lastError().text();
    // SQLITE_INTERRUPT (9), PostgreSQL's query_canceled (57014): stopped on purpose
    // (Database::interrupt), not a failure.
    const QString code = query.lastError().nativeErrorCode();
    const bool interrupted = code == QLatin1String("9") || code == QLatin1String("57014");
    layerLogger("storage")->log(interrupted ? spdlog::level::debug : spdlog::level::err,
                                "SQL failed: {} -- {}", qUtf8Printable(query.lastQuery()),
                                qUtf8Printable(detail));
    return Error::storage(
        QCoreApplication::translate("Database", "Database error: %1").arg(detail));
}

Result<QSqlQuery> prepare(const Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(statement))
        return errorOf(query);
    return query;
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return errorOf(query);
    return Ok{};
}

namespace {
Result<QSqlQuery> runQuery(const Database &db, const QString &statement, const QVariantList &values,
                           bool forwardOnly)
{
    auto query = prepare(db, statement);
    if (!query)
        return query;
    query->setForwardOnly(forwardOnly);
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto status = exec(*query); !status)
        return status.error();
    return query;
}
} // namespace

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    return runQuery(db, statement, values, false);
}

Result<QSqlQuery> scan(const Database &db, const QString &statement, const QVariantList &values)
{
    return runQuery(db, statement, values, true);
}

Result<qint64> insertedId(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

} // namespace sf::sql
