// SPDX-License-Identifier: MIT
#include "storage/SqlDialect.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

namespace sf::sql {

QString greatest(Dialect dialect, const QString &a, const QString &b)
{
    return (dialect == Dialect::PostgreSQL ? QStringLiteral("GREATEST(%1, %2)")
                                           : QStringLiteral("max(%1, %2)"))
        .arg(a, b);
}

QString orderedJoins(Dialect dialect, const QString &statement)
{
    if (dialect != Dialect::PostgreSQL)
        return statement;
    return QString(statement).replace(QLatin1String("CROSS JOIN"), QLatin1String("JOIN"));
}

QString likeIgnoringCase(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

Result<qint64> insertReturningId(const Database &db, const QString &insert,
                                 const QVariantList &values)
{
    if (db.dialect() != Dialect::PostgreSQL)
        return insertedId(run(db, insert, values));
    auto query = run(db, insert + QStringLiteral(" RETURNING id"), values);
    if (!query)
        return query.error();
    if (!query->next())
        return errorOf(*query);
    return query->value(0).toLongLong();
}

} // namespace sf::sql
