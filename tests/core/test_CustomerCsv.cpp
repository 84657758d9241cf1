// SPDX-License-Identifier: MIT
// The customer file format: headers, dates, tags, statuses and lead sources as people write them.
#include "core/Customer.h"
#include "core/CustomerCsv.h"
#include "core/CustomerQuery.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sf;
using namespace sf::customerCsv;

namespace {

const QTimeZone &shanghai()
{
    static const QTimeZone zone("Asia/Shanghai");
    return zone;
}

QDateTime shanghaiTime(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), shanghai());
}

std::optional<QDateTime> parse(const char *text)
{
    return parseDateTime(QString::fromUtf8(text), shanghai());
}

QStringList strings(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list.append(QString::fromUtf8(value));
    return list;
}

} // namespace

TEST(CustomerCsvHeaders, EnglishAndChineseHeadersNameTheSameField)
{
    ASSERT_TRUE(shanghai().isValid());
    for (CustomerField field : allFields()) {
        EXPECT_EQ(fieldFromHeader(englishHeader(field)), field)
            << englishHeader(field).toStdString();
        EXPECT_EQ(fieldFromHeader(chineseHeader(field)), field)
            << chineseHeader(field).toStdString();
    }
    EXPECT_EQ(fieldFromHeader(QStringLiteral("客户编号")), CustomerField::Id);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("客户名称")), CustomerField::Name);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("首次接触时间")), CustomerField::FirstContact);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("联系方式")), CustomerField::ContactPhone);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("负责人")), CustomerField::Owner);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("first_contact")), CustomerField::FirstContact);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("contact_phone")), CustomerField::ContactPhone);
}

TEST(CustomerCsvHeaders, ExportOrderStartsWithIdAndNameAndHasEveryFieldOnce)
{
    const QList<CustomerField> fields = allFields();
    ASSERT_GE(fields.size(), 14);
    EXPECT_EQ(fields.at(0), CustomerField::Id);
    EXPECT_EQ(fields.at(1), CustomerField::Name);
    for (CustomerField field : fields)
        EXPECT_EQ(fields.count(field), 1);
    EXPECT_EQ(englishHeader(CustomerField::Id), QStringLiteral("customer_id"));
    EXPECT_EQ(chineseHeader(CustomerField::Name), QStringLiteral("客户名称"));
}

TEST(CustomerCsvHeaders, CaseSpacesBomAndFullWidthDoNotMatter)
{
    EXPECT_EQ(fieldFromHeader(QStringLiteral("\uFEFFcustomer_id")), CustomerField::Id);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("\uFEFF客户编号")), CustomerField::Id);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("Customer_ID")), CustomerField::Id);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("  NAME  ")), CustomerField::Name);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("Contact Name")), CustomerField::ContactName);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("First Contact")), CustomerField::FirstContact);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("ＮＡＭＥ")), CustomerField::Name);
    EXPECT_EQ(fieldFromHeader(QStringLiteral(" 客户名称 ")), CustomerField::Name);
}

TEST(CustomerCsvHeaders, AliasesSeenInRealFiles)
{
    EXPECT_EQ(fieldFromHeader(QStringLiteral("id")), CustomerField::Id);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("phone")), CustomerField::ContactPhone);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("行业")), CustomerField::Industry);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("关键联系人")), CustomerField::ContactName);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("客户等级")), CustomerField::Grade);
}

TEST(CustomerCsvHeaders, TheGradeTimeColumnIsReadInBothLanguagesAndExportedLast)
{
    EXPECT_EQ(fieldFromHeader(QStringLiteral("graded_at")), CustomerField::GradedAt);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("Graded At")), CustomerField::GradedAt);
    EXPECT_EQ(fieldFromHeader(QStringLiteral("定级时间")), CustomerField::GradedAt);
    EXPECT_EQ(englishHeader(CustomerField::GradedAt), QStringLiteral("graded_at"));
    EXPECT_EQ(chineseHeader(CustomerField::GradedAt), QStringLiteral("定级时间"));
    // Appended: the columns of older exports keep their positions.
    const QList<CustomerField> fields = allFields();
    EXPECT_EQ(fields.indexOf(CustomerField::GradedAt), fields.size() - 1);
    EXPECT_EQ(fields.indexOf(CustomerField::EnteredAt), fields.size() - 2);
}

TEST(CustomerCsvHeaders, UnknownOrBlankHeadersNameNoField)
{
    EXPECT_FALSE(fieldFromHeader(QString()).has_value());
    EXPECT_FALSE(fieldFromHeader(QStringLiteral("   ")).has_value());
    EXPECT_FALSE(fieldFromHeader(QStringLiteral("\uFEFF")).has_value());
    EXPECT_FALSE(fieldFromHeader(QStringLiteral("备注")).has_value());
    EXPECT_FALSE(fieldFromHeader(QStringLiteral("customer")).has_value());
    EXPECT_FALSE(fieldFromHeader(QStringLiteral("name2")).has_value());
}

