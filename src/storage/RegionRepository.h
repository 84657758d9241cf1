// SPDX-License-Identifier: MIT
#pragma once

#include "core/Region.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

class Database;

class RegionRepository
{
public:
    explicit RegionRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<Region>> all() const;
    Result<std::optional<Region>> find(const QString &code) const;
    Status insert(const Region &region, const QDateTime &now);
    // Saves name and active flag if the stored version is still `region.version`; a stale
    // version is a conflict, never a silent overwrite.
    Status update(const Region &region);

private:
    const Database &m_db;
};

} // namespace sf
