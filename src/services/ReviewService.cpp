// SPDX-License-Identifier: MIT
#include "services/ReviewService.h"

#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/DowngradeQueries.h"
#include "storage/FollowUpRepository.h"
#include "storage/ImmediateTransaction.h"

namespace sf {

Status ReviewService::requireManager() const
{
    return m_context.requireRole({Role::Manager, Role::Admin},
                                 tr("Only a sales manager decides on downgrades (R13)."));
}

Result<qint64> ReviewService::requireCustomer(const QString &customerId) const
{
    auto rowId = FollowUpRepository(m_context.db).customerRowId(customerId.trimmed().toUpper());
    if (!rowId)
        return rowId.error();
    if (!*rowId)
        return Error::notFound(tr("There is no customer %1.").arg(customerId));
    return **rowId;
}

Result<QList<Downgrade>> ReviewService::applyDowngrades(const QDateTime &asOf)
{
    if (auto allowed = requireManager(); !allowed)
        return allowed.error();
    if (!asOf.isValid())
        return Error::invalid(tr("The as-of time is not a valid date and time."));
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto applied = DowngradeQueries(m_context.db).apply(asOf.toUTC(), m_context.actor.login);
    if (!applied)
        return applied.error();
    if (!applied->isEmpty()) {
        if (auto audited = m_context.audit(
                QStringLiteral("rules"), QStringLiteral("R13"), QStringLiteral("downgraded"),
                asOf.toUTC().toString(Qt::ISODate), QString::number(applied->size()));
            !audited)
            return audited.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    QList<Downgrade> downgrades;
    for (const QString &id : std::as_const(*applied))
        downgrades.append({id, QStringLiteral("B"), QStringLiteral("C")});
    return downgrades;
}

Status ReviewService::exempt(const QString &customerId, const QString &reason)
{
    if (auto allowed = requireManager(); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the customer stays at B (R13)."), QStringLiteral("R13"));
    auto rowId = requireCustomer(customerId);
    if (!rowId)
        return rowId.error();
    // Until next week's review: the coming Monday 00:00 in the team's time zone.
    const QTimeZone tz = m_settings.timeZone();
    const QDate today = m_context.now().toTimeZone(tz).date();
    const QDateTime until =
        QDateTime(today.addDays(8 - today.dayOfWeek()), QTime(0, 0), tz).toUTC();
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    if (auto saved =
            DowngradeQueries(m_context.db)
                .exempt(*rowId, reason.trimmed(), until, m_context.actor.login, m_context.now());
        !saved)
        return saved;
    if (auto audited = m_context.audit(QStringLiteral("customer"), customerId.toUpper(),
                                       QStringLiteral("r13_exemption"), {}, reason.trimmed());
        !audited)
        return audited;
    return tx.commit();
}

Status ReviewService::undoDowngrade(const QString &customerId)
{
    if (auto allowed = requireManager(); !allowed)
        return allowed;
    auto rowId = requireCustomer(customerId);
    if (!rowId)
        return rowId.error();
    const DowngradeQueries queries(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    auto last = queries.lastDowngrade(*rowId);
    if (!last)
        return last.error();
    if (!*last)
        return Error::invalid(tr("%1 was not downgraded by R13 as its last grade change: there is "
                                 "nothing to undo.")
                                  .arg(customerId.toUpper()),
                              QStringLiteral("R13"));
    if (auto restored = queries.restore(*rowId, (*last)->from, tr("Downgrade (R13) undone"),
                                        m_context.actor.login, m_context.now());
        !restored)
        return restored;
    if (auto audited = m_context.audit(QStringLiteral("customer"), customerId.toUpper(),
                                       QStringLiteral("grade"), QStringLiteral("C"), (*last)->from);
        !audited)
        return audited;
    return tx.commit();
}

} // namespace sf
