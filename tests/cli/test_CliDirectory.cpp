// SPDX-License-Identifier: MIT
// Customer ids, users and regions from the command line.
#include "CliRunner.h"

using namespace sf::test;

using CliDirectory = CliTest;

TEST_F(CliDirectory, ValidatesIds)
{
    const CliRun valid = runOnDb({QStringLiteral("id"), QStringLiteral("validate"),
                                  QStringLiteral("HZ2024001"), QStringLiteral("--json")});
    EXPECT_EQ(valid.exitCode, 0);
    EXPECT_EQ(valid.out.trimmed(), QStringLiteral(R"({"valid":true})"));

    const CliRun invalid = runOnDb({QStringLiteral("id"), QStringLiteral("validate"),
                                    QStringLiteral("HZ24001"), QStringLiteral("--json")});
    EXPECT_EQ(invalid.exitCode, 2);
    EXPECT_FALSE(invalid.json().value(QStringLiteral("valid")).toBool(true));
    EXPECT_FALSE(invalid.json().value(QStringLiteral("reason")).toString().isEmpty());

    const CliRun unknownRegion = runOnDb({QStringLiteral("id"), QStringLiteral("validate"),
                                          QStringLiteral("QQ2024001"), QStringLiteral("--json")});
    EXPECT_EQ(unknownRegion.exitCode, 2);
    EXPECT_TRUE(unknownRegion.json()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("QQ")));
}

TEST_F(CliDirectory, NextIdOfARegion)
{
    const CliRun next =
        runOnDb({QStringLiteral("id"), QStringLiteral("next"), QStringLiteral("HZ"),
                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")});
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_EQ(next.out.trimmed(), QStringLiteral(R"({"id":"HZ2026001"})"));
    const CliRun thisYear =
        runOnDb({QStringLiteral("id"), QStringLiteral("next"), QStringLiteral("SH")});
    EXPECT_TRUE(thisYear.out.startsWith(QStringLiteral("SH20"))) << thisYear.out.toStdString();
    EXPECT_EQ(
        runOnDb({QStringLiteral("id"), QStringLiteral("next"), QStringLiteral("QQ")}).exitCode, 2);
}

TEST_F(CliDirectory, AddsUsersAndRegions)
{
    const CliRun added =
        runOnDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("li.lei"),
                 QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--senior"),
                 QStringLiteral("--name"), QStringLiteral("李雷"), QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.json().value(QStringLiteral("senior")).toBool());
    EXPECT_EQ(added.json().value(QStringLiteral("name")).toString(), QStringLiteral("李雷"));
    EXPECT_EQ(runOnDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("li.lei"),
                       QStringLiteral("--role"), QStringLiteral("rep")})
                  .exitCode,
              2); // taken
    EXPECT_EQ(runOnDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("han"),
                       QStringLiteral("--role"), QStringLiteral("boss")})
                  .exitCode,
              2);
    EXPECT_EQ(
        runOnDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("han")}).exitCode,
        1);

    // Acting as a rep, adding a region is refused.
    const CliRun refused =
        runOnDb({QStringLiteral("regions"), QStringLiteral("add"), QStringLiteral("NB"),
                 QStringLiteral("宁波"), QStringLiteral("--user"), QStringLiteral("li.lei")});
    EXPECT_EQ(refused.exitCode, 2);
    const CliRun region = runOnDb({QStringLiteral("regions"), QStringLiteral("add"),
                                   QStringLiteral("NB"), QStringLiteral("宁波")});
    EXPECT_EQ(region.exitCode, 0) << region.err.toStdString();
    const CliRun list =
        runOnDb({QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(list.json().value(QStringLiteral("regions")).toArray().size(), 13);
}
