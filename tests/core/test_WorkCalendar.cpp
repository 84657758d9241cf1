// SPDX-License-Identifier: MIT
#include "CalendarFixture.h"
#include "core/WorkCalendar.h"

#include <gtest/gtest.h>
#include <random>

namespace sf {
namespace {

using test::date;

// Day by day, the definition itself: a reference for the optimised implementation.
QDate referenceAddWorkdays(const WorkCalendar &calendar, QDate day, int n)
{
    const int step = n > 0 ? 1 : -1;
    for (int remaining = qAbs(n); remaining > 0;) {
        day = day.addDays(step);
        if (calendar.isWorkday(day))
            --remaining;
    }
    return day;
}

int referenceWorkdaysBetween(const WorkCalendar &calendar, QDate from, QDate to)
{
    int count = 0;
    for (QDate day = std::min(from, to).addDays(1); day <= std::max(from, to); day = day.addDays(1))
        count += calendar.isWorkday(day) ? 1 : 0;
    return to < from ? -count : count;
}

class WorkCalendarTest : public ::testing::Test
{
protected:
    WorkCalendar m_calendar = test::officialCalendar();
};

TEST(WorkCalendarEmpty, KnowsOnlyWeekends)
{
    const WorkCalendar calendar;
    EXPECT_TRUE(calendar.isWorkday(date(2026, 10, 1)));  // a Thursday: no schedule imported
    EXPECT_FALSE(calendar.isWorkday(date(2026, 2, 14))); // a Saturday
    EXPECT_FALSE(calendar.isWorkday(date(2026, 2, 15))); // a Sunday
    EXPECT_EQ(calendar.addWorkdays(date(2026, 2, 13), 1), date(2026, 2, 16));
    EXPECT_EQ(calendar.addWorkdays(date(2026, 2, 14), 1), date(2026, 2, 16));
    EXPECT_FALSE(calendar.dayInfo(date(2026, 2, 14)).has_value());
    EXPECT_FALSE(calendar.isWorkday(QDate()));
}

TEST_F(WorkCalendarTest, SpringFestival2026)
{
    EXPECT_TRUE(m_calendar.isWorkday(date(2026, 2, 14))); // make-up Saturday
    for (QDate day = date(2026, 2, 15); day <= date(2026, 2, 23); day = day.addDays(1))
        EXPECT_FALSE(m_calendar.isWorkday(day)) << qPrintable(day.toString(Qt::ISODate));
    EXPECT_TRUE(m_calendar.isWorkday(date(2026, 2, 24)));
    EXPECT_TRUE(m_calendar.isWorkday(date(2026, 2, 28)));  // the second make-up Saturday
    EXPECT_FALSE(m_calendar.isWorkday(date(2026, 2, 21))); // a Saturday inside the holiday

    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 12), 1), date(2026, 2, 13));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 13), 1), date(2026, 2, 14));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 14), 1), date(2026, 2, 24));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 13), 3), date(2026, 2, 25));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 18), 1), date(2026, 2, 24));
}

TEST_F(WorkCalendarTest, DayInfoTellsTheScheduleEntry)
{
    const auto makeUp = m_calendar.dayInfo(date(2026, 2, 14));
    ASSERT_TRUE(makeUp.has_value());
    EXPECT_FALSE(makeUp->offDay);
    EXPECT_EQ(makeUp->name, QStringLiteral("春节"));
    const auto off = m_calendar.dayInfo(date(2026, 10, 1));
    ASSERT_TRUE(off.has_value());
    EXPECT_TRUE(off->offDay);
    EXPECT_EQ(off->name, QStringLiteral("国庆节"));
    EXPECT_FALSE(m_calendar.dayInfo(date(2026, 3, 3)).has_value());
    EXPECT_FALSE(m_calendar.dayInfo(QDate()).has_value());
}