TEST(CustomerCsvDates, ReadsTheThreeDateFormsInTheTeamsZone)
{
    const QDateTime march5 = shanghaiTime(2024, 3, 5);
    EXPECT_EQ(parse("2024-03-05"), march5);
    EXPECT_EQ(parse("2024/03/05"), march5);
    EXPECT_EQ(parse("2024年3月5日"), march5);
    EXPECT_EQ(parse("2024年03月05日"), march5);
    EXPECT_EQ(parse("2024-3-5"), march5);
    EXPECT_EQ(parse("2024/3/5"), march5);
    EXPECT_EQ(parse("  2024-03-05  "), march5);
    // Shanghai midnight is 16:00 UTC the day before, and the result is in UTC.
    const auto utc = parse("2024-03-05");
    ASSERT_TRUE(utc.has_value());
    EXPECT_EQ(utc->timeSpec(), Qt::UTC);
    EXPECT_EQ(utc->date(), QDate(2024, 3, 4));
    EXPECT_EQ(utc->time(), QTime(16, 0));
}

TEST(CustomerCsvDates, ReadsAnOptionalTime)
{
    EXPECT_EQ(parse("2024-03-05 14:30"), shanghaiTime(2024, 3, 5, 14, 30));
    EXPECT_EQ(parse("2024-03-05 9:05"), shanghaiTime(2024, 3, 5, 9, 5));
    EXPECT_EQ(parse("2024-03-05T14:30:15"), shanghaiTime(2024, 3, 5, 14, 30, 15));
    EXPECT_EQ(parse("2024/03/05 08:00:59"), shanghaiTime(2024, 3, 5, 8, 0, 59));
    EXPECT_EQ(parse("2024年3月5日 14:30"), shanghaiTime(2024, 3, 5, 14, 30));
    EXPECT_EQ(parse("2024年3月5日14:30"), shanghaiTime(2024, 3, 5, 14, 30));
    // Full-width digits and punctuation, as typed with a Chinese input method.
    EXPECT_EQ(parse("２０２４－０３－０５　１４：３０"), shanghaiTime(2024, 3, 5, 14, 30));
}

TEST(CustomerCsvDates, RefusesDatesThatDoNotExist)
{
    EXPECT_FALSE(parse("2024-02-30").has_value());
    EXPECT_FALSE(parse("2023-02-29").has_value());
    EXPECT_TRUE(parse("2024-02-29").has_value()); // leap year
    EXPECT_FALSE(parse("2024-13-01").has_value());
    EXPECT_FALSE(parse("2024-00-10").has_value());
    EXPECT_FALSE(parse("2024/04/31").has_value());
    EXPECT_FALSE(parse("2024年2月30日").has_value());
    EXPECT_FALSE(parse("2024-03-05 24:00").has_value());
    EXPECT_FALSE(parse("2024-03-05 12:60").has_value());
    EXPECT_FALSE(parse("2024-03-05 12:30:60").has_value());
}

TEST(CustomerCsvDates, RefusesGarbage)
{
    for (const char *text :
         {"", "   ", "yesterday", "下周一", "05/03/2024", "2024-03", "2024", "24-03-05",
          "2024.03.05", "2024-03-05 noon", "2024-03-05 14", "2024-03-05 14:3", "2024年3月",
          "2024-03-05x", "x2024-03-05", "2024-003-05"}) {
        EXPECT_FALSE(parse(text).has_value()) << text;
    }
}

TEST(CustomerCsvDates, FormatIsTheInverseOfParse)
{
    for (const char *text :
         {"2024-03-05 14:30", "2024-12-31 23:59", "2026-01-01 00:00", "2025-06-30 08:15:42"}) {
        const auto parsed = parse(text);
        ASSERT_TRUE(parsed.has_value()) << text;
        EXPECT_EQ(formatDateTime(*parsed, shanghai()), QString::fromUtf8(text));
        EXPECT_EQ(parse(formatDateTime(*parsed, shanghai()).toUtf8().constData()), parsed);
    }
    // Another form is written back in the export form.
    const auto chinese = parse("2024年3月5日 9:05");
    ASSERT_TRUE(chinese.has_value());
    EXPECT_EQ(formatDateTime(*chinese, shanghai()), QStringLiteral("2024-03-05 09:05"));
    // A UTC time is written in the team's zone.
    EXPECT_EQ(
        formatDateTime(QDateTime(QDate(2024, 3, 4), QTime(16, 0), QTimeZone::utc()), shanghai()),
        QStringLiteral("2024-03-05 00:00"));
}

