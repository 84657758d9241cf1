// SPDX-License-Identifier: MIT
#include "CalendarFixture.h"
#include "core/CustomerId.h"

#include <gtest/gtest.h>
#include <limits>

namespace sf {
namespace {

// Each refused id names its reason; the message is checked for that reason (English source).
void expectRefused(const QString &id, const QString &reason)
{
    const auto parsed = CustomerId::parse(id);
    ASSERT_FALSE(parsed.ok()) << qPrintable(id);
    EXPECT_EQ(parsed.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(parsed.error().rule, QStringLiteral("R1"));
    EXPECT_TRUE(parsed.error().message.contains(reason))
        << qPrintable(id) << ": " << qPrintable(parsed.error().message);
}

TEST(CustomerId, ParsesTheExampleOfTheStandard)
{
    const auto parsed = CustomerId::parse(QStringLiteral("HZ2024001"));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->region, QStringLiteral("HZ"));
    EXPECT_EQ(parsed->year, 2024);
    EXPECT_EQ(parsed->serial, 1);
    EXPECT_EQ(parsed->toString(), QStringLiteral("HZ2024001"));
}

TEST(CustomerId, ParsesThreeLetterRegionsAndLongSerials)
{
    const auto parsed = CustomerId::parse(QStringLiteral("SHA20991234"));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->region, QStringLiteral("SHA"));
    EXPECT_EQ(parsed->year, 2099);
    EXPECT_EQ(parsed->serial, 1234);
    EXPECT_EQ((CustomerId{QStringLiteral("SH"), 2000, 999}),
              CustomerId::parse(QStringLiteral("SH2000999")).value());
}

TEST(CustomerId, RefusesWithAPreciseReason)
{
    expectRefused(QString(), QStringLiteral("empty"));
    expectRefused(QStringLiteral("hz2024001"), QStringLiteral("lower-case letters"));
    expectRefused(QStringLiteral("Hz2024001"), QStringLiteral("lower-case letters"));
    expectRefused(QStringLiteral("HZ2024001 "), QStringLiteral("spaces"));
    expectRefused(QStringLiteral("HZ 2024001"), QStringLiteral("spaces"));
    expectRefused(QStringLiteral("HZ-2024-001"), QStringLiteral("\"-\""));
    expectRefused(QStringLiteral("ＨＺ2024001"), QStringLiteral("only letters A–Z and digits"));
    expectRefused(QStringLiteral("2024001"), QStringLiteral("must start with a region code"));
    expectRefused(QStringLiteral("H2024001"), QStringLiteral("region code must be 2–3 letters"));
    expectRefused(QStringLiteral("HZNB2024001"),
                  QStringLiteral("region code must be 2–3 letters, not 4"));
    expectRefused(QStringLiteral("HZ2024A01"),
                  QStringLiteral("letters may only stand at the start"));
    expectRefused(QStringLiteral("HZ202"), QStringLiteral("year must be 4 digits"));
    expectRefused(QStringLiteral("HZ1999001"), QStringLiteral("year 1999 is out of range"));
    expectRefused(QStringLiteral("HZ2100001"), QStringLiteral("year 2100 is out of range"));
    expectRefused(QStringLiteral("HZ2024"), QStringLiteral("serial must be at least 3 digits"));
    expectRefused(QStringLiteral("HZ202401"), QStringLiteral("serial must be at least 3 digits"));
    expectRefused(QStringLiteral("HZ2024000"), QStringLiteral("serial must not be 0"));
    expectRefused(QStringLiteral("HZ20240000"), QStringLiteral("serial must not be 0"));
    expectRefused(QStringLiteral("HZ20240001"), QStringLiteral("leading zero"));
    expectRefused(QStringLiteral("HZ20240001"), QStringLiteral("HZ2024001"));
    expectRefused(QStringLiteral("HZ20241234567890"), QStringLiteral("at most 9 digits"));
}

TEST(CustomerId, FormatsPadsToThreeDigitsAndGrowsPast999)
{
    EXPECT_EQ(CustomerId::format(QStringLiteral("HZ"), 2024, 1), QStringLiteral("HZ2024001"));
    EXPECT_EQ(CustomerId::format(QStringLiteral("HZ"), 2024, 42), QStringLiteral("HZ2024042"));
    EXPECT_EQ(CustomerId::format(QStringLiteral("HZ"), 2024, 999), QStringLiteral("HZ2024999"));
    EXPECT_EQ(CustomerId::format(QStringLiteral("HZ"), 2024, 1000), QStringLiteral("HZ20241000"));
    EXPECT_EQ(CustomerId::format(QStringLiteral("SHA"), 2025, 12345),
              QStringLiteral("SHA202512345"));
}

TEST(CustomerId, FormattedIdsParseBack)
{
    for (int serial : {1, 9, 10, 99, 100, 998, 999, 1000, 1001, 9999, 10000, 123456789}) {
        const QString text = CustomerId::format(QStringLiteral("BJ"), 2031, serial);
        const auto parsed = CustomerId::parse(text);
        ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
        EXPECT_EQ(parsed->serial, serial);
        EXPECT_EQ(parsed->toString(), text);
    }
}

TEST(CustomerId, NextSerialCountsOnFromTheLastIssued)
{
    EXPECT_EQ(nextSerial(0), 1);
    EXPECT_EQ(nextSerial(-5), 1);
    EXPECT_EQ(nextSerial(1), 2);
    EXPECT_EQ(nextSerial(998), 999);
    EXPECT_EQ(nextSerial(999), 1000);
    EXPECT_EQ(CustomerId::format(QStringLiteral("HZ"), 2024, nextSerial(999)),
              QStringLiteral("HZ20241000"));
    EXPECT_EQ(nextSerial(std::numeric_limits<int>::max()), std::numeric_limits<int>::max());
}

} // namespace
} // namespace sf