TEST_F(WorkCalendarTest, NationalDay2025)
{
    EXPECT_TRUE(m_calendar.isWorkday(date(2025, 9, 28))); // make-up Sunday
    for (QDate day = date(2025, 10, 1); day <= date(2025, 10, 8); day = day.addDays(1))
        EXPECT_FALSE(m_calendar.isWorkday(day)) << qPrintable(day.toString(Qt::ISODate));
    EXPECT_TRUE(m_calendar.isWorkday(date(2025, 10, 11))); // make-up Saturday
    EXPECT_EQ(m_calendar.addWorkdays(date(2025, 9, 26), 1), date(2025, 9, 28));
    EXPECT_EQ(m_calendar.addWorkdays(date(2025, 9, 30), 1), date(2025, 10, 9));
    EXPECT_EQ(m_calendar.addWorkdays(date(2025, 9, 30), 2), date(2025, 10, 10));
    EXPECT_EQ(m_calendar.addWorkdays(date(2025, 10, 10), 1), date(2025, 10, 11));
}

TEST_F(WorkCalendarTest, NationalDayAndMidAutumn2026)
{
    EXPECT_TRUE(m_calendar.isWorkday(date(2026, 9, 20)));  // make-up Sunday
    EXPECT_FALSE(m_calendar.isWorkday(date(2026, 9, 25))); // 中秋节, a Friday
    for (QDate day = date(2026, 10, 1); day <= date(2026, 10, 7); day = day.addDays(1))
        EXPECT_FALSE(m_calendar.isWorkday(day)) << qPrintable(day.toString(Qt::ISODate));
    EXPECT_TRUE(m_calendar.isWorkday(date(2026, 10, 8)));
    EXPECT_TRUE(m_calendar.isWorkday(date(2026, 10, 10))); // make-up Saturday
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 9, 18), 1), date(2026, 9, 20));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 9, 24), 1), date(2026, 9, 28));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 9, 30), 1), date(2026, 10, 8));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 10, 9), 1), date(2026, 10, 10));
}

TEST_F(WorkCalendarTest, CrossesYearBoundaries)
{
    // 2026-01-01..03 are off and Sunday 2026-01-04 is a make-up working day (official data).
    EXPECT_EQ(m_calendar.addWorkdays(date(2025, 12, 31), 1), date(2026, 1, 4));
    EXPECT_EQ(m_calendar.addWorkdays(date(2025, 12, 31), 2), date(2026, 1, 5));
    EXPECT_EQ(m_calendar.addWorkdays(date(2024, 12, 31), 1), date(2025, 1, 2));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 1, 5), -1), date(2026, 1, 4));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 1, 4), -1), date(2025, 12, 31));
}

TEST_F(WorkCalendarTest, OutsideTheImportedYearsOnlyWeekendsAreOff)
{
    EXPECT_TRUE(m_calendar.isWorkday(date(2030, 10, 1))); // a Tuesday; 2030 is not imported
    EXPECT_FALSE(m_calendar.isWorkday(date(2030, 10, 5)));
    EXPECT_EQ(m_calendar.addWorkdays(date(2030, 1, 4), 1), date(2030, 1, 7));
    EXPECT_EQ(m_calendar.addWorkdays(date(2030, 1, 7), 10), date(2030, 1, 21));
    EXPECT_EQ(m_calendar.addWorkdays(date(2030, 1, 7), -1), date(2030, 1, 4));
    EXPECT_EQ(m_calendar.addWorkdays(date(2020, 1, 1), 1), date(2020, 1, 2));
    EXPECT_EQ(m_calendar.workdaysBetween(date(2030, 1, 6), date(2030, 1, 13)), 5);
}

TEST_F(WorkCalendarTest, NegativeAndZeroCounts)
{
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 15), 0), date(2026, 2, 15));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 24), -1), date(2026, 2, 14));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 24), -2), date(2026, 2, 13));
    EXPECT_EQ(m_calendar.addWorkdays(date(2025, 10, 9), -1), date(2025, 9, 30));
    EXPECT_EQ(m_calendar.addWorkdays(date(2026, 2, 16), -1), date(2026, 2, 14));
    EXPECT_FALSE(m_calendar.addWorkdays(QDate(), 1).isValid());
}

