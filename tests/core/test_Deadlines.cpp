// SPDX-License-Identifier: MIT
#include "CalendarFixture.h"
#include "core/Deadlines.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace sf {
namespace {

using namespace deadlines;
using test::date;

class DeadlinesTest : public ::testing::Test
{
protected:
    QDateTime local(QDate day, int hour, int minute, int second = 0) const
    {
        return QDateTime(day, QTime(hour, minute, second), m_shanghai);
    }
    QDateTime utc(QDate day, int hour, int minute, int second = 0) const
    {
        return QDateTime(day, QTime(hour, minute, second), QTimeZone::utc());
    }

    WorkCalendar m_calendar = test::officialCalendar();
    QTimeZone m_shanghai{"Asia/Shanghai"};
};

TEST_F(DeadlinesTest, EndOfLocalDayIsTheLastSecondInTheZone)
{
    ASSERT_TRUE(m_shanghai.isValid());
    const QDateTime end = endOfLocalDay(date(2026, 2, 14), m_shanghai);
    EXPECT_EQ(end, utc(date(2026, 2, 14), 15, 59, 59));
    EXPECT_EQ(end.toTimeZone(m_shanghai).time(), QTime(23, 59, 59));
    // The offset of the day itself counts: Berlin is on summer time after 2026-03-29 02:00.
    const QTimeZone berlin("Europe/Berlin");
    EXPECT_EQ(endOfLocalDay(date(2026, 3, 28), berlin), utc(date(2026, 3, 28), 22, 59, 59));
    EXPECT_EQ(endOfLocalDay(date(2026, 3, 29), berlin), utc(date(2026, 3, 29), 21, 59, 59));
    EXPECT_FALSE(endOfLocalDay(QDate(), m_shanghai).isValid());
}

TEST_F(DeadlinesTest, R2EntryDeadlineCountsFromTheLocalDate)
{
    // 17:30 UTC on Thursday 12 February is 01:30 on Friday 13 February in Shanghai; the next
    // working day is the make-up Saturday 14 February.
    const QDateTime contact = utc(date(2026, 2, 12), 17, 30);
    EXPECT_EQ(entryDeadline(m_calendar, contact, m_shanghai), local(date(2026, 2, 14), 23, 59, 59));
    // Read in UTC, the same instant is on Thursday, due on Friday.
    EXPECT_EQ(entryDeadline(m_calendar, contact, QTimeZone::utc()),
              utc(date(2026, 2, 13), 23, 59, 59));
}

TEST_F(DeadlinesTest, R2LateOnlyAfterTheLastSecond)
{
    const QDateTime contact = local(date(2026, 2, 13), 9, 0);
    const QDateTime deadline = local(date(2026, 2, 14), 23, 59, 59);
    EXPECT_FALSE(isLateEntry(m_calendar, contact, contact, m_shanghai));
    EXPECT_FALSE(isLateEntry(m_calendar, contact, deadline, m_shanghai));
    EXPECT_FALSE(isLateEntry(m_calendar, contact, deadline.addMSecs(999), m_shanghai));
    EXPECT_TRUE(isLateEntry(m_calendar, contact, deadline.addSecs(1), m_shanghai));
    // The same instant written in UTC is judged alike.
    EXPECT_TRUE(isLateEntry(m_calendar, contact, utc(date(2026, 2, 14), 16, 0), m_shanghai));
    EXPECT_FALSE(isLateEntry(m_calendar, contact, QDateTime(), m_shanghai));
}

TEST_F(DeadlinesTest, R2AcrossTheSpringFestival)
{
    const QDateTime contact = local(date(2026, 2, 14), 10, 0); // the make-up Saturday
    EXPECT_EQ(entryDeadline(m_calendar, contact, m_shanghai), local(date(2026, 2, 24), 23, 59, 59));
    EXPECT_FALSE(isLateEntry(m_calendar, contact, local(date(2026, 2, 20), 9, 0), m_shanghai));
    EXPECT_TRUE(isLateEntry(m_calendar, contact, local(date(2026, 2, 25), 0, 0), m_shanghai));
}

TEST_F(DeadlinesTest, R8PlanDueThreeWorkingDaysAfterTheLaterDate)
{
    EXPECT_EQ(planDeadline(m_calendar, date(2026, 2, 10), std::nullopt, m_shanghai),
              local(date(2026, 2, 13), 23, 59, 59));
    EXPECT_EQ(planDeadline(m_calendar, date(2026, 2, 10), date(2026, 2, 12), m_shanghai),
              local(date(2026, 2, 24), 23, 59, 59));
    // Graded A before the first contact was recorded: the first contact counts.
    EXPECT_EQ(planDeadline(m_calendar, date(2026, 2, 10), date(2026, 2, 2), m_shanghai),
              local(date(2026, 2, 13), 23, 59, 59));
    EXPECT_EQ(planDeadline(m_calendar, date(2025, 9, 29), std::nullopt, m_shanghai),
              local(date(2025, 10, 10), 23, 59, 59));
    EXPECT_FALSE(planDeadline(m_calendar, QDate(), date(2026, 2, 2), m_shanghai).isValid());
}

TEST_F(DeadlinesTest, R10SupportRequestedTwoWorkingDaysAhead)
{
    // Item on Tuesday 24 February, the first working day after the Spring Festival.
    EXPECT_TRUE(supportRequestOnTime(m_calendar, date(2026, 2, 13), date(2026, 2, 24)));
    EXPECT_FALSE(supportRequestOnTime(m_calendar, date(2026, 2, 14), date(2026, 2, 24)));
    EXPECT_FALSE(supportRequestOnTime(m_calendar, date(2026, 2, 20), date(2026, 2, 24)));
    EXPECT_EQ(latestSupportRequestDate(m_calendar, date(2026, 2, 24)), date(2026, 2, 13));
    // Ordinary week: item Thursday, request by Tuesday.
    EXPECT_TRUE(supportRequestOnTime(m_calendar, date(2026, 3, 3), date(2026, 3, 5)));
    EXPECT_FALSE(supportRequestOnTime(m_calendar, date(2026, 3, 4), date(2026, 3, 5)));
    EXPECT_EQ(latestSupportRequestDate(m_calendar, date(2026, 3, 5)), date(2026, 3, 3));
    // Item on a Monday: the latest request is on the Thursday before, not the Friday.
    EXPECT_EQ(latestSupportRequestDate(m_calendar, date(2026, 3, 9)), date(2026, 3, 5));
    EXPECT_FALSE(supportRequestOnTime(m_calendar, date(2026, 3, 6), date(2026, 3, 9)));
    // Item on a day off inside the holiday.
    EXPECT_EQ(latestSupportRequestDate(m_calendar, date(2026, 2, 21)), date(2026, 2, 12));
    EXPECT_FALSE(supportRequestOnTime(m_calendar, QDate(), date(2026, 2, 21)));
}

TEST_F(DeadlinesTest, R10LatestRequestDateIsExactlyTheEdge)
{
    for (QDate item = date(2024, 12, 1); item <= date(2026, 12, 31); item = item.addDays(1)) {
        const QDate latest = latestSupportRequestDate(m_calendar, item);
        ASSERT_TRUE(supportRequestOnTime(m_calendar, latest, item))
            << qPrintable(item.toString(Qt::ISODate));
        ASSERT_FALSE(supportRequestOnTime(m_calendar, latest.addDays(1), item))
            << qPrintable(item.toString(Qt::ISODate));
    }
}

TEST(Deadlines, R11RecordWithinTwoHours)
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime contact(QDate(2026, 3, 2), QTime(10, 0), shanghai);
    EXPECT_EQ(kRecordWindowSecs, 7200);
    EXPECT_FALSE(isLateRecord(contact, contact.addSecs(3600)));
    EXPECT_FALSE(isLateRecord(contact, contact.addSecs(7200)));
    EXPECT_TRUE(isLateRecord(contact, contact.addSecs(7201)));
    EXPECT_TRUE(isLateRecord(contact, contact.addMSecs(7200 * 1000 + 1)));
    // Exactly two hours, written in another zone.
    EXPECT_FALSE(
        isLateRecord(contact, QDateTime(QDate(2026, 3, 2), QTime(4, 0), QTimeZone::utc())));
    EXPECT_FALSE(isLateRecord(contact, contact.addSecs(-60))); // recorded before: not late
    EXPECT_FALSE(isLateRecord(QDateTime(), contact));
}

TEST_F(DeadlinesTest, R15ReviewsDueOneWorkingDayLater)
{
    EXPECT_EQ(legalReviewDue(m_calendar, date(2026, 3, 3), m_shanghai),
              local(date(2026, 3, 4), 23, 59, 59));
    // Submitted on the eve of National Day 2026: legal review is due after the holiday.
    EXPECT_EQ(legalReviewDue(m_calendar, date(2026, 9, 30), m_shanghai),
              local(date(2026, 10, 8), 23, 59, 59));
    // Legal approval on Friday 9 October: finance review is due on the make-up Saturday.
    EXPECT_EQ(financeReviewDue(m_calendar, date(2026, 10, 9), m_shanghai),
              local(date(2026, 10, 10), 23, 59, 59));
    EXPECT_EQ(financeReviewDue(m_calendar, date(2025, 9, 30), m_shanghai),
              local(date(2025, 10, 9), 23, 59, 59));
    EXPECT_FALSE(legalReviewDue(m_calendar, QDate(), m_shanghai).isValid());
}

} // namespace
} // namespace sf
