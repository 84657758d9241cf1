// SPDX-License-Identifier: MIT
#include "services/DemoHistory.h"

#include "core/Deadlines.h"
#include "core/FollowUp.h"
#include "core/WorkCalendar.h"
#include "services/ServiceContext.h"
#include "storage/FollowUpRepository.h"

#include <algorithm>
#include <array>

namespace sf {
namespace {

struct PlanStep
{
    const char *goal;
    const char *action;
    ContactMethod method;
    const char *support;
};

const std::array<PlanStep, 5> kSteps{{
    {"第1周：深挖需求", "拜访技术负责人，确认现有系统与接口需求", ContactMethod::Visit, ""},
    {"第2周：方案演示", "线上演示核心功能，收集使用部门反馈", ContactMethod::Online,
     "售前技术演示"},
    {"第3周：报价", "提交报价单与实施计划，确认预算审批流程", ContactMethod::Phone, ""},
    {"第4周：高层沟通", "安排我方总监拜访客户分管副总", ContactMethod::Visit, "销售总监陪同"},
    {"第5周：商务谈判", "与采购部确认合同条款与付款方式", ContactMethod::Visit, "法务预审合同"},
}};

struct Conversation
{
    const char *content;
    const char *feedback;
    const char *next;
    const char *risk;
};

const std::array<Conversation, 5> kConversations{{
    {"与技术总监沟通系统兼容性，对方关注历史数据迁移", "客户表示方案基本满足初步需求，内部评估中",
     "发送竞品对比材料", "采购部门新加入决策链"},
    {"演示移动端审批与报表功能", "使用部门希望增加自定义报表", "提交报表定制方案", ""},
    {"电话确认预算审批进度", "预算已提交财务，预计下周批复", "跟进预算批复结果",
     "财务审批可能延期"},
    {"拜访信息中心主任，介绍同行业案例", "对方要求提供两家同行业客户的参观机会",
     "联系老客户安排参观", "竞品已完成试用"},
    {"讨论实施周期与培训安排", "客户希望3个月内上线", "提交实施排期", ""},
}};

} // namespace

Status addDemoHistory(const ServiceContext &context, const WorkCalendar &calendar,
                      const QTimeZone &zone, QRandomGenerator &random, const Customer &customer)
{
    if (!customer.grade)
        return Ok{};
    const FollowUpRepository repository(context.db);
    const QDateTime now = context.now();
    const QDate today = now.toTimeZone(zone).date();
    const QString counterpart =
        customer.contacts.isEmpty() ? QStringLiteral("技术负责人") : customer.contacts.first().name;
    if (customer.grade == Grade::A) {
        // A plan of 3–5 steps, the first started a week or two ago, each on working days.
        QDate start = calendar.addWorkdays(today.addDays(-7 - int(random.bounded(7))), 0);
        const int steps = 3 + int(random.bounded(3));
        for (int s = 0; s < steps; ++s) {
            const PlanStep &step = kSteps.at(std::size_t(s));
            PlanItem item;
            item.customerId = customer.id;
            item.goal = QString::fromUtf8(step.goal);
            item.action = QString::fromUtf8(step.action);
            item.counterpart = counterpart;
            item.method = step.method;
            item.start = calendar.isWorkday(start) ? start : calendar.addWorkdays(start, 1);
            item.due = calendar.addWorkdays(item.start, 1 + int(random.bounded(3)));
            item.supportNeeded = QString::fromUtf8(step.support);
            if (!item.supportNeeded.isEmpty()) {
                item.supportRequestedOn = item.start.addDays(-1 - qint64(random.bounded(6)));
                item.supportLate = !deadlines::supportRequestOnTime(
                    calendar, *item.supportRequestedOn, item.start);
            }
            item.progress = item.due < today ? 100 : (item.start <= today ? 40 : 0);
            item.status =
                item.due < today
                    ? (random.bounded(4) == 0 ? PlanItemStatus::InProgress : PlanItemStatus::Done)
                    : (item.start <= today ? PlanItemStatus::InProgress : PlanItemStatus::Planned);
            if (item.status == PlanItemStatus::InProgress && item.due < today)
                item.progress = 70;
            // Most plans were made the day after the customer was graded A (R8), some later.
            item.createdAt =
                std::min(now, customer.gradedAt.addDays(random.bounded(8) == 0 ? 6 : 1));
            item.createdBy = customer.ownerLogin;
            if (auto id = repository.insertPlanItem(customer.rowId, item); !id)
                return id.error();
            start = item.due.addDays(1);
        }
    }
    // Contacts of the last three weeks: about two a week for A, one or two for B; a C customer
    // is maintained about once a month (R7), not always in time.
    const bool c = customer.grade == Grade::C;
    const int contacts = customer.grade == Grade::A ? 3 + int(random.bounded(4))
                         : c                        ? int(random.bounded(3) != 0)
                                                    : 1 + int(random.bounded(2));
    for (int n = 0; n < contacts; ++n) {
        const Conversation &talk =
            kConversations.at(random.bounded(quint32(kConversations.size())));
        FollowUpRecord record;
        record.customerId = customer.id;
        const QDate day = today.addDays(-1 - qint64(random.bounded(c ? 40 : 20)));
        record.contactAt =
            QDateTime(day, QTime(9 + int(random.bounded(8)), int(random.bounded(60))), zone)
                .toUTC();
        // Most are written within the hour; a few the next morning (R11).
        record.recordedAt =
            record.contactAt.addSecs(random.bounded(10) == 0 ? 60 * (600 + random.bounded(600))
                                                             : 60 * (10 + random.bounded(80)));
        if (record.recordedAt > now)
            record.recordedAt = now;
        record.late = deadlines::isLateRecord(record.contactAt, record.recordedAt);
        record.method = allMethods().at(random.bounded(3));
        record.counterpart = counterpart;
        record.content = QString::fromUtf8(talk.content);
        record.feedback = QString::fromUtf8(talk.feedback);
        record.nextAction = QString::fromUtf8(talk.next);
        record.nextActionDue = calendar.addWorkdays(day, 2 + int(random.bounded(10)));
        record.risk = QString::fromUtf8(talk.risk);
        record.progress = random.bounded(3) == 0;
        record.recordedBy = customer.ownerLogin;
        if (auto id = repository.insertFollowUp(customer.rowId, record); !id)
            return id.error();
    }
    return Ok{};
}

} // namespace sf
