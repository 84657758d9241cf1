// SPDX-License-Identifier: MIT
#include "services/DemoDataService.h"

#include "core/Customer.h"
#include "core/Log.h"
#include "services/CustomerEntry.h"
#include "services/DemoContracts.h"
#include "services/DemoHistory.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerWriter.h"
#include "storage/ImmediateTransaction.h"
#include "storage/UserRepository.h"

#include <QRandomGenerator>

#include <array>

namespace sf {
namespace {

// Plans and follow-ups are written for the first customers only: enough to work with and to
// show, without making a million-customer demo wait for millions of records.
constexpr qint64 kCustomersWithHistory = 20000;

struct DemoUser
{
    const char *login;
    const char *name;
    Role role;
    bool senior;
    const char *team; // UTF-8; legal and finance belong to none
};

// Two sales teams, so that a manager's scope (docs/permissions.md) shows in the demo: 华东 with
// wang.jing, zhang.wei, liu.yang and the assistant; 华南 with huang.lei, li.na and chen.jie.
const std::array kTeam = {
    DemoUser{"wang.jing", "王静", Role::Manager, true, "华东"},
    DemoUser{"zhang.wei", "张伟", Role::Rep, true, "华东"},
    DemoUser{"li.na", "李娜", Role::Rep, true, "华南"},
    DemoUser{"liu.yang", "刘洋", Role::Rep, false, "华东"},
    DemoUser{"chen.jie", "陈杰", Role::Rep, false, "华南"},
    DemoUser{"zhao.min", "赵敏", Role::Assistant, false, "华东"},
    DemoUser{"sun.li", "孙丽", Role::Legal, false, ""},
    DemoUser{"zhou.qiang", "周强", Role::Finance, false, ""},
    DemoUser{"huang.lei", "黄磊", Role::Manager, true, "华南"},
};

const QStringList kRegions = {QStringLiteral("HZ"), QStringLiteral("SH"), QStringLiteral("BJ"),
                              QStringLiteral("SZ"), QStringLiteral("GZ"), QStringLiteral("NJ"),
                              QStringLiteral("SU"), QStringLiteral("CD"), QStringLiteral("WH"),
                              QStringLiteral("XA"), QStringLiteral("TJ"), QStringLiteral("CQ")};
const QStringList kCities = {
    QStringLiteral("杭州"), QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("深圳"),
    QStringLiteral("广州"), QStringLiteral("南京"), QStringLiteral("苏州"), QStringLiteral("成都"),
    QStringLiteral("武汉"), QStringLiteral("西安"), QStringLiteral("天津"), QStringLiteral("重庆")};
// 60 characters that make plausible brand names two or three at a time.
const QString kBrandChars = QStringLiteral("华信达通恒泰宏远鼎盛新瑞安康博润中联天合永嘉东方金源"
                                           "海创睿智立诚汇丰锦程启明卓越星辰云帆正阳九州国开德光宇"
                                           "弘航峰祥隆鑫晟");
const QList<std::pair<QString, QString>> kIndustries = {
    {QStringLiteral("科技"), QStringLiteral("软件与信息技术")},
    {QStringLiteral("智能制造"), QStringLiteral("装备制造")},
    {QStringLiteral("医疗器械"), QStringLiteral("医疗健康")},
    {QStringLiteral("物流"), QStringLiteral("交通物流")},
    {QStringLiteral("新能源"), QStringLiteral("能源电力")},
    {QStringLiteral("教育科技"), QStringLiteral("教育培训")},
    {QStringLiteral("食品"), QStringLiteral("食品饮料")},
    {QStringLiteral("建材"), QStringLiteral("建筑建材")},
    {QStringLiteral("电子"), QStringLiteral("电子元器件")},
    {QStringLiteral("贸易"), QStringLiteral("批发零售")},
    {QStringLiteral("环保"), QStringLiteral("节能环保")},
    {QStringLiteral("金融服务"), QStringLiteral("金融")},
    {QStringLiteral("汽车零部件"), QStringLiteral("汽车")},
    {QStringLiteral("生物"), QStringLiteral("生物医药")},
    {QStringLiteral("数据"), QStringLiteral("软件与信息技术")},
};
const QStringList kSuffixes = {QStringLiteral("有限公司"), QStringLiteral("股份有限公司"),
                               QStringLiteral("集团有限公司"), QStringLiteral("有限责任公司")};
const QStringList kSizes = {QStringLiteral("1-49人"), QStringLiteral("50-199人"),
                            QStringLiteral("200-499人"), QStringLiteral("500-999人"),
                            QStringLiteral("1000人以上")};
const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                               QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("周"),
                               QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙"),
                               QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"),
                               QStringLiteral("郭"), QStringLiteral("何"), QStringLiteral("林")};
const QStringList kGivenNames = {
    QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),   QStringLiteral("秀英"),
    QStringLiteral("敏"),   QStringLiteral("静"),   QStringLiteral("丽"),   QStringLiteral("强"),
    QStringLiteral("磊"),   QStringLiteral("军"),   QStringLiteral("洋"),   QStringLiteral("勇"),
    QStringLiteral("艳"),   QStringLiteral("杰"),   QStringLiteral("涛"),   QStringLiteral("明"),
    QStringLiteral("超"),   QStringLiteral("秀兰"), QStringLiteral("霞"),   QStringLiteral("平"),
    QStringLiteral("建华"), QStringLiteral("志强"), QStringLiteral("海燕"), QStringLiteral("晓东")};