TEST_F(WorkCalendarTest, WorkdaysBetweenCountsTheHalfOpenRange)
{
    EXPECT_EQ(m_calendar.workdaysBetween(date(2026, 2, 13), date(2026, 2, 24)), 2);
    EXPECT_EQ(m_calendar.workdaysBetween(date(2026, 2, 24), date(2026, 2, 13)), -2);
    EXPECT_EQ(m_calendar.workdaysBetween(date(2026, 2, 14), date(2026, 2, 14)), 0);
    EXPECT_EQ(m_calendar.workdaysBetween(date(2026, 2, 14), date(2026, 2, 23)), 0);
    EXPECT_EQ(m_calendar.workdaysBetween(date(2026, 2, 1), date(2026, 2, 28)), 16);
    EXPECT_EQ(m_calendar.workdaysBetween(date(2025, 1, 1), date(2025, 12, 31)), 248);
    EXPECT_EQ(m_calendar.workdaysBetween(date(2025, 10, 1), date(2025, 10, 31)), 18);
    EXPECT_EQ(m_calendar.workdaysBetween(date(2025, 12, 31), date(2026, 1, 4)), 1);
    EXPECT_EQ(m_calendar.workdaysBetween(QDate(), date(2026, 1, 4)), 0);
}

TEST_F(WorkCalendarTest, AgreesWithTheDefinitionDayByDay)
{
    std::mt19937 random(20260214); // fixed seed: a failure reproduces
    std::uniform_int_distribution<int> offset(0, 365 * 5);
    std::uniform_int_distribution<int> count(-40, 40);
    const QDate base = date(2023, 6, 1); // reaches before and after the imported years
    for (int i = 0; i < 2000; ++i) {
        const QDate from = base.addDays(offset(random));
        const int n = count(random);
        const QDate to = m_calendar.addWorkdays(from, n);
        ASSERT_EQ(to, n == 0 ? from : referenceAddWorkdays(m_calendar, from, n))
            << qPrintable(from.toString(Qt::ISODate)) << " + " << n;
        if (n >= 0) {
            ASSERT_EQ(m_calendar.workdaysBetween(from, to), n);
        }
        const QDate other = base.addDays(offset(random));
        ASSERT_EQ(m_calendar.workdaysBetween(from, other),
                  referenceWorkdaysBetween(m_calendar, from, other))
            << qPrintable(from.toString(Qt::ISODate)) << " .. "
            << qPrintable(other.toString(Qt::ISODate));
    }
}

TEST(WorkCalendarCustom, LaterEntriesWinAndInvalidDatesAreIgnored)
{
    const WorkCalendar calendar({{date(2026, 3, 2), true, QStringLiteral("first")},
                                 {QDate(), true, QStringLiteral("invalid")},
                                 {date(2026, 3, 2), false, QStringLiteral("second")},
                                 {date(2026, 3, 7), false, QStringLiteral("make-up")}});
    EXPECT_TRUE(calendar.isWorkday(date(2026, 3, 2)));
    EXPECT_EQ(calendar.dayInfo(date(2026, 3, 2))->name, QStringLiteral("second"));
    EXPECT_TRUE(calendar.isWorkday(date(2026, 3, 7)));
    EXPECT_EQ(calendar.addWorkdays(date(2026, 3, 6), 1), date(2026, 3, 7));
}

TEST(WorkCalendarCustom, FarApartEntriesStillCount)
{
    // Entries centuries apart are looked up in the hash instead of a dense array.
    const WorkCalendar calendar({{date(1900, 1, 1), true, QStringLiteral("old")},
                                 {date(2200, 1, 5), false, QStringLiteral("make-up Sunday")}});
    EXPECT_FALSE(calendar.isWorkday(date(1900, 1, 1))); // a Monday
    EXPECT_TRUE(calendar.isWorkday(date(2200, 1, 5)));
    EXPECT_FALSE(calendar.isWorkday(date(2200, 1, 4)));
    EXPECT_EQ(calendar.addWorkdays(date(2200, 1, 3), 1), date(2200, 1, 5));
    EXPECT_EQ(calendar.workdaysBetween(date(2200, 1, 3), date(2200, 1, 7)), 3);
    EXPECT_EQ(calendar.workdaysBetween(date(1899, 12, 31), date(1900, 1, 2)), 1);
}

TEST(WorkCalendarCustom, LargeCountsSkipWeeksCorrectly)
{
    const WorkCalendar calendar = test::officialCalendar();
    const QDate from = date(2025, 6, 18); // a working day, so counting back is exact too
    for (int n : {6, 7, 250, 1000, 100000, -6, -7, -250, -100000}) {
        const QDate to = calendar.addWorkdays(from, n);
        EXPECT_EQ(to, referenceAddWorkdays(calendar, from, n)) << n;
        EXPECT_EQ(calendar.workdaysBetween(from, to), n);
    }
}

} // namespace
} // namespace sf
