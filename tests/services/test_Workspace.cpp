// SPDX-License-Identifier: MIT
#include "WorkspaceFixture.h"
#include "services/CalendarService.h"
#include "services/MaintenanceService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "storage/Migrator.h"

#include <QFile>

using namespace sf;
using sf::test::succeeded;

using WorkspaceOpen = test::WorkspaceTest;

TEST_F(WorkspaceOpen, ActsAsTheLocalAdministrator)
{
    // On a server: the role that connected, which created the schema.
    EXPECT_EQ(m_ws->actor().login,
              test::kOnPostgreSQL ? QStringLiteral("postgres") : UserService::localAdminLogin());
    EXPECT_EQ(m_ws->actor().role, Role::Admin);
    EXPECT_EQ(m_ws->schemaVersion(), 11);
    // A PostgreSQL server keeps its own write-ahead log: there is no journal mode to report.
    EXPECT_EQ(m_ws->journalMode(), test::kOnPostgreSQL ? QString() : QStringLiteral("wal"));
}

TEST_F(WorkspaceOpen, AFileOfThisVersionNeedsNoUpgrade)
{
    EXPECT_FALSE(Workspace::needsUpgrade(m_ws->databasePath())); // this version's file, or a server
    EXPECT_FALSE(Workspace::needsUpgrade(m_folder.path(QStringLiteral("new.db"))));
    EXPECT_FALSE(Workspace::needsUpgrade(QStringLiteral("postgresql://db.example/sales")));
    // A closed file whose header says an earlier version does, and reading it leaves no file.
    const QString older = m_folder.path(QStringLiteral("older.db"));
    {
        auto created = Workspace::open(older);
        ASSERT_TRUE(succeeded(created));
    }
    ASSERT_TRUE(test::setFileSchemaVersion(older, 9));
    EXPECT_TRUE(Workspace::needsUpgrade(older));
    EXPECT_EQ(Migrator::fileVersion(older), 9);
    EXPECT_EQ(Migrator::fileVersion(m_folder.path(QStringLiteral("none.db"))), -1);
    EXPECT_FALSE(QFile::exists(older + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(older + QStringLiteral("-shm")));
}

TEST_F(WorkspaceOpen, LoadsTheBundledHolidaySchedules)
{
    auto years = m_ws->calendar().years();
    ASSERT_TRUE(succeeded(years));
    ASSERT_EQ(years->size(), 3);
    EXPECT_EQ(years->at(0).year, 2024);
    EXPECT_EQ(years->at(2).year, 2026);
    auto calendar = m_ws->calendar().workCalendar();
    ASSERT_TRUE(succeeded(calendar));
    EXPECT_TRUE(calendar->isWorkday(QDate(2026, 2, 14)));  // make-up Saturday
    EXPECT_FALSE(calendar->isWorkday(QDate(2026, 2, 16))); // Spring Festival
    EXPECT_EQ(calendar->addWorkdays(QDate(2026, 2, 14), 1), QDate(2026, 2, 24));
}

TEST_F(WorkspaceOpen, ReopeningKeepsOneAdministratorAndOneCopyOfTheCalendar)
{
    const QString path = m_ws->databasePath();
    m_ws.reset();
    auto again = Workspace::open(path);
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ((*again)->users().list()->size(), 1);
    EXPECT_EQ((*again)->calendar().years()->size(), 3);
}

TEST_F(WorkspaceOpen, ActAsAnUnknownUserIsRefused)
{
    const Status status = m_ws->actAs(QStringLiteral("nobody"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(m_ws->actor().login, m_admin);
}

TEST_F(WorkspaceOpen, TimeZoneDefaultsToShanghaiAndIsValidated)
{
    EXPECT_EQ(m_ws->settings().timeZone().id(), QByteArray("Asia/Shanghai"));
    const Status bad = m_ws->settings().setTimeZone(QStringLiteral("Mars/Olympus"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::Invalid);
    ASSERT_TRUE(succeeded(m_ws->settings().setTimeZone(QStringLiteral("Europe/Berlin"))));
    EXPECT_EQ(m_ws->settings().timeZone().id(), QByteArray("Europe/Berlin"));
}

TEST_F(WorkspaceOpen, OnlyAnAdministratorChangesTheTimeZone)
{
    actAsNew(QStringLiteral("wang"), Role::Manager);
    const Status status = m_ws->settings().setTimeZone(QStringLiteral("Europe/Berlin"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Permission);
}

TEST_F(WorkspaceOpen, BackupAndCheck)
{
    if constexpr (test::kOnPostgreSQL) {
        // A server's database is backed up and checked by its administrator's tools (pg_dump,
        // pg_amcheck): SalesFlow refuses both, saying so, and writes no file.
        const QString copy = m_folder.path(QStringLiteral("copy.db"));
        auto backup = m_ws->maintenance().backup(copy);
        ASSERT_FALSE(backup.ok());
        EXPECT_EQ(backup.error().kind, ErrorKind::Storage);
        EXPECT_TRUE(backup.error().message.contains(QStringLiteral("pg_dump")));
        EXPECT_FALSE(QFile::exists(copy));
        auto problems = m_ws->maintenance().check();
        ASSERT_FALSE(problems.ok());
        EXPECT_EQ(problems.error().kind, ErrorKind::Storage);
        EXPECT_TRUE(problems.error().message.contains(QStringLiteral("pg_amcheck")));
        EXPECT_FALSE(m_ws->maintenance().backup(QString()).ok());
        return;
    }
    auto backup = m_ws->maintenance().backup(m_folder.path(QStringLiteral("copy.db")));
    ASSERT_TRUE(succeeded(backup));
    EXPECT_TRUE(QFile::exists(backup->path));
    auto problems = m_ws->maintenance().check();
    ASSERT_TRUE(succeeded(problems));
    EXPECT_TRUE(problems->isEmpty());
    EXPECT_FALSE(m_ws->maintenance().backup(QString()).ok());
}

TEST_F(WorkspaceOpen, TodayIsTheDateInTheTeamsTimeZone)
{
    m_now = QDateTime(QDate(2026, 3, 1), QTime(17, 30), QTimeZone::utc()); // 01:30 in Shanghai
    EXPECT_EQ(m_ws->today(), QDate(2026, 3, 2));
    ASSERT_TRUE(succeeded(m_ws->settings().setTimeZone(QStringLiteral("Europe/Berlin"))));
    EXPECT_EQ(m_ws->today(), QDate(2026, 3, 1));
}
