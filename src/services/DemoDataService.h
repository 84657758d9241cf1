// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace sf {

class CalendarService;
class SettingsService;
struct ServiceContext;

struct DemoSummary
{
    qint64 customers = 0;
    qint64 contracts = 0;
    int users = 0; // demo team members created (0 when they existed)
};

// `init --demo N` and the screenshots: a demo team (a manager, senior and junior reps, an
// assistant) and N realistic customers — company names by region, contacts, specific and vague
// needs, grades with their history, tags, owners — written in one transaction, fast enough for a
// million. The same seed gives the same data.
class DemoDataService
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataService)

public:
    DemoDataService(ServiceContext &context, CalendarService &calendar, SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    Result<DemoSummary> generate(qint64 count, quint32 seed = 2024);

private:
    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

} // namespace sf
