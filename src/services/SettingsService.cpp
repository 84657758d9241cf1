// SPDX-License-Identifier: MIT
#include "services/SettingsService.h"

#include "services/ServiceContext.h"
#include "storage/ImmediateTransaction.h"
#include "storage/SettingsRepository.h"

namespace sf {
namespace {

const QString kTimeZoneKey = QStringLiteral("team.time_zone");
const QString kGradeThresholdsKey = QStringLiteral("grade.thresholds");
const QString kMaintenanceDaysKey = QStringLiteral("r7.maintenance_days");
const QString kContractNumberFormatKey = QStringLiteral("contract.number_format");
const QString kRenewalDaysKey = QStringLiteral("renewal.reminder_days");

QString thresholdsText(const GradeThresholds &thresholds)
{
    return QStringLiteral("%1,%2,%3")
        .arg(thresholds.aMinTotal)
        .arg(thresholds.bMinTotal)
        .arg(thresholds.aMinEach);
}

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
    return store(kTimeZoneKey, old, ianaId);
}

Status SettingsService::store(const QString &key, const QString &oldValue, const QString &newValue)
{
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    if (auto status = SettingsRepository(m_context.db).setValue(key, newValue, m_context.now());
        !status)
        return status;
    if (auto status = m_context.audit(QStringLiteral("setting"), key, QStringLiteral("value"),
                                      oldValue, newValue);
        !status)
        return status;
    return tx.commit();
}

GradeThresholds SettingsService::gradeThresholds() const
{
    auto stored = SettingsRepository(m_context.db).value(kGradeThresholdsKey);
    if (!stored || !stored->has_value())
        return {};
    const QStringList parts = (*stored)->split(u',');
    if (parts.size() != 3)
        return {};
    return {parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt()};
}

Status SettingsService::setGradeThresholds(const GradeThresholds &thresholds)
{
    if (auto allowed = m_context.requireRole(
            {Role::Admin}, tr("Only an administrator may change the grading thresholds."));
        !allowed)
        return allowed;
    const int maxTotal = 4 * GradeScores::kMaxScore;
    if (thresholds.bMinTotal < 4 || thresholds.aMinTotal <= thresholds.bMinTotal ||
        thresholds.aMinTotal > maxTotal || thresholds.aMinEach < GradeScores::kMinScore ||
        thresholds.aMinEach > GradeScores::kMaxScore)
        return Error::invalid(tr("The thresholds must satisfy 4 ≤ B < A ≤ %1 and 1 ≤ minimum score "
                                 "for A ≤ 5.")
                                  .arg(maxTotal),
                              QStringLiteral("R4"));
    return store(kGradeThresholdsKey, thresholdsText(gradeThresholds()),
                 thresholdsText(thresholds));
}

int SettingsService::maintenanceDays() const
{
    auto stored = SettingsRepository(m_context.db).value(kMaintenanceDaysKey);
    bool ok = false;
    const int days = stored && stored->has_value() ? (*stored)->toInt(&ok) : 0;
    return ok && days >= 1 && days <= 365 ? days : kDefaultMaintenanceDays;
}

Status SettingsService::setMaintenanceDays(int days)
{
    if (auto allowed = m_context.requireRole(
            {Role::Admin}, tr("Only an administrator may change the maintenance interval."));
        !allowed)
        return allowed;
    if (days < 1 || days > 365)
        return Error::invalid(
            tr("The maintenance interval must be 1 to 365 days, not %1.").arg(days),
            QStringLiteral("R7"));
    return store(kMaintenanceDaysKey, QString::number(maintenanceDays()), QString::number(days));
}

QString SettingsService::contractNumberFormat() const
{
    auto stored = SettingsRepository(m_context.db).value(kContractNumberFormatKey);
    const QString format = stored && stored->has_value() ? **stored : QString();
    return ContractRules::isValidNumberFormat(format) ? format
                                                      : QString::fromLatin1(kDefaultNumberFormat);
}

Status SettingsService::setContractNumberFormat(const QString &format)
{
    if (auto allowed = m_context.requireRole(
            {Role::Admin}, tr("Only an administrator may change the contract number format."));
        !allowed)
        return allowed;
    if (!ContractRules::isValidNumberFormat(format.trimmed()))
        return Error::invalid(tr("The contract number format \"%1\" has no {serial}: write, for "
                                 "example, HT{year}{serial:4}.")
                                  .arg(format));
    return store(kContractNumberFormatKey, contractNumberFormat(), format.trimmed());
}

int SettingsService::renewalReminderDays() const
{
    auto stored = SettingsRepository(m_context.db).value(kRenewalDaysKey);
    bool ok = false;
    const int days = stored && stored->has_value() ? (*stored)->toInt(&ok) : 0;
    return ok && days >= 1 && days <= 365 ? days : kDefaultRenewalDays;
}

Status SettingsService::setRenewalReminderDays(int days)
{
    if (auto allowed = m_context.requireRole(
            {Role::Admin}, tr("Only an administrator may change the renewal reminder."));
        !allowed)
        return allowed;
    if (days < 1 || days > 365)
        return Error::invalid(tr("The renewal reminder must be 1 to 365 days before a contract "
                                 "ends, not %1.")
                                  .arg(days));
    return store(kRenewalDaysKey, QString::number(renewalReminderDays()), QString::number(days));
}

} // namespace sf
