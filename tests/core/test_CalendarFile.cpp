// SPDX-License-Identifier: MIT
#include "CalendarFixture.h"
#include "core/CalendarFile.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <gtest/gtest.h>

namespace sf {
namespace {

using test::calendarFile;
using test::date;
using Parser = std::function<Result<CalendarFileData>(const QByteArray &)>;

// The file's lines joined with the given line break (CRLF, as holiday-cn writes iCalendar).
QByteArray lines(const QList<QByteArray> &all, const QByteArray &lineBreak = "\r\n")
{
    return all.join(lineBreak) + lineBreak;
}

QByteArray icsEvents(const QList<QByteArray> &events)
{
    return lines(QList<QByteArray>{"BEGIN:VCALENDAR", "VERSION:2.0"} + events +
                 QList<QByteArray>{"END:VCALENDAR"});
}

// A refused file: no data, an Invalid error whose message starts "line N: " and names reason.
void expectRefused(const Result<CalendarFileData> &parsed, int line, const QString &reason)
{
    ASSERT_FALSE(parsed.ok()) << "expected an error on line " << line;
    EXPECT_EQ(parsed.error().kind, ErrorKind::Invalid);
    const QString &message = parsed.error().message;
    const auto match = QRegularExpression(QStringLiteral("^line (\\d+): ")).match(message);
    ASSERT_TRUE(match.hasMatch()) << qPrintable(message);
    EXPECT_EQ(match.captured(1).toInt(), line) << qPrintable(message);
    EXPECT_TRUE(message.contains(reason)) << qPrintable(message);
}

QSet<QPair<QDate, bool>> dateSet(const QList<CalendarDay> &days)
{
    QSet<QPair<QDate, bool>> set;
    for (const CalendarDay &day : days)
        set.insert({day.date, day.offDay});
    return set;
}

void expectSortedAndUnique(const QList<CalendarDay> &days)
{
    for (qsizetype i = 1; i < days.size(); ++i)
        EXPECT_LT(days.at(i - 1).date, days.at(i).date);
}

// ----- holiday-cn JSON -----

TEST(CalendarFileJson, ParsesEveryBundledYear)
{
    const QList<std::tuple<int, qsizetype, qsizetype>> expected{
        {2024, 36, 28}, {2025, 33, 28}, {2026, 39, 33}};
    for (const auto &[year, total, off] : expected) {
        const auto parsed = parseHolidayCnJson(calendarFile(QString::number(year) + u".json"));
        ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
        EXPECT_EQ(parsed->year, year);
        EXPECT_EQ(parsed->days.size(), total);
        EXPECT_EQ(std::count_if(parsed->days.cbegin(), parsed->days.cend(),
                                [](const CalendarDay &day) { return day.offDay; }),
                  off);
        expectSortedAndUnique(parsed->days);
    }
}

TEST(CalendarFileJson, ReadsNamesDatesAndKinds)
{
    const auto parsed = parseHolidayCnJson(calendarFile(QStringLiteral("2026.json")));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->days.first(), (CalendarDay{date(2026, 1, 1), true, QStringLiteral("元旦")}));
    EXPECT_EQ(parsed->days.at(3), (CalendarDay{date(2026, 1, 4), false, QStringLiteral("元旦")}));
    EXPECT_EQ(parsed->days.last(),
              (CalendarDay{date(2026, 10, 10), false, QStringLiteral("国庆节")}));
}

TEST(CalendarFileJson, AcceptsAByteOrderMarkAndADayOfTheAdjacentYear)
{
    const QByteArray text = "\xEF\xBB\xBF{\"year\": 2023, \"days\": [\n"
                            "{\"name\": \"元旦\", \"date\": \"2022-12-31\", \"isOffDay\": true},\n"
                            "{\"date\": \"2023-01-02\", \"isOffDay\": true}]}";
    const auto parsed = parseHolidayCnJson(text);
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->year, 2023);
    ASSERT_EQ(parsed->days.size(), 2);
    EXPECT_EQ(parsed->days.at(0).date, date(2022, 12, 31));
    EXPECT_TRUE(parsed->days.at(1).name.isEmpty());
}

TEST(CalendarFileJson, EmptyDaysIsAYearWithoutHolidays)
{
    const auto parsed = parseHolidayCnJson(R"({"year": 2031, "days": []})");
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->year, 2031);
    EXPECT_TRUE(parsed->days.isEmpty());
}

