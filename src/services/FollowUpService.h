// SPDX-License-Identifier: MIT
#pragma once

#include "core/FollowUp.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace sf {

class CalendarService;
class SettingsService;
class WorkCalendar;
struct ServiceContext;

// A plan item as saved: R10's flag with the latest request date that would have been on time.
struct SavedPlanItem
{
    qint64 id = 0;
    bool supportLate = false;
    std::optional<QDate> latestOnTimeRequest;
    QStringList warnings; // translated sentences
};

// A follow-up record as saved: R11's flag and the hints about its wording.
struct SavedFollowUp
{
    qint64 id = 0;
    bool late = false;
    QStringList warnings; // translated sentences
};

// What a plan chart shows: one customer's plan, or the plans of every customer of an owner.
struct PlanScope
{
    QString customerId; // one customer, or
    QString ownerLogin; // every customer this user owns, or
    QString team;       // every customer a member of this team owns
};

struct PlanChart
{
    QList<PlanItem> items; // by customer, then start date
    QList<FollowUpMark> marks;
};

// R8: when an A customer's follow-up plan is due.
struct PlanDeadline
{
    QDateTime deadline; // the last second of the third working day
    std::optional<QDateTime> firstItemAt;
    bool missed = false;
};

// Stage 2 (R8–R11): plan items, follow-up records and the opportunity stage they advance.
class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)

public:
    FollowUpService(ServiceContext &context, CalendarService &calendar, SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    // R9: refuses an item without an action, a counterpart and a due date (the reason says
    // which); R10: flags a support request later than 2 working days before the item starts.
    Result<SavedPlanItem> addPlanItem(const PlanItem &item);
    Result<QList<PlanItem>> planItems(const QString &customerId) const;
    Result<PlanChart> planChart(const PlanScope &scope) const;
    // Saves an edited item (R9 and R10 as for a new one); refused when someone else saved it
    // since it was read (item.version).
    Result<SavedPlanItem> updatePlanItem(const PlanItem &item);

    // Records a contact; the recording time is now (R11 flags it 2 hours after the contact). A
    // stage advances the customer's opportunity (opening one if there is none) and counts as
    // progress.
    Result<SavedFollowUp> record(const FollowUpRecord &record);
    // Newest contact first.
    Result<QList<FollowUpRecord>> records(const QString &customerId) const;
    Result<std::optional<OpenOpportunity>> opportunity(const QString &customerId) const;
    // Sets the expected amount (fen, not negative) and close date of the customer's open
    // opportunity, opening one at needs discovery if there is none; refused when someone else
    // saved it since it was read (`version`; ignored for a new one).
    Status setOpportunityTerms(const QString &customerId, qint64 amountFen,
                               std::optional<QDate> expectedClose, int version);
    Result<QList<StageChange>> stageChanges(const QString &customerId) const;
    // R8 for an A customer (none for others): when its plan is due, when its first item was made,
    // and whether the deadline was missed.
    Result<std::optional<PlanDeadline>> planDeadline(const QString &customerId) const;
    // Follow-ups, plan items and their changes, stage and grade changes: newest first.
    Result<QList<TimelineEvent>> timeline(const QString &customerId) const;

private:
    Status requireRecorder() const;

    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

// What an import and the service share: the write of one checked item or record inside the
// caller's transaction. Internal to the services layer.
namespace followUpWrite {
// Sets R10's flag on the item, then writes it.
Result<SavedPlanItem> planItem(const ServiceContext &context, const WorkCalendar &calendar,
                               qint64 customerRowId, PlanItem item);
// Sets R11's flag and the progress of a stage advance on the record, writes it and the stage
// change.
Result<SavedFollowUp> followUp(const ServiceContext &context, qint64 customerRowId,
                               FollowUpRecord record);
} // namespace followUpWrite

} // namespace sf
