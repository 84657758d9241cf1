// SPDX-License-Identifier: MIT
#include "core/CsvReader.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace sf;

namespace {

QStringList fields(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list.append(QString::fromUtf8(value));
    return list;
}

} // namespace

TEST(CsvReader, ReadsUtf8WithHeaderAndLineNumbers)
{
    auto table = CsvReader::read("客户名称,区域\n杭州某某科技,HZ\n上海某某,SH\n");
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->encoding, TextEncoding::Utf8);
    EXPECT_EQ(table->separator, QChar(u','));
    EXPECT_EQ(table->header, fields({"客户名称", "区域"}));
    ASSERT_EQ(table->records.size(), 2);
    EXPECT_EQ(table->records[0].line, 2);
    EXPECT_EQ(table->records[0].fields, fields({"杭州某某科技", "HZ"}));
    EXPECT_EQ(table->records[1].line, 3);
}

TEST(CsvReader, StripsTheByteOrderMark)
{
    auto table = CsvReader::read("\xEF\xBB\xBFname,region\r\nAcme,HZ\r\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->encoding, TextEncoding::Utf8WithBom);
    EXPECT_EQ(table->header.first(), QStringLiteral("name"));
    EXPECT_EQ(table->records[0].fields, fields({"Acme", "HZ"}));
}

TEST(CsvReader, ReadsGb18030AsExcelSavesIt)
{
    QStringEncoder gb18030("GB18030");
    ASSERT_TRUE(gb18030.isValid());
    const QByteArray bytes = gb18030.encode(QStringLiteral("客户名称,需求描述\r\n杭州某某科技,"
                                                           "预算10-20万\r\n"));
    auto table = CsvReader::read(bytes);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->encoding, TextEncoding::Gb18030);
    EXPECT_EQ(table->records[0].fields, fields({"杭州某某科技", "预算10-20万"}));
}

TEST(CsvReader, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks)
{
    auto table = CsvReader::read("name,needs,region\n"
                                 "\"Acme, Inc.\",\"line one\r\nline \"\"two\"\"\",HZ\n"
                                 "Beta,plain,SH\n");
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->records.size(), 2);
    EXPECT_EQ(table->records[0].line, 2);
    EXPECT_EQ(table->records[0].fields, fields({"Acme, Inc.", "line one\nline \"two\"", "HZ"}));
    EXPECT_EQ(table->records[1].line, 4); // the quoted line break moved it down a line
}

TEST(CsvReader, DetectsTabsAndSkipsBlankLines)
{
    auto table = CsvReader::read("name\tregion, city\tnote\n\nAcme\tHZ, x\tnew\n\t\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->separator, QChar(u'\t'));
    ASSERT_EQ(table->records.size(), 1);
    EXPECT_EQ(table->records[0].line, 3);
    EXPECT_EQ(table->records[0].fields, fields({"Acme", "HZ, x", "new"}));
}

TEST(CsvReader, LastRecordWithoutLineBreak)
{
    auto table = CsvReader::read("a,b\n1,2");
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->records.size(), 1);
    EXPECT_EQ(table->records[0].fields, fields({"1", "2"}));
}

TEST(CsvReader, RefusesAnUnclosedQuoteNamingItsLine)
{
    auto table = CsvReader::read("a,b\n1,2\n3,\"never closed\n4,5\n");
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(table.error().message.contains(QStringLiteral("line 3")))
        << table.error().message.toStdString();
}

TEST(CsvReader, RefusesEmptyAndBinaryFiles)
{
    EXPECT_FALSE(CsvReader::read("").ok());
    EXPECT_FALSE(CsvReader::read("\n\n").ok());
    EXPECT_FALSE(CsvReader::read(QByteArray("\xFF\xFE\x00\x81\x30", 5)).ok());
}
