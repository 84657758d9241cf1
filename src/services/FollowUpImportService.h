// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "services/CustomerImportService.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

class CalendarService;
class SettingsService;
struct ServiceContext;

// Stage 2's history from CSV (design.md, "Command line"): `import followups` and
// `import plan-items`. As for customers, every row is checked first, each rejected row is reported
// by its line and reason, and the valid rows are written in one transaction.
class FollowUpImportService
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpImportService)

public:
    FollowUpImportService(ServiceContext &context, CalendarService &calendar,
                          SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    // Columns customer_id, contact_at, recorded_at, method, counterpart, content, feedback,
    // next_action, next_action_due, risk, progress, stage (or their Chinese headers); an empty
    // recorded_at means recorded at the contact time.
    Result<ImportReport> importFollowUps(const QString &path, bool dryRun);
    // Columns customer_id, goal, action, counterpart, method, start, due, support_needed,
    // support_requested_at, status, created_at; an empty created_at means now.
    Result<ImportReport> importPlanItems(const QString &path, bool dryRun);

private:
    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

} // namespace sf
