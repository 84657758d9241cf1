// SPDX-License-Identifier: MIT
#include "storage/IdSequenceRepository.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

namespace sf {

Result<int> IdSequenceRepository::lastSerial(const QString &region, int year) const
{
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT last_serial FROM customer_id_serials WHERE region = ? AND year = ?"),
        {region, year});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status IdSequenceRepository::reserve(const QString &region, int year, int serial)
{
    auto query = sql::run(
        m_db,
        QStringLiteral("INSERT INTO customer_id_serials (region, year, "
                       "last_serial) VALUES (?, ?, ?) "
                       "ON CONFLICT (region, year) DO UPDATE SET last_serial = ") +
            sql::greatest(m_db.dialect(), QStringLiteral("customer_id_serials.last_serial"),
                          QStringLiteral("excluded.last_serial")),
        {region, year, serial});
    return query ? Status(Ok{}) : Status(query.error());
}

} // namespace sf
