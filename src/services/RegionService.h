// SPDX-License-Identifier: MIT
#pragma once

#include "core/Region.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

struct ServiceContext;

// Sales regions: their codes start customer ids (R1). Administrators add and rename them.
class RegionService
{
    Q_DECLARE_TR_FUNCTIONS(RegionService)

public:
    explicit RegionService(ServiceContext &context)
        : m_context(context)
    {}

    Result<QList<Region>> list() const;
    Result<std::optional<Region>> find(const QString &code) const;
    Status add(const QString &code, const QString &name);
    // Saves a changed name or active flag; `region.version` must be the one that was read.
    Status update(const Region &region);

private:
    Status validateName(const QString &name) const;
    ServiceContext &m_context;
};

} // namespace sf
