// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include <QFile>

using namespace sf::test;

using CliCalendar = CliTest;

TEST_F(CliCalendar, IsWorkdayAsJson)
{
    const CliRun saturday = runOnDb({QStringLiteral("calendar"), QStringLiteral("is-workday"),
                                     QStringLiteral("2026-02-14"), QStringLiteral("--json")});
    EXPECT_EQ(saturday.exitCode, 0) << saturday.err.toStdString();
    EXPECT_EQ(saturday.out.trimmed(), QStringLiteral(R"({"date":"2026-02-14","workday":true})"));
    const CliRun festival = runOnDb({QStringLiteral("--json"), QStringLiteral("calendar"),
                                     QStringLiteral("is-workday"), QStringLiteral("2026-02-16")});
    EXPECT_EQ(festival.out.trimmed(), QStringLiteral(R"({"date":"2026-02-16","workday":false})"));
}

TEST_F(CliCalendar, AddWorkdaysAcrossTheSpringFestival)
{
    const CliRun run1 =
        runOnDb({QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                 QStringLiteral("2026-02-14"), QStringLiteral("1"), QStringLiteral("--json")});
    EXPECT_EQ(run1.exitCode, 0);
    EXPECT_EQ(run1.out.trimmed(), QStringLiteral(R"({"date":"2026-02-24"})"));
    const CliRun friday = runOnDb({QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                                   QStringLiteral("2026-02-13"), QStringLiteral("1")});
    EXPECT_EQ(friday.out.trimmed(), QStringLiteral("2026-02-14"));
    const CliRun back = runOnDb({QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                                 QStringLiteral("2026-02-24"), QStringLiteral("-1")});
    EXPECT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(back.out.trimmed(), QStringLiteral("2026-02-14"));
}

TEST_F(CliCalendar, ABadDateIsInvalidInput)
{
    const CliRun bad = runOnDb({QStringLiteral("calendar"), QStringLiteral("is-workday"),
                                QStringLiteral("2026-02-30"), QStringLiteral("--json")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("YYYY-MM-DD")));
    EXPECT_EQ(bad.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")),
              QStringLiteral("invalid"));
    const CliRun notNumber = runOnDb({QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                                      QStringLiteral("2026-02-13"), QStringLiteral("two")});
    EXPECT_EQ(notNumber.exitCode, 2);
}

TEST_F(CliCalendar, ImportsAnICalendarFile)
{
    const CliRun imported =
        runOnDb({QStringLiteral("calendar"), QStringLiteral("import"),
                 QStringLiteral(SF_CALENDAR_DIR "/2025.ics"), QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("year")).toInt(), 2025);
    EXPECT_GT(imported.json().value(QStringLiteral("days_off")).toInt(), 20);
    EXPECT_GT(imported.json().value(QStringLiteral("make_up_days")).toInt(), 3);
}

TEST_F(CliCalendar, AMalformedFileIsRefusedWithItsLineAndChangesNothing)
{
    const QString path = m_folder.path(QStringLiteral("2027.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"year\": 2027,\n  \"days\": [\n    {\"name\": \"元旦\", \"date\": "
               "\"2027-01-01\", \"isOffDay\": \"yes\"}\n  ]\n}\n");
    file.close();
    const CliRun refused = runOnDb({QStringLiteral("calendar"), QStringLiteral("import"), path});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("line 4"))) << refused.err.toStdString();
    const CliRun list =
        runOnDb({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(list.json().value(QStringLiteral("years")).toArray().size(), 3);
}

TEST_F(CliCalendar, AResultBeyondTheCalendarIsInvalidInput)
{
    const CliRun far = runOnDb({QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                                QStringLiteral("2026-01-01"), QStringLiteral("2147483647"),
                                QStringLiteral("--json")});
    EXPECT_EQ(far.exitCode, 2);
    EXPECT_FALSE(far.out.contains(QStringLiteral("\"date\"")));
}

TEST_F(CliCalendar, InvalidParametersWriteNothing)
{
    EXPECT_EQ(runOnDb({QStringLiteral("calendar"), QStringLiteral("is-workday"),
                       QStringLiteral("notadate")})
                  .exitCode,
              2);
    EXPECT_EQ(runOnDb({QStringLiteral("id"), QStringLiteral("next"), QStringLiteral("HZ"),
                       QStringLiteral("--year"), QStringLiteral("soon")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(db()));
}