const QStringList kTitles = {QStringLiteral("总经理"),     QStringLiteral("采购经理"),
                             QStringLiteral("信息部主管"), QStringLiteral("CTO"),
                             QStringLiteral("财务总监"),   QStringLiteral("运营总监"),
                             QStringLiteral("销售副总")};
const QStringList kSystems = {QStringLiteral("CRM系统"),  QStringLiteral("ERP升级"),
                              QStringLiteral("数据中台"), QStringLiteral("供应链管理系统"),
                              QStringLiteral("MES系统"),  QStringLiteral("OA协同平台")};
const QStringList kVagueNeeds = {QStringLiteral("有软件需求"), QStringLiteral("想了解一下产品"),
                                 QStringLiteral("有意向，待沟通")};
const QStringList kTags = {QStringLiteral("国企"),         QStringLiteral("决策链复杂"),
                           QStringLiteral("竞品客户"),     QStringLiteral("上市公司"),
                           QStringLiteral("老客户转介绍"), QStringLiteral("预算充足"),
                           QStringLiteral("外资")};
const QStringList kSources = {QStringLiteral("exhibition"), QStringLiteral("online"),
                              QStringLiteral("referral"), QStringLiteral("other")};

QString brand(qint64 index)
{
    // A bijection of index onto three characters out of 60 (60³ = 216,000 brands).
    constexpr qint64 kBrands = 216000;
    const qint64 mixed = (index * 7919 + 104729) % kBrands;
    const auto size = kBrandChars.size();
    Q_ASSERT(size * size * size == kBrands);
    return QString(kBrandChars.at(mixed % size)) + kBrandChars.at((mixed / size) % size) +
           kBrandChars.at((mixed / size / size) % size);
}

// Legal, finance and the managers of the demo team, by role and team.
DemoApprovers demoApprovers(const QString &numberFormat)
{
    DemoApprovers approvers;
    approvers.numberFormat = numberFormat;
    for (const DemoUser &member : kTeam) {
        const QString login = QString::fromLatin1(member.login);
        if (member.role == Role::Legal)
            approvers.legal = login;
        else if (member.role == Role::Finance)
            approvers.finance = login;
        if (member.role != Role::Manager)
            continue;
        if (approvers.anyManager.isEmpty())
            approvers.anyManager = login;
        for (const DemoUser &colleague : kTeam) {
            if (qstrcmp(colleague.team, member.team) == 0)
                approvers.managerOf.insert(QString::fromLatin1(colleague.login), login);
        }
    }
    return approvers;
}

} // namespace

