// SPDX-License-Identifier: MIT
// A workspace on a PostgreSQL database: the first parts that work on a team's server (users,
// regions, the working-day calendar, settings).
#include "services/CalendarService.h"
#include "services/RegionService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "support/PostgresCluster.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QTimeZone>

using namespace sf;
using sf::test::succeeded;

namespace {

class PostgresWorkspace : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(test::PostgresCluster::shared().newDatabase(&m_url)); }

    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());
    QString m_url;
};

} // namespace

TEST_F(PostgresWorkspace, OpensAnEmptyDatabaseAndWorksWithUsersRegionsAndTheCalendar)
{
    auto opened = Workspace::open(m_url, [this] { return m_now; });
    ASSERT_TRUE(succeeded(opened));
    Workspace &ws = **opened;
    EXPECT_GE(ws.schemaVersion(), 6);
    EXPECT_EQ(ws.actor().role, Role::Admin);
    EXPECT_TRUE(ws.databasePath().startsWith(QStringLiteral("postgresql://")));

    // users add
    User li;
    li.login = QStringLiteral("li.lei");
    li.name = QStringLiteral("李雷");
    li.role = Role::Rep;
    auto added = ws.users().add(li);
    ASSERT_TRUE(succeeded(added));
    EXPECT_GT(added->id, 0);
    auto found = ws.users().find(QStringLiteral("LI.LEI"));
    ASSERT_TRUE(succeeded(found));
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(found->value().id, added->id);
    EXPECT_FALSE(ws.users().add(li).ok()); // the login is taken, in any case

    // regions add
    ASSERT_TRUE(succeeded(ws.regions().add(QStringLiteral("NB"), QStringLiteral("宁波"))));
    const Status duplicate = ws.regions().add(QStringLiteral("HZ"), QStringLiteral("杭州"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, ErrorKind::Conflict);

    // calendar: the bundled schedules are there; a day can be set and removed again.
    auto years = ws.calendar().years();
    ASSERT_TRUE(succeeded(years));
    EXPECT_GE(years->size(), 3);
    auto calendar = ws.calendar().workCalendar();
    ASSERT_TRUE(succeeded(calendar));
    EXPECT_FALSE(calendar->isWorkday(QDate(2026, 1, 1))); // 元旦
    ASSERT_TRUE(succeeded(
        ws.calendar().setDay(2026, {QDate(2026, 3, 4), true, QStringLiteral("company day")})));
    auto changed = ws.calendar().workCalendar();
    ASSERT_TRUE(succeeded(changed));
    EXPECT_FALSE(changed->isWorkday(QDate(2026, 3, 4)));
    ASSERT_TRUE(succeeded(ws.calendar().removeDay(QDate(2026, 3, 4))));
    EXPECT_TRUE(ws.calendar().workCalendar()->isWorkday(QDate(2026, 3, 4)));
}

TEST_F(PostgresWorkspace, ASecondWorkspaceSeesTheFirstOnesChanges)
{
    auto first = Workspace::open(m_url, [this] { return m_now; });
    ASSERT_TRUE(succeeded(first));
    auto second = Workspace::open(m_url, [this] { return m_now; });
    ASSERT_TRUE(succeeded(second)); // no second migration, no second administrator
    ASSERT_TRUE(succeeded(
        (*first)->calendar().setDay(2026, {QDate(2026, 3, 5), true, QStringLiteral("off")})));
    auto seen = (*second)->calendar().workCalendar();
    ASSERT_TRUE(succeeded(seen));
    EXPECT_FALSE(seen->isWorkday(QDate(2026, 3, 5)));
    auto users = (*second)->users().list();
    ASSERT_TRUE(succeeded(users));
    EXPECT_EQ(users->size(), 1);
}