// A well-formed file, pretty-printed like holiday-cn's, with one part replaced.
QByteArray jsonWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = lines({"{",                                     // 1
                             "    \"year\": 2026,",                   // 2
                             "    \"papers\": [],",                   // 3
                             "    \"days\": [",                       // 4
                             "        {",                             // 5
                             "            \"name\": \"元旦\",",       // 6
                             "            \"date\": \"2026-01-01\",", // 7
                             "            \"isOffDay\": true",        // 8
                             "        },",                            // 9
                             "        {",                             // 10
                             "            \"name\": \"元旦\",",       // 11
                             "            \"date\": \"2026-01-04\",", // 12
                             "            \"isOffDay\": false",       // 13
                             "        }",                             // 14
                             "    ]",                                 // 15
                             "}"},                                    // 16
                            "\n");
    if (!from.isEmpty()) {
        EXPECT_TRUE(text.contains(from)) << from.constData();
        text.replace(from, to);
    }
    return text;
}

TEST(CalendarFileJson, TheTemplateIsValid)
{
    const auto parsed = parseHolidayCnJson(jsonWith({}, {}));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->days.size(), 2);
}

TEST(CalendarFileJson, SyntaxErrorsNameTheLine)
{
    expectRefused(parseHolidayCnJson(jsonWith("\"2026-01-01\",", "\"2026-01-01\"")), 8, {});
    // Cut short: the error is on the last line that holds anything, not past the end.
    expectRefused(parseHolidayCnJson(jsonWith("    ]\n}", "    ]\n")), 15, {});
    expectRefused(parseHolidayCnJson(jsonWith("\n}", "\n}\n}")), 17, {});
    expectRefused(parseHolidayCnJson("\xEF\xBB\xBF\n\n{\"year\": 2026,, \"days\": []}"), 3, {});
    expectRefused(parseHolidayCnJson({}), 1, {});
}

TEST(CalendarFileJson, SemanticErrorsNameTheLineAndReason)
{
    expectRefused(parseHolidayCnJson(jsonWith("    \"year\": 2026,\n", "")), 1,
                  QStringLiteral("\"year\" is missing"));
    expectRefused(parseHolidayCnJson(jsonWith("2026,\n", "\"2026\",\n")), 2,
                  QStringLiteral("\"year\" must be a year"));
    expectRefused(parseHolidayCnJson(jsonWith("2026,\n", "2026.5,\n")), 2,
                  QStringLiteral("\"year\" must be a year"));
    expectRefused(parseHolidayCnJson(jsonWith("2026,\n", "20260,\n")), 2,
                  QStringLiteral("\"year\" must be a year"));
    expectRefused(parseHolidayCnJson(R"({"year": 2026})"), 1,
                  QStringLiteral("\"days\" is missing"));
    expectRefused(parseHolidayCnJson("{\"year\": 2026,\n \"days\": {}}"), 2,
                  QStringLiteral("\"days\" must be an array"));
    expectRefused(parseHolidayCnJson("\n[1, 2]"), 2,
                  QStringLiteral("top level must be a JSON object"));
    expectRefused(parseHolidayCnJson("{\"year\": 2026, \"days\": [\n\n \"2026-01-01\"]}"), 3,
                  QStringLiteral("day 1 is not an object"));
}

TEST(CalendarFileJson, DayErrorsPointAtTheDay)
{
    expectRefused(parseHolidayCnJson(jsonWith("\"date\": \"2026-01-04\",", "")), 10,
                  QStringLiteral("day 2 has no \"date\""));
    expectRefused(parseHolidayCnJson(jsonWith("2026-01-04", "2026-1-4")), 12,
                  QStringLiteral("invalid date \"2026-1-4\""));
    expectRefused(parseHolidayCnJson(jsonWith("2026-01-04", "2026-02-30")), 12,
                  QStringLiteral("invalid date \"2026-02-30\""));
    expectRefused(parseHolidayCnJson(jsonWith("\"2026-01-04\"", "20260104")), 12,
                  QStringLiteral("invalid date 20260104"));
    expectRefused(parseHolidayCnJson(jsonWith("\"isOffDay\": false", "\"isOffDay\": \"no\"")), 13,
                  QStringLiteral("\"isOffDay\" must be true or false"));
    expectRefused(parseHolidayCnJson(jsonWith(",\n            \"isOffDay\": true", "")), 5,
                  QStringLiteral("day 1 has no \"isOffDay\""));
    expectRefused(
        parseHolidayCnJson(jsonWith("\"name\": \"元旦\",\n            \"date\": \"2026-01-04\"",
                                    "\"name\": 7,\n            \"date\": \"2026-01-04\"")),
        11, QStringLiteral("\"name\" must be text"));
    expectRefused(parseHolidayCnJson(jsonWith("2026-01-04", "2026-01-01")), 12,
                  QStringLiteral("2026-01-01 is listed twice (also on line 7)"));
    expectRefused(parseHolidayCnJson(jsonWith("2026-01-04", "2028-01-04")), 12,
                  QStringLiteral("2028-01-04 does not belong to the 2026 schedule"));
}

