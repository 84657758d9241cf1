// SPDX-License-Identifier: MIT
#include "core/ServerLocation.h"

#include <gtest/gtest.h>

using sf::ServerLocation;

TEST(ServerLocation, ReadsHostPortDatabaseAndLogin)
{
    const auto location =
        ServerLocation::parse(QStringLiteral("postgresql://li.wei@db.example:6432/sales"));
    ASSERT_TRUE(location);
    EXPECT_EQ(location->host, QStringLiteral("db.example"));
    EXPECT_EQ(location->port, 6432);
    EXPECT_EQ(location->database, QStringLiteral("sales"));
    EXPECT_EQ(location->login, QStringLiteral("li.wei"));
}

TEST(ServerLocation, DefaultsThePortAndAcceptsTheShortScheme)
{
    const auto location = ServerLocation::parse(QStringLiteral(" postgres://10.0.0.5/salesflow "));
    ASSERT_TRUE(location);
    EXPECT_EQ(location->port, 5432);
    EXPECT_TRUE(location->login.isEmpty());
    EXPECT_EQ(location->url(), QStringLiteral("postgresql://10.0.0.5/salesflow"));
}

TEST(ServerLocation, KeepsTheConnectionOptions)
{
    const auto location =
        ServerLocation::parse(QStringLiteral("postgresql://li.wei@h/d?sslmode=require"));
    ASSERT_TRUE(location);
    EXPECT_EQ(location->options, QStringLiteral("sslmode=require"));
    EXPECT_EQ(location->url(), QStringLiteral("postgresql://li.wei@h/d?sslmode=require"));
}

TEST(ServerLocation, DropsAPassword)
{
    const auto location = ServerLocation::parse(QStringLiteral("postgresql://a:secret@h/d"));
    ASSERT_TRUE(location);
    EXPECT_FALSE(location->url().contains(QStringLiteral("secret")));
    EXPECT_EQ(location->url(), QStringLiteral("postgresql://a@h/d"));
}

TEST(ServerLocation, RefusesWhatIsNoServerDatabase)
{
    for (const char *text :
         {"/home/li/salesflow.db", "postgresql://", "postgresql://host", "postgresql://host/",
          "postgresql://host/a/b", "postgresql://host:99999/d", "postgresql://host:0/d",
          "postgresql://host:x/d", "https://host/d"})
        EXPECT_FALSE(ServerLocation::parse(QString::fromUtf8(text))) << text;
    EXPECT_TRUE(ServerLocation::looksLikeServer(QStringLiteral("POSTGRESQL://host")));
    EXPECT_FALSE(ServerLocation::looksLikeServer(QStringLiteral("/tmp/postgresql.db")));
}

TEST(ServerLocation, WritesTheUrlBackAndAShortName)
{
    ServerLocation location{QStringLiteral("db.example"), 6432, QStringLiteral("sales"), {}, {}};
    EXPECT_EQ(location.url(), QStringLiteral("postgresql://db.example:6432/sales"));
    EXPECT_EQ(location.shortName(), QStringLiteral("db.example:6432/sales"));
    location.port = 5432;
    location.login = QStringLiteral("li.wei");
    EXPECT_EQ(location.url(), QStringLiteral("postgresql://li.wei@db.example/sales"));
    EXPECT_EQ(location.shortName(), QStringLiteral("db.example/sales"));
    EXPECT_EQ(ServerLocation::parse(location.url())->url(), location.url());
}
