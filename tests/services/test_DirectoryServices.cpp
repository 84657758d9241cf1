// SPDX-License-Identifier: MIT
// Regions, users and customer ids.
#include "WorkspaceFixture.h"
#include "services/CustomerIdService.h"
#include "services/RegionService.h"
#include "services/UserService.h"

using namespace sf;
using sf::test::succeeded;

using DirectoryTest = test::WorkspaceTest;

TEST_F(DirectoryTest, AddsARegion)
{
    ASSERT_TRUE(succeeded(m_ws->regions().add(QStringLiteral("NB"), QStringLiteral(" 宁波 "))));
    auto nb = m_ws->regions().find(QStringLiteral("NB"));
    ASSERT_TRUE(succeeded(nb));
    ASSERT_TRUE(nb->has_value());
    EXPECT_EQ(nb->value().name, QStringLiteral("宁波"));
}

TEST_F(DirectoryTest, RefusesBadRegions)
{
    for (const QString &code : {QStringLiteral("hz"), QStringLiteral("H"), QStringLiteral("HZZZ"),
                                QStringLiteral("H1")}) {
        const Status status = m_ws->regions().add(code, QStringLiteral("x"));
        ASSERT_FALSE(status.ok()) << code.toStdString();
        EXPECT_EQ(status.error().kind, ErrorKind::Invalid);
    }
    EXPECT_FALSE(m_ws->regions().add(QStringLiteral("NB"), QStringLiteral("  ")).ok());
    const Status duplicate = m_ws->regions().add(QStringLiteral("HZ"), QStringLiteral("杭州"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, ErrorKind::Conflict);
}

TEST_F(DirectoryTest, RenamingFromAStaleCopyIsAConflict)
{
    Region hz = m_ws->regions().find(QStringLiteral("HZ"))->value();
    Region mine = hz;
    mine.name = QStringLiteral("杭州市");
    ASSERT_TRUE(succeeded(m_ws->regions().update(mine)));
    Region theirs = hz; // read before my change
    theirs.active = false;
    const Status status = m_ws->regions().update(theirs);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(m_ws->regions().find(QStringLiteral("HZ"))->value().name, QStringLiteral("杭州市"));
}

TEST_F(DirectoryTest, OnlyAnAdministratorAddsRegionsAndUsers)
{
    actAsNew(QStringLiteral("rep1"), Role::Rep);
    EXPECT_EQ(m_ws->regions().add(QStringLiteral("NB"), QStringLiteral("宁波")).error().kind,
              ErrorKind::Permission);
    User other;
    other.login = QStringLiteral("rep2");
    EXPECT_EQ(m_ws->users().add(other).error().kind, ErrorKind::Permission);
}

TEST_F(DirectoryTest, AddsUsersWithValidLogins)
{
    User user;
    user.login = QStringLiteral("li.lei");
    user.name = QStringLiteral("李雷");
    user.role = Role::Rep;
    user.senior = true;
    auto added = m_ws->users().add(user);
    ASSERT_TRUE(succeeded(added));
    EXPECT_GT(added->id, 0);
    EXPECT_EQ(m_ws->users().add(user).error().kind, ErrorKind::Conflict);
    for (const QString &login : {QStringLiteral("Li"), QStringLiteral("1abc"), QStringLiteral("a"),
                                 QStringLiteral("with space")}) {
        user.login = login;
        EXPECT_EQ(m_ws->users().add(user).error().kind, ErrorKind::Invalid) << login.toStdString();
    }
}

TEST_F(DirectoryTest, ValidatesCustomerIdsAgainstKnownRegions)
{
    EXPECT_TRUE(m_ws->customerIds().validate(QStringLiteral("HZ2024001")).ok());
    auto unknown = m_ws->customerIds().validate(QStringLiteral("QQ2024001"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().rule, QStringLiteral("R1"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("QQ")));
    EXPECT_FALSE(m_ws->customerIds().validate(QStringLiteral("HZ24001")).ok());
}

TEST_F(DirectoryTest, PeeksTheNextIdOfARegionAndYear)
{
    auto next = m_ws->customerIds().peekNext(QStringLiteral("hz"), 2026);
    ASSERT_TRUE(succeeded(next));
    EXPECT_EQ(*next, QStringLiteral("HZ2026001"));
    EXPECT_FALSE(m_ws->customerIds().peekNext(QStringLiteral("QQ"), 2026).ok());
    EXPECT_FALSE(m_ws->customerIds().peekNext(QStringLiteral("HZ"), 1999).ok());
}
