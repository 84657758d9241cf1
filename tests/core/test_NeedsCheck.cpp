// SPDX-License-Identifier: MIT
#include "core/NeedsCheck.h"

#include <gtest/gtest.h>

namespace sf {
namespace {

struct Expected
{
    bool budget;
    bool timeFrame;
    bool longEnough;
};

void expectNeeds(const char *utf8, Expected expected)
{
    const NeedsWarning warning = checkNeeds(QString::fromUtf8(utf8));
    EXPECT_EQ(warning.missingBudget, !expected.budget) << "budget: " << utf8;
    EXPECT_EQ(warning.missingTimeFrame, !expected.timeFrame) << "time frame: " << utf8;
    EXPECT_EQ(warning.tooShort, !expected.longEnough) << "length: " << utf8;
    const int problems =
        int(warning.missingBudget) + int(warning.missingTimeFrame) + int(warning.tooShort);
    EXPECT_EQ(warning.problems.size(), problems) << utf8;
    EXPECT_EQ(warning.vague(), problems > 0) << utf8;
}

void expectSpecific(const char *utf8)
{
    expectNeeds(utf8, {true, true, true});
}

TEST(NeedsCheck, TheExamplesOfTheStandardPass)
{
    expectSpecific("needs a CRM, budget 100–200k CNY, live within 3 months");
    expectSpecific("需要CRM系统，预算10-20万，3个月内上线");
    EXPECT_TRUE(
        checkNeeds(QStringLiteral("需要CRM系统，预算10-20万，3个月内上线")).problems.isEmpty());
}

TEST(NeedsCheck, TheVagueExamplesWarnOfAllThree)
{
    for (const char *vague : {"has software needs", "有软件需求", "", "   "}) {
        const NeedsWarning warning = checkNeeds(QString::fromUtf8(vague));
        EXPECT_TRUE(warning.vague()) << vague;
        ASSERT_EQ(warning.problems.size(), 3) << vague;
        EXPECT_TRUE(warning.problems.at(0).contains(QStringLiteral("budget")));
        EXPECT_TRUE(warning.problems.at(1).contains(QStringLiteral("time frame")));
        EXPECT_TRUE(warning.problems.at(2).contains(QStringLiteral("too short")));
        EXPECT_TRUE(warning.problems.at(2).contains(QStringLiteral("15")));
    }
}

TEST(NeedsCheck, RealisticSpecificDescriptions)
{
    expectSpecific("采购ERP软件，预算50万元左右，希望年底前完成实施");
    expectSpecific("需要一套销售管理系统，预算约30w，Q3上线，20个用户");
    expectSpecific("计划替换现有OA，投入预算100万，2026-06完成验收");
    expectSpecific("需要部署私有化知识库，预算五十万，下半年启动");
    expectSpecific("门店收银系统升级，共80家门店，预算¥200,000，6月底前全部切换");
    expectSpecific("数据中台建设项目，预算1.5亿，分两期，第一期本月招标");
    expectSpecific("工厂MES改造，预算300万以内，两周内需要方案，下周技术交流");
    expectSpecific("Looking for a helpdesk tool for 50 agents, budget $30k, go-live by June");
    expectSpecific("Replace legacy ERP; budget RMB 2 million; rollout in Q4 2026");
    expectSpecific("Data warehouse migration, 1.2m USD, must finish before year-end");
    expectSpecific("Wants 200 seats of our SaaS, about 80k per year, decision in two weeks");
    expectSpecific("ＣＲＭ系统，预算１０－２０万，３个月内上线，销售团队３０人");
}

TEST(NeedsCheck, MissingBudgetIsReported)
{
    expectNeeds("需要CRM系统，3个月内上线，销售团队30人左右", {false, true, true});
    expectNeeds("需要CRM系统，预算待定，下周安排演示，团队三十人", {false, true, true});
    expectNeeds("Needs a CRM for the sales team of 30, live within 3 months", {false, true, true});
    expectNeeds("客户说预算充足，希望年底前上线一套管理系统", {false, true, true});
    // A number that is a duration after the budget word is no amount.
    expectNeeds("预算在3个月内审批，需要采购一套项目管理软件", {false, true, true});
    // 千万 ("by all means") is no amount.
    expectNeeds("千万不要打电话，客户只接受邮件沟通，下月再联系", {false, true, true});
}

TEST(NeedsCheck, MissingTimeFrameIsReported)
{
    expectNeeds("需要CRM系统，预算10-20万，销售团队30人左右", {true, false, true});
    expectNeeds("Needs a CRM for 30 sales reps, budget 100–200k CNY", {true, false, true});
    // "As soon as possible" is not a time frame.
    expectNeeds("需要CRM系统，预算20万，尽快上线，越快越好", {true, false, true});
    expectNeeds("Needs a CRM, budget 150k CNY, wants it live as soon as possible",
                {true, false, true});
}

TEST(NeedsCheck, TooShortIsReported)
{
    expectNeeds("预算20万，3个月", {true, true, false});
    expectNeeds("CRM, 200k, 3 months", {true, true, false});
    // 14 Chinese characters are too short, 15 are enough.
    expectNeeds("一二三四五六七八九十一二三四", {false, false, false});
    expectNeeds("一二三四五六七八九十一二三四五", {false, false, true});
    // A Latin character counts as half: 29 letters are too short, 30 enough.
    expectNeeds("abcdefghijabcdefghijabcdefghi", {false, false, false});
    expectNeeds("abcdefghijabcdefghijabcdefghij", {false, false, true});
    // Padding with spaces does not help.
    expectNeeds("有软件需求                                      ", {false, false, false});
}

TEST(NeedsCheck, BudgetSpellings)
{
    const char *const budgets[] = {
        "10万",   "10-20万",     "100–200k", "200K",        "3w",     "30W",
        "5千",    "2百万",       "1亿",      "50000元",     "8000块", "¥50000",
        "￥5万",  "RMB 20000",   "cny 1.5m", "200,000 CNY", "五十万", "两千元",
        "预算50", "budget: 100", "$30,000",  "1.2 million"};
    for (const char *budget : budgets) {
        const QString text = QString::fromUtf8(budget);
        EXPECT_FALSE(checkNeeds(text).missingBudget) << budget;
    }
    const char *const noBudgets[] = {"3个月",    "2026-06",    "Q3",        "30人",
                                     "3 months", "2 weeks",    "100 users", "千万",
                                     "预算待定", "budget tbd", "v2.0"};
    for (const char *text : noBudgets)
        EXPECT_TRUE(checkNeeds(QString::fromUtf8(text)).missingBudget) << text;
}

TEST(NeedsCheck, TimeFrameSpellings)
{
    const char *const frames[] = {"3个月",
                                  "三个月内",
                                  "年底",
                                  "Q3",
                                  "q4",
                                  "2026-06",
                                  "2026/6",
                                  "2026年",
                                  "6月",
                                  "十二月",
                                  "本月",
                                  "下周",
                                  "下个月",
                                  "两周",
                                  "10天",
                                  "5个工作日",
                                  "半年内",
                                  "三季度",
                                  "月底前",
                                  "春节前",
                                  "H2",
                                  "FY2026",
                                  "within 3 months",
                                  "by June",
                                  "by May",
                                  "in a month",
                                  "two weeks",
                                  "weeks",
                                  "days",
                                  "next quarter",
                                  "end of the year",
                                  "year-end",
                                  "10 working days",
                                  "in 2026",
                                  "Sept",
                                  "tomorrow"};
    for (const char *frame : frames)
        EXPECT_FALSE(checkNeeds(QString::fromUtf8(frame)).missingTimeFrame) << frame;
    const char *const noFrames[] = {
        "尽快",     "近期",     "ASAP",     "soon",           "每月",      "20万",   "100-200k",
        "30 users", "per year", "may need", "decision maker", "marketing", "3年合同"};
    for (const char *text : noFrames)
        EXPECT_TRUE(checkNeeds(QString::fromUtf8(text)).missingTimeFrame) << text;
}

} // namespace
} // namespace sf
