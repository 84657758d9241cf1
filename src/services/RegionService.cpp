// SPDX-License-Identifier: MIT
#include "services/RegionService.h"

#include "services/ServiceContext.h"
#include "storage/ImmediateTransaction.h"
#include "storage/RegionRepository.h"

#include <QRegularExpression>

namespace sf {
namespace {

constexpr int kMaxNameLength = 30;

} // namespace

Result<QList<Region>> RegionService::list() const
{
    return RegionRepository(m_context.db).all();
}

Result<std::optional<Region>> RegionService::find(const QString &code) const
{
    return RegionRepository(m_context.db).find(code);
}

Status RegionService::validateName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("The region needs a name."));
    if (name.trimmed().size() > kMaxNameLength)
        return Error::invalid(
            tr("The region name is longer than %1 characters.").arg(kMaxNameLength));
    return Ok{};
}

Status RegionService::add(const QString &code, const QString &name)
{
    if (auto allowed =
            m_context.requireRole({Role::Admin}, tr("Only an administrator may add regions."));
        !allowed)
        return allowed;
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2,3}$"));
    if (!pattern.match(code).hasMatch())
        return Error::invalid(
            tr("The region code must be 2 or 3 capital letters (e.g. HZ), not \"%1\".").arg(code),
            QStringLiteral("R1"));
    if (auto valid = validateName(name); !valid)
        return valid;
    RegionRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto existing = repository.find(code);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(
            tr("The region %1 (%2) already exists.").arg(code, existing->value().name));
    if (auto status = repository.insert({code, name.trimmed(), true, 1}, m_context.now()); !status)
        return status;
    if (auto status = m_context.audit(QStringLiteral("region"), code, QStringLiteral("name"),
                                      QString(), name.trimmed());
        !status)
        return status;
    return tx.commit();
}

Status RegionService::update(const Region &region)
{
    if (auto allowed =
            m_context.requireRole({Role::Admin}, tr("Only an administrator may change regions."));
        !allowed)
        return allowed;
    if (auto valid = validateName(region.name); !valid)
        return valid;
    RegionRepository repository(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto old = repository.find(region.code);
    if (!old)
        return old.error();
    if (!old->has_value())
        return Error::notFound(tr("There is no region %1.").arg(region.code));
    Region changed = region;
    changed.name = region.name.trimmed();
    if (auto status = repository.update(changed); !status)
        return status;
    const Region &before = old->value();
    if (before.name != changed.name) {
        if (auto status = m_context.audit(QStringLiteral("region"), region.code,
                                          QStringLiteral("name"), before.name, changed.name);
            !status)
            return status;
    }
    if (before.active != changed.active) {
        if (auto status =
                m_context.audit(QStringLiteral("region"), region.code, QStringLiteral("active"),
                                QString::number(before.active), QString::number(changed.active));
            !status)
            return status;
    }
    return tx.commit();
}

} // namespace sf
