// SPDX-License-Identifier: MIT
// Stage 3's pure rules: R14's core terms, the schedule sums, payment allocation, ageing buckets,
// contract numbers, and templates with the amount in Chinese capitals.
#include "core/Contract.h"
#include "core/ContractTemplate.h"

#include <gtest/gtest.h>

using namespace sf;

namespace {

Instalment instalment(qint64 id, QDate due, qint64 amount, qint64 paid = 0)
{
    Instalment i;
    i.id = id;
    i.due = due;
    i.amountFen = amount;
    i.paidFen = paid;
    return i;
}

} // namespace

TEST(ContractRules, MissingTermsNamesEachCoreTerm)
{
    Contract k;
    EXPECT_EQ(ContractRules::missingTerms(k).size(), 5);
    k.products = QStringLiteral("CRM");
    k.priceFen = 1;
    k.delivery = QStringLiteral("60日内");
    k.paymentTerms = QStringLiteral("预付30%");
    EXPECT_EQ(ContractRules::missingTerms(k), QStringList{QStringLiteral("liability for breach")});
    k.liability = QStringLiteral("违约金");
    EXPECT_TRUE(ContractRules::missingTerms(k).isEmpty());
}

TEST(ContractRules, ScheduleMustAddUpToThePrice)
{
    const QDate d(2026, 1, 1);
    EXPECT_TRUE(
        ContractRules::scheduleProblems({instalment(1, d, 300), instalment(2, d, 700)}, 1000)
            .isEmpty());
    EXPECT_FALSE(ContractRules::scheduleProblems({instalment(1, d, 300)}, 1000).isEmpty());
    EXPECT_FALSE(ContractRules::scheduleProblems({}, 1000).isEmpty());
    EXPECT_FALSE(ContractRules::scheduleProblems({instalment(1, QDate(), 1000)}, 1000).isEmpty());
}

TEST(ContractRules, AllocationFillsTheOldestOpenInstalmentFirst)
{
    const QList<Instalment> schedule{instalment(3, QDate(2026, 3, 1), 500),
                                     instalment(1, QDate(2026, 1, 1), 500, 500),
                                     instalment(2, QDate(2026, 2, 1), 500, 200)};
    auto parts = ContractRules::allocate(schedule, 400);
    ASSERT_TRUE(parts);
    ASSERT_EQ(parts->size(), 2);
    EXPECT_EQ(parts->at(0).instalmentId, 2);
    EXPECT_EQ(parts->at(0).amountFen, 300);
    EXPECT_EQ(parts->at(1).instalmentId, 3);
    EXPECT_EQ(parts->at(1).amountFen, 100);
    // The chosen one first, then the oldest.
    auto chosen = ContractRules::allocate(schedule, 600, 3);
    ASSERT_TRUE(chosen);
    EXPECT_EQ(chosen->at(0).instalmentId, 3);
    EXPECT_EQ(chosen->at(0).amountFen, 500);
    EXPECT_EQ(chosen->at(1).instalmentId, 2);
    // 800 is open: 801 is an over-payment; a paid instalment cannot be chosen; nothing is zero.
    EXPECT_TRUE(ContractRules::allocate(schedule, 800));
    EXPECT_FALSE(ContractRules::allocate(schedule, 801));
    EXPECT_FALSE(ContractRules::allocate(schedule, 10, 1));
    EXPECT_FALSE(ContractRules::allocate(schedule, 0));
}

TEST(ContractRules, AgeingBucketsAtTheirEdges)
{
    const QDate due(2026, 1, 31);
    EXPECT_EQ(ContractRules::daysOverdue(due, due), 0);
    EXPECT_EQ(ContractRules::daysOverdue(due, due.addDays(-5)), 0);
    EXPECT_EQ(ContractRules::daysOverdue(due, QDate(2026, 3, 2)), 30);
    EXPECT_FALSE(ContractRules::bucket(0));
    const QList<std::pair<int, AgeingBucket>> edges{
        {1, AgeingBucket::Days1To30},   {30, AgeingBucket::Days1To30},
        {31, AgeingBucket::Days31To60}, {60, AgeingBucket::Days31To60},
        {61, AgeingBucket::Days61To90}, {90, AgeingBucket::Days61To90},
        {91, AgeingBucket::Over90},     {1000, AgeingBucket::Over90}};
    for (const auto &[days, bucket] : edges)
        EXPECT_EQ(ContractRules::bucket(days), bucket) << days;
    EXPECT_EQ(ageingBucketKey(AgeingBucket::Over90), QStringLiteral(">90"));
}

