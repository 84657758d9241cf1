// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessScope.h"
#include "core/Result.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sf {

class CalendarService;
class SettingsService;
struct ServiceContext;

// One entry of My day: what to do for which customer, by when.
struct MyDayEntry
{
    enum class Kind {
        NextAction,    // a next action of the latest record, due today or overdue
        PlanItem,      // an open plan item due today or overdue
        RecordToWrite, // a plan item under way with no record since it started (R11)
        ShortOfTwo,    // an A customer with fewer than 2 contacts this week (R6)
        Maintenance,   // a C customer due for its regular contact (R7)
        PlanDue,       // an A customer whose plan is due or late (R8)
        Renewal,       // a contract ending soon, or a service maintenance due (stage 4)
        ContractStep,  // a contract waiting for this user's approval step, late in review, or
                       // returned to this rep with comments (R15)
        Receivable,    // an instalment due today or overdue, of this rep's customers (R16)
    };
    Kind kind = Kind::NextAction;
    QString customerId;
    QString customerName;
    QString text;      // translated: what to do
    QDate due;         // when, if it has a date
    bool late = false; // overdue
};

struct MyDay
{
    QString ownerLogin;
    QDate today;
    QList<MyDayEntry> entries; // by kind, then due date
    int count(MyDayEntry::Kind kind) const;
};

// My day (stage 2): for one user, everything due today or late among the customers they own,
// computed at each call from the data (no scheduler needed).
class MyDayService
{
    Q_DECLARE_TR_FUNCTIONS(MyDayService)

public:
    MyDayService(ServiceContext &context, CalendarService &calendar, SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    // The day of `ownerLogin` (default: the acting user). A rep sees only their own day.
    Result<MyDay> day(const QString &ownerLogin = {});

private:
    // R15 and R16: the contracts and instalments that wait for `owner` (with `role`).
    Status addContracts(MyDay &day, const QString &owner, Role role,
                        const AccessScope &scope) const;

    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

} // namespace sf
