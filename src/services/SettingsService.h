// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"
#include "core/GradeProposal.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace sf {

struct ServiceContext;

// Team-wide settings kept in the database, so every desktop of the team evaluates the rules alike.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(ServiceContext &context)
        : m_context(context)
    {}

    static QString defaultTimeZoneId() { return QStringLiteral("Asia/Shanghai"); }

    // The team's time zone: dates and deadlines are evaluated in it (design.md).
    QTimeZone timeZone() const;
    Status setTimeZone(const QString &ianaId);

    // R4: the thresholds of the grade proposal (defaults: A from 16 with every score 3+, B from
    // 11).
    GradeThresholds gradeThresholds() const;
    Status setGradeThresholds(const GradeThresholds &thresholds);

    // R7: a C customer is contacted every this many days (default 30, 1–365).
    static constexpr int kDefaultMaintenanceDays = 30;
    int maintenanceDays() const;
    Status setMaintenanceDays(int days);

    // Contract numbers: {year} and {serial:N} (default HT{year}{serial:4}, e.g. HT20260001).
    static constexpr const char *kDefaultNumberFormat = "HT{year}{serial:4}";
    QString contractNumberFormat() const;
    Status setContractNumberFormat(const QString &format);

    // Stage 4: a renewal opportunity is opened this many days before a contract ends (default
    // 60, 1–365).
    static constexpr int kDefaultRenewalDays = 60;
    int renewalReminderDays() const;
    Status setRenewalReminderDays(int days);

private:
    // Writes a setting and its audit row in one transaction.
    Status store(const QString &key, const QString &oldValue, const QString &newValue);

    ServiceContext &m_context;
};

} // namespace sf
