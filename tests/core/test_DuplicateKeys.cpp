// SPDX-License-Identifier: MIT
#include "core/DuplicateKeys.h"

#include <gtest/gtest.h>

namespace sf {
namespace {

// Every spelling in a group has the same key as the first one.
void expectSameName(std::initializer_list<const char *> spellings)
{
    const QString first = QString::fromUtf8(*spellings.begin());
    const QString key = normalizedCompanyName(first);
    EXPECT_FALSE(key.isEmpty()) << qPrintable(first);
    for (const char *spelling : spellings) {
        EXPECT_EQ(normalizedCompanyName(QString::fromUtf8(spelling)), key)
            << spelling << " vs " << qPrintable(first);
    }
}

void expectSamePhone(std::initializer_list<const char *> spellings)
{
    const QString key = normalizedPhone(QString::fromUtf8(*spellings.begin()));
    EXPECT_FALSE(key.isEmpty()) << *spellings.begin();
    for (const char *spelling : spellings)
        EXPECT_EQ(normalizedPhone(QString::fromUtf8(spelling)), key) << spelling;
}

TEST(DuplicateKeys, ChineseCompanySuffixesDoNotMatter)
{
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("杭州某某科技有限公司")),
              QStringLiteral("杭州某某科技"));
    expectSameName({"杭州某某科技", "杭州某某科技有限公司", "杭州某某科技股份有限公司",
                    "杭州某某科技有限责任公司", "杭州某某科技公司", " 杭州 某某 科技 有限公司 ",
                    "杭州某某科技有限公司。"});
}

TEST(DuplicateKeys, FullWidthAndCaseDoNotMatter)
{
    // Full-width letters, digits, ideographic space (U+3000), full-width brackets.
    expectSameName({"杭州某某科技有限公司", "杭州某某科技　有限公司", "杭州某某科技有限公司　"});
    expectSameName({"ABC软件有限公司", "ＡＢＣ软件有限公司", "abc软件", "Ａｂｃ 软件 公司"});
    expectSameName({"浙江123网络", "浙江１２３网络有限公司"});
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("（杭州）某某")), QStringLiteral("(杭州)某某"));
}

TEST(DuplicateKeys, LatinCompanySuffixesDoNotMatter)
{
    expectSameName({"ACME", "Acme Co., Ltd.", "ACME CO.,LTD.", "acme co. ltd", "Acme Ltd.",
                    "Acme Ltd", "Acme Inc.", "Acme, Inc.", "ACME INC", "Ａｃｍｅ Ｃｏ．，Ｌｔｄ．",
                    "  a c m e  "});
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("Acme Co., Ltd.")), QStringLiteral("acme"));
}

TEST(DuplicateKeys, OnlyOneSuffixIsRemoved)
{
    // 有限公司 goes, the 公司 before it stays: the name itself ends in 公司.
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("某某投资公司有限公司")),
              QStringLiteral("某某投资公司"));
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("Acme Inc. Ltd.")), QStringLiteral("acmeinc"));
}

TEST(DuplicateKeys, LatinSuffixNeedsAWordBoundary)
{
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("Zinc")), QStringLiteral("zinc"));
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("Z Inc")), QStringLiteral("z"));
    EXPECT_NE(normalizedCompanyName(QStringLiteral("Zinc")),
              normalizedCompanyName(QStringLiteral("Z Inc.")));
    // A Chinese character before it is a boundary.
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("某某科技Ltd.")), QStringLiteral("某某科技"));
}

TEST(DuplicateKeys, NameIsNeverReducedToNothing)
{
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("公司")), QStringLiteral("公司"));
    EXPECT_EQ(normalizedCompanyName(QStringLiteral(" 有限公司 ")), QStringLiteral("有限公司"));
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("Inc.")), QStringLiteral("inc."));
    EXPECT_EQ(normalizedCompanyName(QStringLiteral("...")), QStringLiteral("..."));
    EXPECT_TRUE(normalizedCompanyName(QString()).isEmpty());
    EXPECT_TRUE(normalizedCompanyName(QStringLiteral(" \t\u3000")).isEmpty());
}

TEST(DuplicateKeys, DifferentCompaniesStayDifferent)
{
    EXPECT_NE(normalizedCompanyName(QStringLiteral("杭州某某科技有限公司")),
              normalizedCompanyName(QStringLiteral("杭州某某网络有限公司")));
    EXPECT_NE(normalizedCompanyName(QStringLiteral("Acme Co., Ltd.")),
              normalizedCompanyName(QStringLiteral("Acme Software Ltd.")));
}

TEST(DuplicateKeys, PhoneIgnoresCountryPrefixAndSeparators)
{
    EXPECT_EQ(normalizedPhone(QStringLiteral("+86 138-0013-8000")), QStringLiteral("13800138000"));
    expectSamePhone({"13800138000", "+86 138-0013-8000", "0086 13800138000", "+8613800138000",
                     "(+86) 138 0013 8000", "138 0013 8000", "８６１３８００１３８０００",
                     "＋８６ １３８００１３８０００", "8613800138000", "Tel: 138-0013-8000"});
}

TEST(DuplicateKeys, LandlineKeepsItsAreaCode)
{
    EXPECT_EQ(normalizedPhone(QStringLiteral("0571-8888 8888")), QStringLiteral("057188888888"));
    expectSamePhone({"0571-88888888", "(0571) 8888-8888", "+86 571 8888 8888",
                     "+86 (0)571 8888 8888", "0086-571-88888888"});
    expectSamePhone({"010-66668888", "+86 10 6666 8888"});
    // Service numbers have no trunk 0.
    expectSamePhone({"400-123-4567", "+86 400 123 4567"});
    EXPECT_NE(normalizedPhone(QStringLiteral("0571-88888888")),
              normalizedPhone(QStringLiteral("0571-88888889")));
}

TEST(DuplicateKeys, OtherCountriesAreNotTouched)
{
    EXPECT_EQ(normalizedPhone(QStringLiteral("+1 (555) 123-4567")), QStringLiteral("15551234567"));
    // 86 without '+' at the start of a local number is part of the number.
    EXPECT_EQ(normalizedPhone(QStringLiteral("8612 3456")), QStringLiteral("86123456"));
}

TEST(DuplicateKeys, PhoneWithTooFewDigitsIsNotUsable)
{
    EXPECT_TRUE(normalizedPhone(QString()).isEmpty());
    EXPECT_TRUE(normalizedPhone(QStringLiteral("无")).isEmpty());
    EXPECT_TRUE(normalizedPhone(QStringLiteral("1234")).isEmpty());
    EXPECT_TRUE(normalizedPhone(QStringLiteral("+86")).isEmpty());
    EXPECT_TRUE(normalizedPhone(QStringLiteral("+86 1234")).isEmpty());
    EXPECT_TRUE(normalizedPhone(QStringLiteral("0086-12-34")).isEmpty());
    EXPECT_EQ(normalizedPhone(QStringLiteral("12-345")), QStringLiteral("12345"));
}

} // namespace
} // namespace sf