// ----- iCalendar -----

TEST(CalendarFileIcs, BundledIcsMatchesTheJsonOf2025)
{
    const auto ics = parseICalendar(calendarFile(QStringLiteral("2025.ics")));
    ASSERT_TRUE(ics.ok()) << qPrintable(ics.error().message);
    const auto json = parseHolidayCnJson(calendarFile(QStringLiteral("2025.json")));
    ASSERT_TRUE(json.ok()) << qPrintable(json.error().message);
    EXPECT_EQ(ics->year, 2025);
    EXPECT_EQ(ics->days.size(), json->days.size());
    EXPECT_EQ(dateSet(ics->days), dateSet(json->days));
    expectSortedAndUnique(ics->days);
    // The SUMMARY is the name; a make-up day's reads 上班(…).
    EXPECT_EQ(ics->days.first(), (CalendarDay{date(2025, 1, 1), true, QStringLiteral("元旦假期")}));
    EXPECT_EQ(ics->days.at(1),
              (CalendarDay{date(2025, 1, 26), false, QStringLiteral("上班(补春节假期)")}));
}

TEST(CalendarFileIcs, AllBundledFilesAgreeOn2025)
{
    // 2024.json and 2026.json list no 2025 day; the calendar they build together must treat
    // 2025 exactly as the 2025 iCalendar alone does.
    const auto ics = parseICalendar(calendarFile(QStringLiteral("2025.ics")));
    ASSERT_TRUE(ics.ok()) << qPrintable(ics.error().message);
    const WorkCalendar fromIcs(ics->days);
    const WorkCalendar fromJson = test::officialCalendar();
    for (QDate day = date(2025, 1, 1); day <= date(2025, 12, 31); day = day.addDays(1))
        ASSERT_EQ(fromIcs.isWorkday(day), fromJson.isWorkday(day))
            << qPrintable(day.toString(Qt::ISODate));
}

TEST(CalendarFileIcs, LineBreaksAndFoldingDoNotMatter)
{
    const QByteArray crlf = calendarFile(QStringLiteral("2025.ics"));
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    ASSERT_NE(lf, crlf);
    const auto fromCrlf = parseICalendar(crlf);
    const auto fromLf = parseICalendar(lf);
    ASSERT_TRUE(fromCrlf.ok() && fromLf.ok());
    EXPECT_EQ(fromLf->days, fromCrlf->days);

    // Fold every SUMMARY inside a UTF-8 character (allowed by RFC 5545) and a DTSTART at a tab.
    QByteArray folded = crlf;
    folded.replace("SUMMARY:\xE4", "SUMMARY:\r\n \xE4");
    folded.replace("SUMMARY:\xE5\x85", "SUMMARY:\xE5\r\n\t\x85");
    folded.replace("DTSTART;VALUE=", "DTST\r\n\tART;VALUE=");
    ASSERT_GT(folded.count("\r\n "), 3);
    const auto fromFolded = parseICalendar(folded);
    ASSERT_TRUE(fromFolded.ok()) << qPrintable(fromFolded.error().message);
    EXPECT_EQ(fromFolded->days, fromCrlf->days);
}

TEST(CalendarFileIcs, ErrorLinesCountPhysicalLinesAfterFolding)
{
    const QByteArray text = lines({"BEGIN:VCALENDAR",            // 1
                                   "X-WR-CALDESC:a long",        // 2
                                   "  description",              // 3
                                   "BEGIN:VEVENT",               // 4
                                   "SUMMARY:春节",               // 5
                                   "  假期",                     // 6
                                   "DTSTART;VALUE=DATE:2026021", // 7
                                   " 5",                         // 8
                                   "DTEND;VALUE=DATE:20260214",  // 9
                                   "END:VEVENT",                 // 10
                                   "END:VCALENDAR"},             // 11
                                  "\n");
    expectRefused(parseICalendar(text), 9,
                  QStringLiteral("DTEND 2026-02-14 is not after DTSTART "
                                 "2026-02-15"));
}