Result<DemoSummary> DemoDataService::generate(qint64 count, quint32 seed)
{
    if (auto allowed =
            m_context.requireRole({Role::Admin}, tr("Only an administrator may add demo data."));
        !allowed)
        return allowed.error();
    if (count < 0 || count > 6000000)
        return Error::invalid(tr("The number of demo customers must be 0 to 6,000,000."));
    const BulkWriteCache cache(m_context.db);
    ImmediateTransaction tx(m_context.db);
    if (!tx.started())
        return tx.error();
    DemoSummary summary;
    UserRepository users(m_context.db);
    for (const DemoUser &member : kTeam) {
        auto existing = users.findByLogin(QString::fromLatin1(member.login));
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        User user{0,
                  QString::fromLatin1(member.login),
                  QString::fromUtf8(member.name),
                  member.role,
                  member.senior,
                  QString::fromUtf8(member.team),
                  true,
                  1};
        if (auto id = users.insert(user, m_context.now()); !id)
            return id.error();
        ++summary.users;
    }
    auto entry = EntryContext::load(m_context, m_calendar, m_settings);
    if (!entry)
        return entry.error();
    CustomerWriter writer(m_context.db);
    IdIssuer ids(m_context);
    QRandomGenerator random(seed);
    // Contracts draw from their own generator, so the customers stay those of the seed.
    QRandomGenerator contractRandom(seed + 1);
    const DemoApprovers approvers = demoApprovers(m_settings.contractNumberFormat());
    auto pick = [&random](const QStringList &list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
    };
    const QString reason = tr("Graded with the demo data");
    // Demo data added to a database that has customers continues their numbering, so names and
    // phones stay unique.
    auto offset = CustomerListQuery(m_context.db, {}, {}).count();
    if (!offset)
        return offset.error();
    for (qint64 n = 0; n < count; ++n) {
        const qint64 i = n + *offset;
        const auto region = static_cast<qsizetype>(random.bounded(kRegions.size()));
        const auto &industry = kIndustries.at(random.bounded(kIndustries.size()));
        Customer c;
        c.region = kRegions.at(region);
        c.name = kCities.at(region) + brand(i) + industry.first +
                 (i / 216000 > 0 ? QString::number(i / 216000) : QString()) + pick(kSuffixes);
        c.industry = industry.second;
        c.companySize = pick(kSizes);
        c.source = pick(kSources);
        const QString system = pick(kSystems);
        c.needs = random.bounded(5) == 0 ? pick(kVagueNeeds)
                                         : QStringLiteral("需要%1，预算%2-%3万，%4个月内上线")
                                               .arg(system)
                                               .arg(10 * (1 + random.bounded(20)))
                                               .arg(10 * (21 + random.bounded(30)))
                                               .arg(1 + random.bounded(12));
        const qint64 daysAgo = random.bounded(720);
        c.firstContactAt = entry->now.addDays(-daysAgo).addSecs(-random.bounded(36000));
        // Most leads are entered the same or the next day; some late (R2).
        c.enteredAt = c.firstContactAt.addSecs(
            random.bounded(10) < 8 ? random.bounded(86400) : 86400 * (2 + random.bounded(5)));
        if (c.enteredAt > entry->now)
            c.enteredAt = entry->now;
        const QString contactName = pick(kSurnames) + pick(kGivenNames);
        const qint64 phone = (i * 7919 + 12345678) % 100000000;
        c.contacts.append(
            {0, contactName, pick(kTitles),
             QStringLiteral("13%1%2").arg(random.bounded(10)).arg(phone, 8, 10, QLatin1Char('0')),
             QString(), QString(), true});
        const quint32 roll = random.bounded(100);
        if (roll < 15)
            c.grade = Grade::A;
        else if (roll < 50)
            c.grade = Grade::B;
        else if (roll < 85)
            c.grade = Grade::C;
        if (c.grade) {
            const int base = *c.grade == Grade::A ? 4 : (*c.grade == Grade::B ? 3 : 2);
            auto score = [&] {
                return std::clamp(base + int(random.bounded(3)) - 1, 1, 5);
            };
            c.scores = GradeScores{score(), score(), score(), score()};
            c.gradedAt = c.enteredAt.addDays(random.bounded(3));
            if (c.gradedAt > entry->now)
                c.gradedAt = entry->now;
        }
        c.status = c.grade == Grade::A && random.bounded(3) == 0 ? CustomerStatus::Opportunity
                                                                 : CustomerStatus::Lead;
        const quint32 owner = random.bounded(5);
        c.ownerLogin = c.grade == Grade::A   ? QString::fromLatin1(kTeam[1 + owner % 2].login)
                       : c.grade == Grade::C ? QString::fromLatin1(kTeam[owner % 2 ? 5 : 4].login)
                                             : QString::fromLatin1(kTeam[1 + owner % 4].login);
        if (random.bounded(3) == 0)
            c.tags.append(pick(kTags));
        if (random.bounded(8) == 0)
            c.tags.append(pick(kTags));
        c.tags.removeDuplicates();
        auto stored = entry->insert(writer, ids, c, reason);
        if (!stored)
            return stored.error();
        if (n < kCustomersWithHistory) {
            if (auto history =
                    addDemoHistory(m_context, entry->calendar, entry->zone, random, *stored);
                !history)
                return history.error();
            // About one A customer in three has a contract (stage 3).
            if (stored->grade == Grade::A && contractRandom.bounded(3) == 0) {
                if (auto contract = addDemoContract(m_context, entry->calendar, entry->zone,
                                                    contractRandom, *stored, approvers);
                    !contract)
                    return contract.error();
                ++summary.contracts;
            }
        }
        ++summary.customers;
    }
    if (auto status = ids.store(); !status)
        return status.error();
    if (auto status =
            m_context.audit(QStringLiteral("demo"), QStringLiteral("customers"),
                            QStringLiteral("count"), QString(), QString::number(summary.customers));
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    return summary;
}

} // namespace sf
