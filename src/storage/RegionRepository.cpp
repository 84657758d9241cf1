// SPDX-License-Identifier: MIT
#include "storage/RegionRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>

namespace sf {
namespace {

const QString kSelect = QStringLiteral("SELECT code, name, active, version FROM regions");

Region regionFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(),
            query.value(3).toInt()};
}

} // namespace

Result<QList<Region>> RegionRepository::all() const
{
    auto query = sql::run(m_db, kSelect + QStringLiteral(" ORDER BY code"));
    if (!query)
        return query.error();
    QList<Region> regions;
    while (query->next())
        regions.append(regionFrom(*query));
    return regions;
}

Result<std::optional<Region>> RegionRepository::find(const QString &code) const
{
    auto query = sql::run(m_db, kSelect + QStringLiteral(" WHERE code = ?"), {code});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Region>();
    return std::optional<Region>(regionFrom(*query));
}

Status RegionRepository::insert(const Region &region, const QDateTime &now)
{
    auto query = sql::run(m_db,
                          QStringLiteral("INSERT INTO regions (code, name, active, version, "
                                         "created_at) VALUES (?, ?, ?, 1, ?)"),
                          {region.code, region.name, region.active ? 1 : 0, sql::utcText(now)});
    return query ? Status(Ok{}) : Status(query.error());
}

Status RegionRepository::update(const Region &region)
{
    auto query = sql::run(m_db,
                          QStringLiteral("UPDATE regions SET name = ?, active = ?, "
                                         "version = version + 1 WHERE code = ? AND version = ?"),
                          {region.name, region.active ? 1 : 0, region.code, region.version});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error::conflict(
            QCoreApplication::translate(
                "RegionRepository", "Region %1 was changed or removed by someone else; reload it.")
                .arg(region.code));
    return Ok{};
}

} // namespace sf