TEST(CalendarFileIcs, AcceptsPlainDatesAndAMissingDtend)
{
    const auto parsed = parseICalendar(
        icsEvents({"BEGIN:VEVENT", "SUMMARY:元旦", "DTSTART:20270101", "END:VEVENT", "BEGIN:VEVENT",
                   "SUMMARY:上班", "DTSTART:20270102", "DTEND:20270103", "BEGIN:VALARM",
                   "DTSTART:19990101", "END:VALARM", "END:VEVENT"}));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->year, 2027);
    EXPECT_EQ(parsed->days,
              (QList<CalendarDay>{{date(2027, 1, 1), true, QStringLiteral("元旦")},
                                  {date(2027, 1, 2), false, QStringLiteral("上班")}}));
}

TEST(CalendarFileIcs, TheYearIsWhereMostEventsStart)
{
    const auto parsed = parseICalendar(
        icsEvents({"BEGIN:VEVENT", "SUMMARY:元旦假期", "DTSTART;VALUE=DATE:20221231",
                   "DTEND;VALUE=DATE:20230103", "END:VEVENT", "BEGIN:VEVENT", "SUMMARY:春节假期",
                   "DTSTART;VALUE=DATE:20230121", "DTEND;VALUE=DATE:20230128", "END:VEVENT"}));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->year, 2023);
    EXPECT_EQ(parsed->days.size(), 3 + 7);
    EXPECT_EQ(parsed->days.first().date, date(2022, 12, 31));
}

TEST(CalendarFileIcs, UnescapesTheSummary)
{
    const auto parsed = parseICalendar(icsEvents(
        {"BEGIN:VEVENT", "SUMMARY:国庆节\\, 中秋节\\;假期", "DTSTART:20271001", "END:VEVENT"}));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->days.first().name, QStringLiteral("国庆节, 中秋节;假期"));
}

TEST(CalendarFileIcs, MalformedEventsNameTheLine)
{
    // Lines 1-2 are BEGIN:VCALENDAR and VERSION, so the first event line is line 3.
    expectRefused(parseICalendar(icsEvents({"BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT"})), 3,
                  QStringLiteral("the event has no DTSTART"));
    expectRefused(
        parseICalendar(icsEvents({"BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250230", "END:VEVENT"})), 4,
        QStringLiteral("invalid date \"20250230\" in DTSTART"));
    expectRefused(
        parseICalendar(icsEvents({"BEGIN:VEVENT", "DTSTART:20250101T000000", "END:VEVENT"})), 4,
        QStringLiteral("expected yyyyMMdd"));
    expectRefused(parseICalendar(icsEvents(
                      {"BEGIN:VEVENT", "DTSTART:20250101", "DTEND:2025010", "END:VEVENT"})),
                  5, QStringLiteral("invalid date \"2025010\" in DTEND"));
    expectRefused(parseICalendar(icsEvents(
                      {"BEGIN:VEVENT", "DTSTART:20250101", "DTEND:20250101", "END:VEVENT"})),
                  5, QStringLiteral("DTEND 2025-01-01 is not after DTSTART 2025-01-01"));
    expectRefused(parseICalendar(icsEvents(
                      {"BEGIN:VEVENT", "DTSTART:20250101", "DTEND:20250301", "END:VEVENT"})),
                  5, QStringLiteral("the event lasts 59 days"));
    expectRefused(parseICalendar(icsEvents(
                      {"BEGIN:VEVENT", "DTSTART:20250101", "DTSTART:20250102", "END:VEVENT"})),
                  5, QStringLiteral("a second DTSTART in the event of line 3"));
    expectRefused(
        parseICalendar(icsEvents({"BEGIN:VEVENT", "DTSTART:20250101", "DTEND:20250104",
                                  "END:VEVENT", "BEGIN:VEVENT", "DTSTART:20250103", "END:VEVENT"})),
        8, QStringLiteral("2025-01-03 is listed twice (also on line 4)"));
    expectRefused(parseICalendar(icsEvents({"BEGIN:VEVENT", "DTSTART:20250101", "END:VEVENT",
                                            "BEGIN:VEVENT", "DTSTART:20250102", "END:VEVENT",
                                            "BEGIN:VEVENT", "DTSTART:20270102", "END:VEVENT"})),
                  10, QStringLiteral("2027-01-02 does not belong to the 2025 schedule"));
    expectRefused(parseICalendar(icsEvents(
                      {"BEGIN:VEVENT", "DTSTART:20250101", "no colon here", "END:VEVENT"})),
                  5, QStringLiteral("expected NAME:VALUE"));
    expectRefused(parseICalendar(icsEvents(
                      {"BEGIN:VEVENT", "SUMMARY:\xE6\x98", "DTSTART:20250101", "END:VEVENT"})),
                  4, QStringLiteral("not UTF-8"));
}

