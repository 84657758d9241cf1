// SPDX-License-Identifier: MIT
#include "services/FollowUpImportService.h"

#include "core/CustomerCsv.h"
#include "core/Deadlines.h"
#include "core/FollowUp.h"
#include "core/WorkCalendar.h"
#include "services/CalendarService.h"
#include "services/FollowUpService.h"
#include "services/ImportSession.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/FollowUpRepository.h"

#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace sf {
namespace {

enum FollowUpColumn {
    FCustomer,
    FContactAt,
    FRecordedAt,
    FMethod,
    FCounterpart,
    FContent,
    FFeedback,
    FNextAction,
    FNextActionDue,
    FRisk,
    FProgress,
    FStage
};

QList<ImportColumn> followUpColumns()
{
    return {
        {QStringLiteral("customer_id"), QStringLiteral("客户编号"), true},
        {QStringLiteral("contact_at"), QStringLiteral("联系时间"), true},
        {QStringLiteral("recorded_at"), QStringLiteral("记录时间")},
        {QStringLiteral("method"), QStringLiteral("跟进方式"), true},
        {QStringLiteral("counterpart"), QStringLiteral("沟通对象")},
        {QStringLiteral("content"), QStringLiteral("沟通内容"), true},
        {QStringLiteral("feedback"), QStringLiteral("客户反馈")},
        {QStringLiteral("next_action"), QStringLiteral("下一步行动")},
        {QStringLiteral("next_action_due"), QStringLiteral("下一步截止日期")},
        {QStringLiteral("risk"), QStringLiteral("风险")},
        {QStringLiteral("progress"), QStringLiteral("是否推进")},
        {QStringLiteral("stage"), QStringLiteral("商机阶段")},
    };
}

enum PlanColumn {
    PCustomer,
    PGoal,
    PAction,
    PCounterpart,
    PMethod,
    PStart,
    PDue,
    PSupportNeeded,
    PSupportRequested,
    PStatus,
    PCreatedAt
};

QList<ImportColumn> planColumns()
{
    return {
        {QStringLiteral("customer_id"), QStringLiteral("客户编号"), true},
        {QStringLiteral("goal"), QStringLiteral("阶段目标")},
        {QStringLiteral("action"), QStringLiteral("具体行动"), true},
        {QStringLiteral("counterpart"), QStringLiteral("对接人"), true},
        {QStringLiteral("method"), QStringLiteral("跟进方式"), true},
        {QStringLiteral("start"), QStringLiteral("开始日期")},
        {QStringLiteral("due"), QStringLiteral("截止日期"), true},
        {QStringLiteral("support_needed"), QStringLiteral("所需支持")},
        {QStringLiteral("support_requested_at"), QStringLiteral("支持申请日期")},
        {QStringLiteral("status"), QStringLiteral("状态")},
        {QStringLiteral("created_at"), QStringLiteral("创建时间")},
    };
}

// A date or date-time cell read in the team's time zone: the local date.
std::optional<QDate> localDate(const QString &text, const QTimeZone &tz)
{
    const auto at = customerCsv::parseDateTime(text, tz);
    if (!at)
        return std::nullopt;
    return at->toTimeZone(tz).date();
}

// What a file row became: a value to write, or why it cannot be.
template<typename T>
struct Checked
{
    T value;
    qint64 customerRowId = 0;
    QString problem;
};

} // namespace

