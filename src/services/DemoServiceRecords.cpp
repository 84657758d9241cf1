// SPDX-License-Identifier: MIT
#include "services/DemoServiceRecords.h"

#include "core/ServiceRecord.h"
#include "services/ServiceContext.h"
#include "storage/ServiceRecordRepository.h"

#include <QRandomGenerator>

#include <array>

namespace sf {
namespace {

const std::array<const char *, 4> kTrainings{
    "上线培训：销售团队 12 人，讲解客户录入、分级和跟进计划",
    "管理员培训：用户、区域和节假日日历的维护",
    "新员工培训：跟进记录的填写规范（2 小时内、写事实不写判断）",
    "经理培训：周一复盘会的议程和团队合规统计",
};
const std::array<const char *, 6> kVisits{
    "季度回访：系统运行正常，客户希望增加回款提醒",
    "上门巡检：数据库备份正常，清理了过期日志",
    "回访信息部王经理：使用率稳定，销售部每天登录",
    "年度回顾会：演示了新版报表，客户关注续约价格",
    "电话回访：客户对响应速度满意，提出导出 Excel 的格式要求",
    "上门拜访：协助梳理新的区域划分，更新了客户分配",
};
const std::array<const char *, 5> kIssues{
    "报表导出报错：远程排查为模板字段缺失，已修复",
    "两名用户无法登录：账号被停用，已重新启用",
    "导入客户时重复提示过多：调整了名称规则，客户确认",
    "服务器磁盘空间不足：扩容并设置了日志保留期",
    "打印复盘材料时中文乱码：安装字体后恢复正常",
};

// Mostly 4–5 stars; sometimes the customer was not asked; rarely low.
std::optional<int> satisfaction(QRandomGenerator &random)
{
    const quint32 roll = random.bounded(20);
    if (roll < 3)
        return std::nullopt;
    if (roll == 3)
        return 2;
    if (roll < 7)
        return 3;
    if (roll < 14)
        return 4;
    return 5;
}

} // namespace

Status addDemoServiceRecords(const ServiceContext &context, const QTimeZone &zone,
                             const Customer &customer, qint64 contractId, QDate contractStart)
{
    const ServiceRecordRepository repository(context.db);
    const QDate today = context.now().toTimeZone(zone).date();
    QRandomGenerator random(quint32(contractId) * 7919U + 17U);
    const QString by =
        customer.ownerLogin.isEmpty() ? QStringLiteral("admin") : customer.ownerLogin;
    // Training two weeks after the start, then a service every two to four months.
    QDate day = contractStart.addDays(14);
    bool first = true;
    while (day <= today) {
        const QDate next = day.addDays(60 + qint64(random.bounded(60)));
        ServiceRecord record;
        record.customerId = customer.id;
        record.contractId = contractId;
        const quint32 roll = random.bounded(10);
        if (first) {
            record.kind = ServiceKind::Training;
            record.summary = QString::fromUtf8(kTrainings.at(random.bounded(2)));
        } else if (roll < 3) {
            record.kind = ServiceKind::Issue;
            record.summary = QString::fromUtf8(kIssues.at(random.bounded(quint32(kIssues.size()))));
        } else if (roll < 4) {
            record.kind = ServiceKind::Training;
            record.summary =
                QString::fromUtf8(kTrainings.at(random.bounded(quint32(kTrainings.size()))));
        } else {
            record.kind = ServiceKind::Visit;
            record.summary = QString::fromUtf8(kVisits.at(random.bounded(quint32(kVisits.size()))));
        }
        const bool latest = next > today;
        // The latest issue may still be worked on.
        record.status = latest && record.kind == ServiceKind::Issue
                            ? (random.bounded(2) ? ServiceStatus::InProgress : ServiceStatus::Open)
                            : ServiceStatus::Closed;
        record.satisfaction =
            record.status == ServiceStatus::Closed ? satisfaction(random) : std::nullopt;
        record.happenedOn = day;
        // The latest record plans the next maintenance, about three months on (some are due).
        if (latest)
            record.nextMaintenance = day.addDays(75 + qint64(random.bounded(30)));
        record.createdAt = QDateTime(day, QTime(17, 0), zone).toUTC();
        record.updatedAt = record.createdAt;
        record.createdBy = by;
        if (auto id = repository.insert(customer.rowId, record); !id)
            return id.error();
        first = false;
        day = next;
    }
    return Ok{};
}

} // namespace sf