TEST(CustomerTags, SplitOnEverySeparatorAndDropBlanksAndRepeats)
{
    EXPECT_EQ(splitTags(QStringLiteral("国企;决策链复杂")), strings({"国企", "决策链复杂"}));
    EXPECT_EQ(splitTags(QStringLiteral("国企；决策链复杂")), strings({"国企", "决策链复杂"}));
    EXPECT_EQ(splitTags(QStringLiteral("国企、决策链复杂")), strings({"国企", "决策链复杂"}));
    EXPECT_EQ(splitTags(QStringLiteral("国企,决策链复杂")), strings({"国企", "决策链复杂"}));
    EXPECT_EQ(splitTags(QStringLiteral("国企，决策链复杂")), strings({"国企", "决策链复杂"}));
    EXPECT_EQ(splitTags(QStringLiteral(" 国企 ; 竞品客户；国企、 ,, ；外资;竞品客户 ")),
              strings({"国企", "竞品客户", "外资"}));
    EXPECT_EQ(splitTags(QStringLiteral("key account")), strings({"key account"}));
    EXPECT_TRUE(splitTags(QString()).isEmpty());
    EXPECT_TRUE(splitTags(QStringLiteral(" ;；、, ")).isEmpty());
}

TEST(CustomerStatus, ReadsKeysAndChineseNames)
{
    EXPECT_EQ(statusFromText(QStringLiteral("lead")), CustomerStatus::Lead);
    EXPECT_EQ(statusFromText(QStringLiteral(" Opportunity ")), CustomerStatus::Opportunity);
    EXPECT_EQ(statusFromText(QStringLiteral("CUSTOMER")), CustomerStatus::Customer);
    EXPECT_EQ(statusFromText(QStringLiteral("invalid")), CustomerStatus::Invalid);
    EXPECT_EQ(statusFromText(QStringLiteral("线索")), CustomerStatus::Lead);
    EXPECT_EQ(statusFromText(QStringLiteral("商机")), CustomerStatus::Opportunity);
    EXPECT_EQ(statusFromText(QStringLiteral("客户")), CustomerStatus::Customer);
    EXPECT_EQ(statusFromText(QStringLiteral("无效")), CustomerStatus::Invalid);
    EXPECT_FALSE(statusFromText(QString()).has_value());
    EXPECT_FALSE(statusFromText(QStringLiteral("won")).has_value());
    EXPECT_FALSE(statusFromText(QStringLiteral("潜在客户")).has_value());
    for (CustomerStatus status : allStatuses())
        EXPECT_EQ(statusFromText(statusKey(status)), status);
}

TEST(CustomerSource, MapsKnownNamesToKeysAndKeepsOthers)
{
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("展会")), QStringLiteral("exhibition"));
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("Trade Fair")), QStringLiteral("exhibition"));
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("线上推广")), QStringLiteral("online"));
    EXPECT_EQ(sourceKeyFromText(QStringLiteral(" Online ")), QStringLiteral("online"));
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("客户转介绍")), QStringLiteral("referral"));
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("转介绍")), QStringLiteral("referral"));
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("其他")), QStringLiteral("other"));
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("其它")), QStringLiteral("other"));
    for (const QString &key : sourceKeys())
        EXPECT_EQ(sourceKeyFromText(key), key);
    // Outside the list: kept as written, trimmed.
    EXPECT_EQ(sourceKeyFromText(QStringLiteral("  行业协会 ")), QStringLiteral("行业协会"));
    EXPECT_EQ(sourceKeyFromText(QString()), QString());
}

TEST(CustomerGradeFilter, ReadsWhatTheCommandLineTakes)
{
    using G = CustomerFilter::GradeFilter;
    EXPECT_EQ(gradeFilterFromText(QStringLiteral("A")), G::A);
    EXPECT_EQ(gradeFilterFromText(QStringLiteral(" b ")), G::B);
    EXPECT_EQ(gradeFilterFromText(QStringLiteral("c")), G::C);
    EXPECT_EQ(gradeFilterFromText(QStringLiteral("none")), G::Ungraded);
    EXPECT_EQ(gradeFilterFromText(QStringLiteral("-")), G::Ungraded);
    EXPECT_FALSE(gradeFilterFromText(QStringLiteral("X")).has_value());
    EXPECT_FALSE(gradeFilterFromText(QStringLiteral("AB")).has_value());
    EXPECT_FALSE(gradeFilterFromText(QString()).has_value());
}