namespace {

template<typename T>
using RowCheck = std::function<QString(const ImportSession &, const CsvRecord &, T &)>;
template<typename T>
using RowWrite = std::function<Status(const Checked<T> &)>;

// Reads the file, checks every row, then (unless a dry run) writes the valid ones in one
// transaction taken before the checks, so nothing changes in between.
template<typename T>
Result<ImportReport> runImport(const ServiceContext &context, const QString &path, bool dryRun,
                               const QList<ImportColumn> &known, const RowCheck<T> &check,
                               const RowWrite<T> &write)
{
    if (auto allowed =
            context.requireRole({Role::Rep, Role::Assistant, Role::Manager, Role::Admin},
                                FollowUpImportService::tr("Your role may not import follow-ups "
                                                          "or plan items."));
        !allowed)
        return allowed.error();
    ImportSession session(context, dryRun);
    if (auto opened = session.open(path, known); !opened)
        return opened.error();
    const FollowUpRepository repository(context.db);
    LookupCache<std::optional<qint64>> customers(
        [&](const QString &customerId) { return repository.customerRowId(customerId); });
    // Rows of customers outside the acting user's scope are rejected (docs/permissions.md); the
    // refusal of each customer is looked up once.
    QHash<qint64, QString> refusals;
    const auto refusal = [&](qint64 customerRowId) -> Result<QString> {
        if (auto known = refusals.constFind(customerRowId); known != refusals.constEnd())
            return *known;
        QString reason;
        if (auto allowed = context.requireCustomerAccess(customerRowId, Access::Write); !allowed) {
            if (allowed.error().kind != ErrorKind::Permission)
                return allowed.error();
            reason = allowed.error().message;
        }
        refusals.insert(customerRowId, reason);
        return reason;
    };
    std::vector<Checked<T>> accepted;
    for (const CsvRecord &record : session.records()) {
        // The first column of both files is the customer.
        Checked<T> row;
        row.value.customerId = session.value(record, 0).toUpper();
        if (row.value.customerId.isEmpty()) {
            row.problem =
                FollowUpImportService::tr("the customer id (customer_id/客户编号) is missing");
        } else {
            auto rowId = customers.find(row.value.customerId);
            if (!rowId)
                return rowId.error();
            if (*rowId) {
                row.customerRowId = **rowId;
                auto refused = refusal(row.customerRowId);
                if (!refused)
                    return refused.error();
                row.problem = *refused;
            } else
                row.problem =
                    FollowUpImportService::tr("there is no customer %1").arg(row.value.customerId);
        }
        if (row.problem.isEmpty())
            row.problem = check(session, record, row.value);
        if (!row.problem.isEmpty()) {
            session.reject(record.line, row.problem);
            continue;
        }
        accepted.push_back(std::move(row));
    }
    if (!dryRun) {
        for (const Checked<T> &row : accepted) {
            if (auto written = write(row); !written)
                return written.error();
        }
    }
    return session.finish(int(accepted.size()));
}

// The method of a row, or the problem to report.
QString readMethod(const QString &text, ContactMethod *method)
{
    if (text.isEmpty())
        return FollowUpImportService::tr("the method (method/跟进方式) is missing");
    const auto parsed = methodFromText(text);
    if (!parsed)
        return FollowUpImportService::tr("the method \"%1\" is not one of phone, visit, online "
                                         "(电话, 拜访, 线上会议)")
            .arg(text);
    *method = *parsed;
    return {};
}

} // namespace

Result<ImportReport> FollowUpImportService::importFollowUps(const QString &path, bool dryRun)
{
    const QTimeZone tz = m_settings.timeZone();
    const QDateTime now = m_context.now();
    const RowCheck<FollowUpRecord> check =
        [&](const ImportSession &columns, const CsvRecord &record, FollowUpRecord &r) -> QString {
        const auto field = [&](int column) {
            return columns.value(record, column);
        };
        const QString contact = field(FContactAt);
        if (contact.isEmpty())
            return tr("the contact time (contact_at/联系时间) is missing");
        const auto contactAt = customerCsv::parseDateTime(contact, tz);
        if (!contactAt)
            return tr("the contact time \"%1\" is not a date and time").arg(contact);
        r.contactAt = *contactAt;
        const QString recorded = field(FRecordedAt);
        r.recordedAt = r.contactAt;
        if (!recorded.isEmpty()) {
            const auto recordedAt = customerCsv::parseDateTime(recorded, tz);
            if (!recordedAt)
                return tr("the recording time \"%1\" is not a date and time").arg(recorded);
            if (*recordedAt < r.contactAt)
                return tr("the recording time %1 is before the contact time %2")
                    .arg(recorded, contact);
            r.recordedAt = *recordedAt;
        }
        if (r.recordedAt > now)
            return tr("the contact or recording time is in the future");
        if (const QString problem = readMethod(field(FMethod), &r.method); !problem.isEmpty())
            return problem;
        r.counterpart = field(FCounterpart);
        r.content = field(FContent);
        if (r.content.isEmpty())
            return tr("what was discussed (content/沟通内容) is missing");
        r.feedback = field(FFeedback);
        r.nextAction = field(FNextAction);
        if (const QString due = field(FNextActionDue); !due.isEmpty()) {
            r.nextActionDue = localDate(due, tz);
            if (!r.nextActionDue)
                return tr("the next-action due date \"%1\" is not a date").arg(due);
        }
        r.risk = field(FRisk);
        if (const QString progress = field(FProgress); !progress.isEmpty()) {
            const auto parsed = yesNoFromText(progress);
            if (!parsed)
                return tr("progress \"%1\" is not yes/no, 是/否 or 1/0").arg(progress);
            r.progress = *parsed;
        }
        if (const QString stage = field(FStage); !stage.isEmpty()) {
            r.stage = stageFromText(stage);
            if (!r.stage)
                return tr("the stage \"%1\" is not one of discovery, solution, proposal, "
                          "negotiation, won, lost")
                    .arg(stage);
        }
        // What the service refuses (R11): a next action without its due date, and the reverse.
        if (const QStringList problems = FollowUpRules::recordProblems(r); !problems.isEmpty())
            return problems.join(tr("; "));
        r.recordedBy = m_context.actor.login;
        return QString();
    };
    const RowWrite<FollowUpRecord> write = [&](const Checked<FollowUpRecord> &row) -> Status {
        auto saved = followUpWrite::followUp(m_context, row.customerRowId, row.value);
        if (!saved)
            return saved.error();
        return Ok{};
    };
    return runImport(m_context, path, dryRun, followUpColumns(), check, write);
}

