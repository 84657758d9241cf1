// SPDX-License-Identifier: MIT
#include "services/ReviewService.h"

#include "core/AuditEntry.h"
#include "services/RuleCheckService.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/DowngradeQueries.h"
#include "storage/FollowUpRepository.h"
#include "storage/ImmediateTransaction.h"
#include "storage/ReviewNoteRepository.h"
#include "storage/ReviewQueries.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace sf {

Status ReviewService::requireManager() const
{
    return m_context.requireRole({Role::Manager, Role::Admin},
                                 tr("Only a sales manager decides on downgrades (R13)."));
}

Result<ReviewAgenda> ReviewService::agenda(QDate weekOf)
{
    if (auto allowed = m_context.requireRole({Role::Manager, Role::Admin},
                                             tr("Only a sales manager runs the Monday review."));
        !allowed)
        return allowed.error();
    const QTimeZone tz = m_settings.timeZone();
    if (!weekOf.isValid())
        weekOf = m_context.now().toTimeZone(tz).date();
    ReviewAgenda agenda;
    agenda.weekStart = weekOf.addDays(1 - weekOf.dayOfWeek());
    // Monday 00:00 to Monday 00:00 in the team's time zone; "last week" is the one before.
    const QDateTime start = QDateTime(agenda.weekStart, QTime(0, 0), tz).toUTC();
    const QDateTime lastWeek = QDateTime(agenda.weekStart.addDays(-7), QTime(0, 0), tz).toUTC();
    auto rows =
        ReviewQueries(m_context.db)
            .agenda(lastWeek, start, agenda.weekStart.toString(Qt::ISODate), m_context.scope());
    if (!rows)
        return rows.error();
    const DowngradeQueries downgrades(m_context.db);
    auto candidates = downgrades.candidates(start);
    if (!candidates)
        return candidates.error();
    // A candidate the manager kept at B during the review week is no longer one.
    auto kept = downgrades.exemptedSince(start);
    if (!kept)
        return kept.error();
    QSet<QString> stalled;
    for (const auto &candidate : *candidates) {
        if (!kept->contains(candidate.customerId))
            stalled.insert(candidate.customerId);
    }
    auto notes = ReviewNoteRepository(m_context.db).ofWeek(agenda.weekStart);
    if (!notes)
        return notes.error();
    QHash<QString, QStringList> strategies;
    for (const ReviewNote &note : *notes)
        strategies[note.customerId] << note.text;
    for (const auto &row : *rows)
        agenda.entries.append({row.customerId, row.name, row.grade, row.ownerLogin, row.followUps,
                               row.progressEvents, row.openRisks, row.overdueActions,
                               stalled.contains(row.customerId),
                               strategies.value(row.customerId).join(u'\n')});
    return agenda;
}

