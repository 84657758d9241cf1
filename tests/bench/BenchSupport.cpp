// SPDX-License-Identifier: MIT
#include "bench/BenchSupport.h"

#include "services/Workspace.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sf::bench {
namespace {
constexpr qint64 kDay = 86400;
} // namespace

void progress(const char *text)
{
    std::fprintf(stderr, "bench: %s\n", text);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    return {int(yoe + era * 400 + (m <= 2 ? 1 : 0)), int(m), int(d)};
}

std::string utcText(qint64 secs)
{
    const qint64 days = floorDiv(secs, kDay);
    const qint64 rest = secs - days * kDay;
    const Civil c = civilFromDays(days);
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.y, c.m, c.d,
                  int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return text;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double rounded(double ms)
{
    return std::round(ms * 10) / 10;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonArray runsJson(const QList<double> &runs)
{
    QJsonArray array;
    for (double ms : runs)
        array.append(rounded(ms));
    return array;
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_busy_timeout(db, 5000);
    return db;
}

void exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("%s: %s", sql, message);
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, Clock clock)
{
    auto workspace = Workspace::open(path, std::move(clock));
    if (!workspace)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(workspace.error().message));
    return std::move(*workspace);
}

const std::array<Talk, 5> kTalks{{
    {"与技术总监沟通系统兼容性，对方关注历史数据迁移", "客户表示方案基本满足初步需求，内部评估中",
     "发送竞品对比材料", "采购部门新加入决策链"},
    {"演示移动端审批与报表功能", "使用部门希望增加自定义报表", "提交报表定制方案", ""},
    {"电话确认预算审批进度", "预算已提交财务，预计下周批复", "跟进预算批复结果",
     "财务审批可能延期"},
    {"拜访信息中心主任，介绍同行业案例", "对方要求提供两家同行业客户的参观机会",
     "联系老客户安排参观", "竞品已完成试用"},
    {"讨论实施周期与培训安排", "客户希望3个月内上线", "提交实施排期", ""},
}};

} // namespace sf::bench
