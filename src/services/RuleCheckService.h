// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sf {

class CalendarService;
class SettingsService;
struct ServiceContext;

// One open violation or reminder of a rule of process.md.
struct RuleFinding
{
    QString rule;       // "R6"
    QString customerId; // R1 id
    QString detail;     // translated sentence
    // R6 has two findings: fewer than 2 records in the week, and an owner who is not senior.
    bool weekShortfall = false;
    QString contract{}; // the contract number of R15 and R16 findings
};

struct RuleCheckReport
{
    QDateTime asOf;
    QDateTime since;
    QList<RuleFinding> findings; // by rule, then customer id
};

// `rules check` (design.md, "Rule semantics"): event rules report events in [since, asOf) — R2 by
// entry time, R10 by request time, R11 by recording time; state rules are evaluated at asOf — R6
// for the last calendar week completed by asOf, R7, R8, R13, R15 (an approval step past its due
// time) and R16 (an instalment overdue at the local date of asOf).
class RuleCheckService
{
    Q_DECLARE_TR_FUNCTIONS(RuleCheckService)

public:
    RuleCheckService(ServiceContext &context, CalendarService &calendar, SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    // `since` defaults to 7 days before `asOf`; `rules` ("R6", …) limits the check to those
    // rules (all when empty).
    Result<RuleCheckReport> check(const QDateTime &asOf,
                                  std::optional<QDateTime> since = std::nullopt,
                                  const QStringList &rules = {});

private:
    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

} // namespace sf