Result<QList<RepCompliance>> ReviewService::compliance(QDate weekOf)
{
    if (auto allowed = m_context.requireRole({Role::Manager, Role::Admin},
                                             tr("Only a sales manager runs the Monday review."));
        !allowed)
        return allowed.error();
    const QTimeZone tz = m_settings.timeZone();
    if (!weekOf.isValid())
        weekOf = m_context.now().toTimeZone(tz).date();
    const QDate monday = weekOf.addDays(1 - weekOf.dayOfWeek());
    const QDateTime start = QDateTime(monday, QTime(0, 0), tz).toUTC();
    const QDateTime lastWeek = QDateTime(monday.addDays(-7), QTime(0, 0), tz).toUTC();
    // The rules as of the review week's start, events of last week: the same findings as
    // `rules check --as-of <Monday> --since <Monday a week before>`.
    auto report = m_rules.check(
        start, lastWeek,
        {QStringLiteral("R2"), QStringLiteral("R6"), QStringLiteral("R8"), QStringLiteral("R11")});
    if (!report)
        return report.error();
    const ReviewQueries queries(m_context.db);
    auto volumes = queries.volumes(lastWeek, start, m_context.scope());
    if (!volumes)
        return volumes.error();
    QStringList found;
    for (const RuleFinding &finding : report->findings)
        found << finding.customerId;
    auto owners = queries.ownersOf(found);
    if (!owners)
        return owners.error();
    QMap<QString, RepCompliance> reps;
    for (const auto &volume : *volumes) {
        RepCompliance &rep = reps[volume.ownerLogin];
        rep.ownerLogin = volume.ownerLogin;
        rep.entries = volume.entries;
        rep.records = volume.records;
        rep.aCustomers = volume.aCustomers;
    }
    // R6 also reports A customers owned by a non-senior rep: only the week counts here.
    for (const RuleFinding &finding : report->findings) {
        RepCompliance &rep = reps[owners->value(finding.customerId)];
        rep.ownerLogin = owners->value(finding.customerId);
        if (finding.rule == QLatin1String("R2"))
            ++rep.lateEntries;
        else if (finding.rule == QLatin1String("R8"))
            ++rep.latePlans;
        else if (finding.rule == QLatin1String("R11"))
            ++rep.lateRecords;
        else if (finding.rule == QLatin1String("R6") && finding.weekShortfall)
            ++rep.aShort;
    }
    return reps.values();
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
    auto applied = DowngradeQueries(m_context.db)
                       .apply(asOf.toUTC(), m_context.actor.login, m_context.scope());
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

Status ReviewService::downgrade(const QString &customerId, bool invalidLead, const QString &reason)
{
    if (auto allowed = requireManager(); !allowed)
        return allowed;
    auto rowId = m_context.customerRowId(customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    const DowngradeQueries queries(m_context.db);
    const QDateTime now = m_context.now();
    const QString why = reason.trimmed().isEmpty() ? QStringLiteral("R13")
                                                   : QStringLiteral("R13: ") + reason.trimmed();
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    if (auto graded = queries.regrade(*rowId, QStringLiteral("C"), why, m_context.actor.login, now);
        !graded)
        return graded;
    if (auto audited =
            m_context.audit(QStringLiteral("customer"), customerId.toUpper(),
                            QStringLiteral("grade"), QStringLiteral("B"), QStringLiteral("C"));
        !audited)
        return audited;
    if (invalidLead) {
        auto previous = queries.setStatus(*rowId, QStringLiteral("invalid"), now);
        if (!previous)
            return previous.error();
        // The audit row keeps the status it had: undoing the downgrade restores it.
        if (auto audited =
                m_context.audit(QStringLiteral("customer"), customerId.toUpper(),
                                QStringLiteral("status"), *previous, QStringLiteral("invalid"));
            !audited)
            return audited;
    }
    return tx.commit();
}

Status ReviewService::exempt(const QString &customerId, const QString &reason)
{
    if (auto allowed = requireManager(); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the customer stays at B (R13)."), QStringLiteral("R13"));
    auto rowId = m_context.customerRowId(customerId, Access::Write);
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
    auto rowId = m_context.customerRowId(customerId, Access::Write);
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
    if (auto restored = queries.regrade(*rowId, (*last)->from, tr("Downgrade (R13) undone"),
                                        m_context.actor.login, m_context.now());
        !restored)
        return restored;
    if (auto audited = m_context.audit(QStringLiteral("customer"), customerId.toUpper(),
                                       QStringLiteral("grade"), QStringLiteral("C"), (*last)->from);
        !audited)
        return audited;
    // A downgrade to an invalid lead also gets its status back: the one the audit row kept.
    auto trail =
        AuditRepository(m_context.db).forEntity(QStringLiteral("customer"), customerId.toUpper());
    if (!trail)
        return trail.error();
    for (const AuditEntry &entry : *trail) { // newest first
        if (entry.at < (*last)->at)
            break;
        if (entry.field != QLatin1String("status"))
            continue;
        if (entry.newValue == QLatin1String("invalid") && !entry.oldValue.isEmpty()) {
            if (auto restored = queries.setStatus(*rowId, entry.oldValue, m_context.now());
                !restored)
                return restored.error();
            if (auto audited = m_context.audit(QStringLiteral("customer"), customerId.toUpper(),
                                               QStringLiteral("status"), QStringLiteral("invalid"),
                                               entry.oldValue);
                !audited)
                return audited;
        }
        break;
    }
    return tx.commit();
}

Status ReviewService::recordStrategy(const QString &customerId, const QString &text)
{
    if (auto allowed = requireManager(); !allowed)
        return allowed;
    const QString strategy = text.trimmed();
    if (strategy.isEmpty())
        return Error::invalid(tr("Write the strategy adjustment decided for %1.").arg(customerId),
                              QStringLiteral("R12"));
    if (strategy.size() > kStrategyLength)
        return Error::invalid(
            tr("The strategy adjustment is longer than %1 characters.").arg(kStrategyLength),
            QStringLiteral("R12"));
    auto rowId = m_context.customerRowId(customerId, Access::Write);
    if (!rowId)
        return rowId.error();
    const QTimeZone tz = m_settings.timeZone();
    const QDate today = m_context.now().toTimeZone(tz).date();
    ReviewNote note;
    note.weekStart = today.addDays(1 - today.dayOfWeek());
    note.text = strategy;
    note.recordedBy = m_context.actor.login;
    note.recordedAt = m_context.now();
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    if (auto saved = ReviewNoteRepository(m_context.db).insert(*rowId, note); !saved)
        return saved.error();
    if (auto audited = m_context.audit(QStringLiteral("customer"), customerId.trimmed().toUpper(),
                                       QStringLiteral("strategy"), QString(), strategy);
        !audited)
        return audited;
    return tx.commit();
}

} // namespace sf