Result<ImportReport> FollowUpImportService::importPlanItems(const QString &path, bool dryRun)
{
    const QTimeZone tz = m_settings.timeZone();
    const QDateTime now = m_context.now();
    auto calendar = m_calendar.workCalendar();
    if (!calendar)
        return calendar.error();
    const RowCheck<PlanItem> check = [&](const ImportSession &columns, const CsvRecord &record,
                                         PlanItem &item) -> QString {
        const auto field = [&](int column) {
            return columns.value(record, column);
        };
        item.goal = field(PGoal);
        item.action = field(PAction);
        item.counterpart = field(PCounterpart);
        if (const QString problem = readMethod(field(PMethod), &item.method); !problem.isEmpty())
            return problem;
        const QString due = field(PDue);
        if (!due.isEmpty()) {
            const auto parsed = localDate(due, tz);
            if (!parsed)
                return tr("the due date \"%1\" is not a date").arg(due);
            item.due = *parsed;
        }
        const QString start = field(PStart);
        if (!start.isEmpty()) {
            const auto parsed = localDate(start, tz);
            if (!parsed)
                return tr("the start date \"%1\" is not a date").arg(start);
            item.start = *parsed;
        } else {
            item.start = item.due;
        }
        // R9: what, with whom, by when.
        if (const QStringList problems = FollowUpRules::planItemProblems(item); !problems.isEmpty())
            return problems.join(tr("; ")) + QStringLiteral(" (R9)");
        item.supportNeeded = field(PSupportNeeded);
        if (const QString requested = field(PSupportRequested); !requested.isEmpty()) {
            item.supportRequestedOn = localDate(requested, tz);
            if (!item.supportRequestedOn)
                return tr("the support request date \"%1\" is not a date").arg(requested);
        }
        if (const QString status = field(PStatus); !status.isEmpty()) {
            const auto parsed = planStatusFromText(status);
            if (!parsed)
                return tr("the status \"%1\" is not one of planned, in_progress, done, "
                          "cancelled")
                    .arg(status);
            item.status = *parsed;
        }
        item.createdAt = now;
        if (const QString created = field(PCreatedAt); !created.isEmpty()) {
            const auto parsed = customerCsv::parseDateTime(created, tz);
            if (!parsed)
                return tr("the creation time \"%1\" is not a date and time").arg(created);
            if (*parsed > now)
                return tr("the creation time %1 is in the future").arg(created);
            item.createdAt = *parsed;
        }
        item.createdBy = m_context.actor.login;
        return QString();
    };
    const RowWrite<PlanItem> write = [&](const Checked<PlanItem> &row) -> Status {
        auto saved = followUpWrite::planItem(m_context, *calendar, row.customerRowId, row.value);
        if (!saved)
            return saved.error();
        return Ok{};
    };
    return runImport(m_context, path, dryRun, planColumns(), check, write);
}

} // namespace sf
