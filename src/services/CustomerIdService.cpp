// SPDX-License-Identifier: MIT
#include "services/CustomerIdService.h"

#include "services/ServiceContext.h"
#include "storage/IdSequenceRepository.h"
#include "storage/RegionRepository.h"

namespace sf {
namespace {

Status requireKnownRegion(const ServiceContext &context, const QString &code)
{
    auto region = RegionRepository(context.db).find(code);
    if (!region)
        return region.error();
    if (!region->has_value())
        return Error::invalid(CustomerIdService::tr("%1 is not a known region code.").arg(code),
                              QStringLiteral("R1"));
    return Ok{};
}

} // namespace

Result<CustomerId> CustomerIdService::validate(const QString &id) const
{
    auto parsed = CustomerId::parse(id);
    if (!parsed)
        return parsed;
    if (auto known = requireKnownRegion(m_context, parsed->region); !known)
        return known.error();
    return parsed;
}

Result<QString> CustomerIdService::peekNext(const QString &region, int year) const
{
    const QString code = region.trimmed().toUpper();
    if (auto known = requireKnownRegion(m_context, code); !known)
        return known.error();
    if (year < CustomerId::kMinYear || year > CustomerId::kMaxYear)
        return Error::invalid(tr("The year %1 is out of range (%2–%3).")
                                  .arg(year)
                                  .arg(CustomerId::kMinYear)
                                  .arg(CustomerId::kMaxYear),
                              QStringLiteral("R1"));
    auto last = IdSequenceRepository(m_context.db).lastSerial(code, year);
    if (!last)
        return last.error();
    return CustomerId::format(code, year, nextSerial(*last));
}

} // namespace sf
