// SPDX-License-Identifier: MIT
#include "services/SettingsService.h"

#include "services/ServiceContext.h"
#include "storage/ImmediateTransaction.h"
#include "storage/SettingsRepository.h"

namespace sf {
namespace {

const QString kTimeZoneKey = QStringLiteral("team.time_zone");

} // namespace

QTimeZone SettingsService::timeZone() const
{
    auto stored = SettingsRepository(m_context.db).value(kTimeZoneKey);
    const QString id = stored && stored->has_value() ? **stored : defaultTimeZoneId();
    QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone(defaultTimeZoneId().toUtf8());
}

Status SettingsService::setTimeZone(const QString &ianaId)
{
    if (auto allowed = m_context.requireRole(
            {Role::Admin}, tr("Only an administrator may change the team's time zone."));
        !allowed)
        return allowed;
    if (!QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8()))
        return Error::invalid(tr("%1 is not a known time zone.").arg(ianaId));
    const QString old = QString::fromUtf8(timeZone().id());
    if (old == ianaId)
        return Ok{};
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    if (auto status =
            SettingsRepository(m_context.db).setValue(kTimeZoneKey, ianaId, m_context.now());
        !status)
        return status;
    if (auto status = m_context.audit(QStringLiteral("setting"), kTimeZoneKey,
                                      QStringLiteral("value"), old, ianaId);
        !status)
        return status;
    return tx.commit();
}

} // namespace sf