TEST(CalendarFileIcs, MalformedStructureNamesTheLine)
{
    expectRefused(parseICalendar(lines({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20250101"})), 2,
                  QStringLiteral("BEGIN:VEVENT is never ended"));
    expectRefused(parseICalendar(
                      lines({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20250101", "END:VEVENT"})),
                  1, QStringLiteral("BEGIN:VCALENDAR is never ended"));
    expectRefused(parseICalendar(lines(
                      {"BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20250101", "END:VCALENDAR"})),
                  4, QStringLiteral("END:VCALENDAR where END:VEVENT (of line 2) is expected"));
    expectRefused(parseICalendar(icsEvents({})), 1, QStringLiteral("the calendar has no events"));
    expectRefused(
        parseICalendar(icsEvents({"BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "END:VTIMEZONE"})), 1,
        QStringLiteral("the calendar has no events"));
    expectRefused(parseICalendar(lines({"VERSION:2.0", "BEGIN:VCALENDAR"})), 1,
                  QStringLiteral("does not start with BEGIN:VCALENDAR"));
    expectRefused(parseICalendar(icsEvents({"BEGIN:VEVENT", "DTSTART:20250101", "END:VEVENT"}) +
                                 "BEGIN:VCALENDAR\r\n"),
                  7, QStringLiteral("text after END:VCALENDAR"));
    expectRefused(parseICalendar(lines({"BEGIN:VCALENDAR", "END:VEVENT"})), 2,
                  QStringLiteral("END:VEVENT where END:VCALENDAR (of line 1) is expected"));
    expectRefused(parseICalendar(lines({"BEGIN:VCALENDAR", "BEGIN:VTODO", "BEGIN:VEVENT"})), 3,
                  QStringLiteral("VEVENT inside BEGIN:VTODO"));
    expectRefused(parseICalendar(lines({" folded", "BEGIN:VCALENDAR"})), 1,
                  QStringLiteral("a folded line continues no line"));
    expectRefused(parseICalendar("\r\n\r\n"), 1, QStringLiteral("the file is empty"));
}

// ----- detection -----

TEST(CalendarFileDetect, RecognisesTheFormatByContent)
{
    const auto json = parseCalendarFile(calendarFile(QStringLiteral("2026.json")),
                                        QStringLiteral("holidays.txt"));
    ASSERT_TRUE(json.ok()) << qPrintable(json.error().message);
    EXPECT_EQ(json->year, 2026);
    const auto ics =
        parseCalendarFile(calendarFile(QStringLiteral("2025.ics")), QStringLiteral("2025.json"));
    ASSERT_TRUE(ics.ok()) << qPrintable(ics.error().message);
    EXPECT_EQ(ics->year, 2025);
    const auto padded =
        parseCalendarFile("\xEF\xBB\xBF \r\n\t" + calendarFile(QStringLiteral("2024.json")), {});
    ASSERT_TRUE(padded.ok()) << qPrintable(padded.error().message);
    EXPECT_EQ(padded->year, 2024);
    const auto lowerCase = parseCalendarFile(
        "begin:vcalendar\nbegin:vevent\ndtstart:20250101\nend:vevent\nend:vcalendar\n", {});
    ASSERT_TRUE(lowerCase.ok()) << qPrintable(lowerCase.error().message);
}

TEST(CalendarFileDetect, RefusesWhatIsNeither)
{
    expectRefused(
        parseCalendarFile("\n\ndate,isOffDay\n2026-01-01,true\n", QStringLiteral("2026.csv")), 3,
        QStringLiteral("neither a holiday-cn JSON file nor an iCalendar file"));
    expectRefused(parseCalendarFile(" \r\n ", QStringLiteral("2026.json")), 2,
                  QStringLiteral("the file is empty"));
    // The name decides which parser explains the problem.
    expectRefused(parseCalendarFile("\n[]", QStringLiteral("2026.JSON")), 2,
                  QStringLiteral("top level must be a JSON object"));
    expectRefused(parseCalendarFile("VERSION:2.0\n", QStringLiteral("2026.ics")), 1,
                  QStringLiteral("does not start with BEGIN:VCALENDAR"));
}

} // namespace
} // namespace sf
