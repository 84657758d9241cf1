// SPDX-License-Identifier: MIT
#include "WorkspaceFixture.h"
#include "services/CalendarService.h"

#include <QFile>
#include <QtCore/qtestsupport_core.h>

using namespace sf;
using sf::test::succeeded;

namespace {

QString calendarFile(const char *name)
{
    return QStringLiteral(SF_CALENDAR_DIR "/") + QString::fromUtf8(name);
}

} // namespace

using CalendarServiceTest = test::WorkspaceTest;

TEST_F(CalendarServiceTest, ImportsTheICalendarScheduleAsTheJsonOne)
{
    auto before = m_ws->calendar().daysOfYear(2025);
    ASSERT_TRUE(succeeded(before));
    auto summary = m_ws->calendar().importFile(calendarFile("2025.ics"));
    ASSERT_TRUE(succeeded(summary));
    EXPECT_EQ(summary->year, 2025);
    auto after = m_ws->calendar().daysOfYear(2025);
    ASSERT_TRUE(succeeded(after));
    ASSERT_EQ(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        EXPECT_EQ(after->at(i).date, before->at(i).date);
        EXPECT_EQ(after->at(i).offDay, before->at(i).offDay);
    }
    auto years = m_ws->calendar().years();
    EXPECT_EQ(years->at(1).source, QStringLiteral("2025.ics"));
}

TEST_F(CalendarServiceTest, AMalformedFileNamesTheLineAndImportsNothing)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("2026-bad.ics"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:春节\r\n"
                   "DTSTART;VALUE=DATE:20260230\r\nDTEND;VALUE=DATE:20260301\r\n"
                   "END:VEVENT\r\nEND:VCALENDAR\r\n");
    }
    auto before = m_ws->calendar().daysOfYear(2026);
    auto summary = m_ws->calendar().importFile(path);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(summary.error().message.contains(QStringLiteral("line 4")))
        << summary.error().message.toStdString();
    EXPECT_EQ(m_ws->calendar().daysOfYear(2026)->size(), before->size());
}

TEST_F(CalendarServiceTest, AMissingFileIsExplained)
{
    auto summary = m_ws->calendar().importFile(QStringLiteral("/nonexistent/2027.json"));
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().message.contains(QStringLiteral("/nonexistent/2027.json")));
}

TEST_F(CalendarServiceTest, EditedDaysChangeTheCalendarAndAreAudited)
{
    const QDate saturday(2026, 6, 6);
    ASSERT_FALSE(m_ws->calendar().workCalendar()->isWorkday(saturday));
    ASSERT_TRUE(succeeded(
        m_ws->calendar().setDay(2026, {saturday, false, QStringLiteral("  公司调休  ")})));
    EXPECT_TRUE(m_ws->calendar().workCalendar()->isWorkday(saturday));
    EXPECT_EQ(m_ws->calendar().workCalendar()->dayInfo(saturday)->name, QStringLiteral("公司调休"));

    ASSERT_TRUE(succeeded(m_ws->calendar().removeDay(saturday)));
    EXPECT_FALSE(m_ws->calendar().workCalendar()->isWorkday(saturday));
    const Status again = m_ws->calendar().removeDay(saturday);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::NotFound);
}

TEST_F(CalendarServiceTest, RefusesADayOfAnotherSchedule)
{
    const Status status = m_ws->calendar().setDay(2026, {QDate(2030, 1, 1), true, QString()});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Invalid);
}

TEST_F(CalendarServiceTest, OnlyAnAdministratorEditsTheCalendar)
{
    actAsNew(QStringLiteral("zhang"), Role::Rep);
    const Status status = m_ws->calendar().setDay(2026, {QDate(2026, 6, 6), false, QString()});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Permission);
    EXPECT_FALSE(m_ws->calendar().importFile(calendarFile("2025.ics")).ok());
}

TEST_F(CalendarServiceTest, SeesChangesMadeByAnotherConnection)
{
    const QDate saturday(2026, 6, 6);
    ASSERT_FALSE(m_ws->calendar().workCalendar()->isWorkday(saturday)); // cached now
    auto other = Workspace::open(m_ws->databasePath());
    ASSERT_TRUE(succeeded(other));
    ASSERT_TRUE(
        succeeded((*other)->calendar().setDay(2026, {saturday, false, QStringLiteral("调休")})));
    if constexpr (test::kOnPostgreSQL) {
        // The other session's commit is noticed through its notification (LISTEN/NOTIFY), read
        // when this thread's event loop runs, as the desktop's does between the user's actions.
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return m_ws->calendar().workCalendar()->isWorkday(saturday); }));
    } else {
        EXPECT_TRUE(m_ws->calendar().workCalendar()->isWorkday(saturday));
    }
}
