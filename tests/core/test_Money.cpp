// SPDX-License-Identifier: MIT
#include "core/Money.h"

#include <gtest/gtest.h>

using namespace sf;

TEST(Money, ReadsYuanAsPeopleWriteIt)
{
    EXPECT_EQ(money::fenFromYuanText(QStringLiteral("12,345.60")), 1234560);
    EXPECT_EQ(money::fenFromYuanText(QStringLiteral("12345.6")), 1234560);
    EXPECT_EQ(money::fenFromYuanText(QStringLiteral("12345")), 1234500);
    EXPECT_EQ(money::fenFromYuanText(QStringLiteral(" ¥1,000,000.05 ")), 100000005);
    EXPECT_EQ(money::fenFromYuanText(QStringLiteral("0.01")), 1);
    EXPECT_EQ(money::fenFromYuanText(QStringLiteral("0")), 0);
}

TEST(Money, RefusesWhatIsNotAnAmount)
{
    for (const char *text : {"", "-5", "12.345", "1,23", "12,3456.00", "abc", "1.2.3", "1e5",
                             "12 345", "1234567890123456"})
        EXPECT_FALSE(money::fenFromYuanText(QString::fromUtf8(text))) << text;
}

TEST(Money, WritesFenAsYuan)
{
    EXPECT_EQ(money::yuanText(1234560), QStringLiteral("12,345.60"));
    EXPECT_EQ(money::yuanText(5), QStringLiteral("0.05"));
    EXPECT_EQ(money::yuanText(100000000), QStringLiteral("1,000,000.00"));
    EXPECT_EQ(money::yuanText(-150), QStringLiteral("-1.50"));
    for (qint64 fen : {0LL, 1LL, 99LL, 100LL, 123456789LL})
        EXPECT_EQ(money::fenFromYuanText(money::yuanText(fen)), fen);
}