TEST(ContractRules, StatusesReadInEnglishAndChinese)
{
    EXPECT_EQ(contractStatusFromText(QStringLiteral("manager_sign")), ContractStatus::ManagerSign);
    EXPECT_EQ(contractStatusFromText(QStringLiteral("履约中")), ContractStatus::InDelivery);
    EXPECT_EQ(contractStatusFromText(QStringLiteral(" Signed ")), ContractStatus::Signed);
    EXPECT_FALSE(contractStatusFromText(QStringLiteral("approved")));
    EXPECT_EQ(pendingStep(ContractStatus::FinanceReview), ApprovalStep::Finance);
    EXPECT_FALSE(pendingStep(ContractStatus::Signed));
}

TEST(ContractRules, NumbersFollowTheFormat)
{
    EXPECT_EQ(ContractRules::formatNumber(QStringLiteral("HT{year}{serial:4}"), 2026, 7),
              QStringLiteral("HT20260007"));
    EXPECT_EQ(ContractRules::formatNumber(QStringLiteral("XS-{year}-{serial}"), 2026, 12345),
              QStringLiteral("XS-2026-12345"));
    EXPECT_TRUE(ContractRules::isValidNumberFormat(QStringLiteral("HT{serial:3}")));
    EXPECT_FALSE(ContractRules::isValidNumberFormat(QStringLiteral("HT{year}")));
}

TEST(ContractTemplates, CapitalAmounts)
{
    EXPECT_EQ(ContractTemplates::capitalAmount(1'234'560),
              QStringLiteral("壹万贰仟叁佰肆拾伍元陆角整"));
    EXPECT_EQ(ContractTemplates::capitalAmount(10'000), QStringLiteral("壹佰元整"));
    EXPECT_EQ(ContractTemplates::capitalAmount(0), QStringLiteral("零元整"));
    EXPECT_EQ(ContractTemplates::capitalAmount(10'005), QStringLiteral("壹佰元零伍分"));
    EXPECT_EQ(ContractTemplates::capitalAmount(50), QStringLiteral("伍角整"));
    EXPECT_EQ(ContractTemplates::capitalAmount(10'000'100), QStringLiteral("壹拾万零壹元整"));
    EXPECT_EQ(ContractTemplates::capitalAmount(1'001'000'000), QStringLiteral("壹仟零壹万元整"));
    EXPECT_EQ(ContractTemplates::capitalAmount(10'000'000'000), QStringLiteral("壹亿元整"));
    EXPECT_EQ(ContractTemplates::capitalAmount(12'000'000), QStringLiteral("壹拾贰万元整"));
}

TEST(ContractTemplates, FillReplacesKnownPlaceholdersAndReportsOthers)
{
    const auto filled = ContractTemplates::fill(
        QStringLiteral("甲方：{customer.name}，金额 {contract.price} 元，{customer.fax}，{x}"),
        {{QStringLiteral("customer.name"), QStringLiteral("杭州华信科技")},
         {QStringLiteral("contract.price"), QStringLiteral("120,000.00")}});
    EXPECT_EQ(filled.text,
              QStringLiteral("甲方：杭州华信科技，金额 120,000.00 元，{customer.fax}，{x}"));
    EXPECT_EQ(filled.unknown, (QStringList{QStringLiteral("customer.fax"), QStringLiteral("x")}));
    // The standard template uses only known placeholders.
    QHash<QString, QString> all;
    for (const TemplatePlaceholder &p : ContractTemplates::placeholders())
        all.insert(p.key, QStringLiteral("v"));
    EXPECT_TRUE(ContractTemplates::fill(ContractTemplates::standardBody(), all).unknown.isEmpty());
}
