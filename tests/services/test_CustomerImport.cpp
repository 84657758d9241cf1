// SPDX-License-Identifier: MIT
// Stage 1: importing customers from CSV (design.md, "CSV files") and exporting them again.
#include "ImportReportText.h"
#include "WorkspaceFixture.h"
#include "services/AuditService.h"
#include "services/CustomerExportService.h"
#include "services/CustomerImportService.h"
#include "services/CustomerService.h"

#include <QFile>
#include <QStringEncoder>
#include <QTimeZone>

using namespace sf;
using sf::test::describe;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class CustomerImportTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 3, 2, 9, 0);
    }

    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("in.csv"))
    {
        const QString path = m_folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    Result<ImportReport> import(const QByteArray &bytes, bool dryRun = false)
    {
        return m_ws->customerImport().importFile(write(bytes), dryRun);
    }

    Result<ImportReport> import(const QString &text, bool dryRun = false)
    {
        return import(text.toUtf8(), dryRun);
    }

    qint64 count(Workspace &ws)
    {
        auto list = ws.customers().list({}, {}, 0);
        EXPECT_TRUE(succeeded(list));
        return list.ok() ? list->total : -1;
    }
    qint64 count() { return count(*m_ws); }

    Customer find(const QString &id)
    {
        auto found = m_ws->customers().find(id);
        EXPECT_TRUE(succeeded(found));
        return found.ok() && found->has_value() ? **found : Customer{};
    }

    // The id of the customer of that name, or "".
    QString idOf(const QString &name)
    {
        CustomerFilter filter;
        filter.search = name;
        auto list = m_ws->customers().list(filter, {}, 10);
        EXPECT_TRUE(succeeded(list));
        for (const CustomerRow &row : list->rows) {
            if (row.name == name)
                return row.id;
        }
        return {};
    }
};

TEST_F(CustomerImportTest, ReadsUtf8WithAndWithoutBom)
{
    const QString text =
        QStringLiteral("name,first_contact,region,contact_name,contact_phone\n"
                       "杭州华信科技有限公司,2026-02-27 15:30,HZ,王伟,13800138000\n"
                       "上海明德数据,2026/3/1,SH,,\n");
    auto withBom = import(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    ASSERT_TRUE(succeeded(withBom));
    EXPECT_EQ(withBom->encoding, TextEncoding::Utf8WithBom);
    EXPECT_EQ(withBom->rows, 2);
    EXPECT_EQ(withBom->imported, 2) << describe(*withBom);
    EXPECT_TRUE(withBom->rejected.isEmpty());

    const Customer hz = find(QStringLiteral("HZ2026001"));
    EXPECT_EQ(hz.name, QStringLiteral("杭州华信科技有限公司"));
    EXPECT_EQ(hz.firstContactAt, shanghai(2026, 2, 27, 15, 30));
    EXPECT_EQ(hz.enteredAt, m_now);
    ASSERT_EQ(hz.contacts.size(), 1);
    EXPECT_EQ(hz.contacts.first().name, QStringLiteral("王伟"));
    EXPECT_TRUE(hz.contacts.first().key);
    EXPECT_TRUE(hz.lateEntry); // Saturday 28 February was a make-up working day
    const Customer sh = find(QStringLiteral("SH2026001"));
    EXPECT_EQ(sh.name, QStringLiteral("上海明德数据"));
    EXPECT_TRUE(sh.contacts.isEmpty());
    EXPECT_FALSE(sh.lateEntry);

    QString other = text;
    other.replace(QStringLiteral("杭州华信科技有限公司"), QStringLiteral("杭州恒泰物流"))
        .replace(QStringLiteral("上海明德数据"), QStringLiteral("上海鼎盛电子"))
        .replace(QStringLiteral("13800138000"), QStringLiteral("13900139000"));
    auto withoutBom = import(other);
    ASSERT_TRUE(succeeded(withoutBom));
    EXPECT_EQ(withoutBom->encoding, TextEncoding::Utf8);
    EXPECT_EQ(withoutBom->imported, 2) << describe(*withoutBom);
    EXPECT_EQ(idOf(QStringLiteral("杭州恒泰物流")), QStringLiteral("HZ2026002"));
    EXPECT_EQ(count(), 4);
}

TEST_F(CustomerImportTest, ReadsGb18030WithChineseHeaders)
{
    QStringEncoder gb18030("GB18030");
    ASSERT_TRUE(gb18030.isValid());
    const QByteArray bytes = gb18030.encode(
        QStringLiteral("客户编号,客户名称,所属行业,需求描述,联系人,联系方式,信息来源,首次接触时间,"
                       "区域,等级,标签,状态\r\n"
                       ",杭州华信科技有限公司,软件,需要CRM，预算10-20万,王伟,0571-8888-6666,展会,"
                       "2026年3月1日 10:00,HZ,A,国企；决策链复杂,商机\r\n"));
    ASSERT_NE(bytes, QString::fromUtf8(bytes).toUtf8()); // really not UTF-8
    auto report = import(bytes);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->encoding, TextEncoding::Gb18030);
    ASSERT_EQ(report->imported, 1) << describe(*report);
    const Customer c = find(QStringLiteral("HZ2026001"));
    EXPECT_EQ(c.name, QStringLiteral("杭州华信科技有限公司"));
    EXPECT_EQ(c.industry, QStringLiteral("软件"));
    EXPECT_EQ(c.needs, QStringLiteral("需要CRM，预算10-20万"));
    EXPECT_EQ(c.source, QStringLiteral("exhibition"));
    EXPECT_EQ(c.firstContactAt, shanghai(2026, 3, 1, 10, 0));
    EXPECT_EQ(c.grade, Grade::A);
    EXPECT_EQ(c.status, CustomerStatus::Opportunity);
    EXPECT_EQ(c.tags, (QStringList{QStringLiteral("国企"), QStringLiteral("决策链复杂")}));
    ASSERT_EQ(c.contacts.size(), 1);
    EXPECT_EQ(c.contacts.first().phone, QStringLiteral("0571-8888-6666"));
    auto history = m_ws->customers().gradeHistory(c.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().to, Grade::A);
}

TEST_F(CustomerImportTest, ReadsTabSeparatedFiles)
{
    auto report = import(QStringLiteral("Customer_ID\tName\tFirst Contact\tRegion\tTags\n"
                                        "SH2026003\tAcme, Inc.\t2026-03-01\t\tkey account,外资\n"
                                        "\t北京天合物流\t2026-03-01\tbj\t\n"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 2) << describe(*report);
    const Customer acme = find(QStringLiteral("SH2026003"));
    EXPECT_EQ(acme.name, QStringLiteral("Acme, Inc."));
    EXPECT_EQ(acme.region, QStringLiteral("SH")); // from the id
    EXPECT_EQ(acme.tags, (QStringList{QStringLiteral("key account"), QStringLiteral("外资")}));
    EXPECT_EQ(find(QStringLiteral("BJ2026001")).name, QStringLiteral("北京天合物流"));
}

TEST_F(CustomerImportTest, ARejectedRecordIsReportedOnTheLineItStartsOn)
{
    auto report = import(QStringLiteral("name,needs,first_contact,region\n"
                                        "杭州华信科技,\"第一行\n第二行, 预算10万\",2026-03-01,QQ\n"
                                        "上海明德数据,\"a\n\nb\",2026-03-01,SH\n"
                                        "北京天合物流,plain,2026-02-30,BJ\n"
                                        "深圳星辰,\"多行\n需求\",2026-03-01,SZ\n"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->rows, 4);
    EXPECT_EQ(report->imported, 2) << describe(*report);
    ASSERT_EQ(report->rejected.size(), 2) << describe(*report);
    EXPECT_EQ(report->rejected.at(0).line, 2);
    EXPECT_TRUE(report->rejected.at(0).reason.contains(QStringLiteral("QQ")));
    EXPECT_EQ(report->rejected.at(1).line, 7);
    EXPECT_TRUE(report->rejected.at(1).reason.contains(QStringLiteral("2026-02-30")));
    EXPECT_EQ(find(QStringLiteral("SH2026001")).needs, QStringLiteral("a\n\nb"));
    EXPECT_EQ(find(QStringLiteral("SZ2026001")).needs, QStringLiteral("多行\n需求"));
}

TEST_F(CustomerImportTest, ReportsEveryRejectionAndImportsTheValidRows)
{
    Customer existing;
    existing.id = QStringLiteral("HZ2026001");
    existing.name = QStringLiteral("杭州华信科技有限公司");
    existing.region = QStringLiteral("HZ");
    existing.firstContactAt = shanghai(2026, 3, 1);
    existing.contacts.append(
        {0, QStringLiteral("王伟"), {}, QStringLiteral("0571-8888-6666"), {}, {}, true});
    ASSERT_TRUE(succeeded(m_ws->customers().create(existing)));

    const QString text = QStringLiteral(
        "customer_id,name,first_contact,region,grade,contact_name,contact_phone\n" // 1
        ",,2026-03-01,HZ,,,\n"                                                     // 2
        ",无首次接触,,HZ,,,\n"                                                     // 3
        ",坏日期,2026-02-30,HZ,,,\n"                                               // 4
        ",等级D,2026-03-01,HZ,D,,\n"                                               // 5
        ",未知区域,2026-03-01,QQ,,,\n"                                             // 6
        "HZ26001,坏编号,2026-03-01,,,,\n"                                          // 7
        "HZ2026001,编号已存在,2026-03-01,,,,\n"                                    // 8
        "HZ2026007,恒泰物流,2026-03-01,,,,\n"                                      // 9 ok
        "HZ2026007,重复编号,2026-03-01,,,,\n"                                      // 10
        ",杭州华信科技股份有限公司,2026-03-01,HZ,,,\n"                             // 11
        ",恒泰物流有限公司,2026-03-01,HZ,,,\n"                                     // 12
        ",另一家,2026-03-01,HZ,,李雷,+86 571 8888 6666\n"                          // 13
        ",第二家,2026-03-01,SH,b,韩梅梅,13800138000\n"                             // 14 ok
        ",第三家,2026-03-01,BJ,,张三,138-0013-8000\n"                              // 15
        ",无区域,2026-03-01,,,,\n"                                                 // 16
        ",未来,2026-03-05,HZ,,,\n"                                                 // 17
        "QQ2026001,未知编号区域,2026-03-01,,,,\n"                                  // 18
        "HZ2026020,区域不符,2026-03-01,SH,,,\n");                                  // 19
    auto report = import(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->rows, 18);
    EXPECT_EQ(report->imported, 2) << describe(*report);

    const QList<std::pair<int, QStringList>> expected = {
        {2, {QStringLiteral("name/客户名称")}},
        {3, {QStringLiteral("first_contact/首次接触时间")}},
        {4, {QStringLiteral("2026-02-30")}},
        {5, {QStringLiteral("\"D\"")}},
        {6, {QStringLiteral("QQ")}},
        {7, {QStringLiteral("HZ26001")}},
        {8, {QStringLiteral("HZ2026001"), QStringLiteral("already exists")}},
        {10, {QStringLiteral("HZ2026007"), QStringLiteral("line 9")}},
        {11, {QStringLiteral("HZ2026001"), QStringLiteral("same name")}},
        {12, {QStringLiteral("line 9"), QStringLiteral("same name")}},
        {13, {QStringLiteral("HZ2026001"), QStringLiteral("same phone")}},
        {15, {QStringLiteral("line 14"), QStringLiteral("same phone")}},
        {16, {QStringLiteral("region/区域")}},
        {17, {QStringLiteral("future")}},
        {18, {QStringLiteral("QQ")}},
        {19, {QStringLiteral("HZ2026020"), QStringLiteral("SH")}},
    };
    ASSERT_EQ(report->rejected.size(), expected.size()) << describe(*report);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ImportRejection &rejection = report->rejected.at(i);
        EXPECT_EQ(rejection.line, expected.at(i).first) << describe(*report);
        for (const QString &part : expected.at(i).second)
            EXPECT_TRUE(rejection.reason.contains(part))
                << rejection.line << ": " << rejection.reason.toStdString() << " lacks "
                << part.toStdString();
    }

    EXPECT_EQ(count(), 3);
    EXPECT_EQ(find(QStringLiteral("HZ2026007")).name, QStringLiteral("恒泰物流"));
    const Customer second = find(QStringLiteral("SH2026001"));
    EXPECT_EQ(second.name, QStringLiteral("第二家"));
    EXPECT_EQ(second.grade, Grade::B);
    EXPECT_TRUE(idOf(QStringLiteral("第三家")).isEmpty());
}

TEST_F(CustomerImportTest, AGradeTimeDatesTheGradeAndItsFirstHistoryEntry)
{
    auto report = import(QStringLiteral("name,first_contact,region,grade,graded_at\n"
                                        "杭州华信科技,2026-01-05,HZ,B,2026-01-20 14:30\n"
                                        "上海明德数据,2026-03-01,SH,A,\n"
                                        "北京天合物流,2026-02-10,BJ,c,2026年2月12日\n"));
    ASSERT_TRUE(succeeded(report));
    ASSERT_EQ(report->imported, 3) << describe(*report);

    const Customer hz = find(QStringLiteral("HZ2026001"));
    EXPECT_EQ(hz.grade, Grade::B);
    EXPECT_EQ(hz.gradedAt, shanghai(2026, 1, 20, 14, 30));
    EXPECT_EQ(hz.enteredAt, m_now); // the grade time does not move the entry time
    auto history = m_ws->customers().gradeHistory(hz.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().to, Grade::B);
    EXPECT_EQ(history->first().at, shanghai(2026, 1, 20, 14, 30));

    const Customer bj = find(QStringLiteral("BJ2026001"));
    EXPECT_EQ(bj.gradedAt, shanghai(2026, 2, 12, 0, 0));
    history = m_ws->customers().gradeHistory(bj.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().at, shanghai(2026, 2, 12, 0, 0));

    // Without a grade time the grade dates from the import.
    const Customer sh = find(QStringLiteral("SH2026001"));
    EXPECT_EQ(sh.grade, Grade::A);
    EXPECT_EQ(sh.gradedAt, m_now);
    history = m_ws->customers().gradeHistory(sh.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().at, m_now);
}

TEST_F(CustomerImportTest, TheChineseGradeTimeHeaderIsRead)
{
    auto report = import(QStringLiteral("客户名称,首次接触时间,区域,等级,定级时间\n"
                                        "杭州华信科技,2026/1/5,HZ,A,2026/1/6 09:15\n"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_TRUE(report->ignoredColumns.isEmpty())
        << report->ignoredColumns.join(u',').toStdString();
    ASSERT_EQ(report->imported, 1) << describe(*report);
    const Customer c = find(QStringLiteral("HZ2026001"));
    EXPECT_EQ(c.grade, Grade::A);
    EXPECT_EQ(c.gradedAt, shanghai(2026, 1, 6, 9, 15));
    auto history = m_ws->customers().gradeHistory(c.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().at, shanghai(2026, 1, 6, 9, 15));
}

TEST_F(CustomerImportTest, AGradeTimeWithoutAGradeOrNotADateOrInTheFutureIsRejected)
{
    // m_now is 2026-03-02 09:00 in Shanghai.
    auto report = import(QStringLiteral("name,first_contact,region,grade,graded_at\n" // 1
                                        "无等级,2026-02-01,HZ,,2026-02-02\n"          // 2
                                        "坏定级时间,2026-02-01,HZ,A,2026-02-30\n"     // 3
                                        "不是日期,2026-02-01,HZ,B,上周\n"             // 4
                                        "未来定级,2026-02-01,HZ,B,2026-03-02 09:01\n" // 5
                                        "正好现在,2026-02-01,HZ,B,2026-03-02 09:00\n" // 6 ok
                                        "有等级,2026-02-01,SH,C,2026-02-03\n"));      // 7 ok
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->rows, 6);
    EXPECT_EQ(report->imported, 2) << describe(*report);

    const QList<std::pair<int, QStringList>> expected = {
        {2,
         {QStringLiteral("graded_at/定级时间"), QStringLiteral("grade/等级"),
          QStringLiteral("without")}},
        {3,
         {QStringLiteral("graded_at/定级时间"), QStringLiteral("\"2026-02-30\""),
          QStringLiteral("not a date")}},
        {4,
         {QStringLiteral("graded_at/定级时间"), QStringLiteral("\"上周\""),
          QStringLiteral("not a date")}},
        {5,
         {QStringLiteral("graded_at/定级时间"), QStringLiteral("2026-03-02 09:01"),
          QStringLiteral("future")}},
    };
    ASSERT_EQ(report->rejected.size(), expected.size()) << describe(*report);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ImportRejection &rejection = report->rejected.at(i);
        EXPECT_EQ(rejection.line, expected.at(i).first) << describe(*report);
        for (const QString &part : expected.at(i).second)
            EXPECT_TRUE(rejection.reason.contains(part))
                << rejection.line << ": " << rejection.reason.toStdString() << " lacks "
                << part.toStdString();
    }
    EXPECT_EQ(count(), 2);
    EXPECT_TRUE(idOf(QStringLiteral("无等级")).isEmpty());
    EXPECT_TRUE(idOf(QStringLiteral("未来定级")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("HZ2026001")).gradedAt, m_now);
    EXPECT_EQ(find(QStringLiteral("SH2026001")).gradedAt, shanghai(2026, 2, 3, 0, 0));
}

TEST_F(CustomerImportTest, AFileWithoutTheNeededColumnsIsRefused)
{
    auto report = import(QStringLiteral("name,region\n杭州华信科技,HZ\n"));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("first_contact")));
    EXPECT_EQ(count(), 0);
}

TEST_F(CustomerImportTest, ADryRunWritesNothing)
{
    const QString text = QStringLiteral("customer_id,name,first_contact,region\n"
                                        "HZ2026005,杭州华信科技,2026-03-01,\n"
                                        ",上海明德数据,2026-03-01,SH\n"
                                        ",坏日期,2026-13-01,SH\n");
    auto dry = import(text, true);
    ASSERT_TRUE(succeeded(dry));
    EXPECT_TRUE(dry->dryRun);
    EXPECT_EQ(dry->imported, 2);
    ASSERT_EQ(dry->rejected.size(), 1);
    EXPECT_EQ(dry->rejected.first().line, 4);
    EXPECT_EQ(count(), 0);
    // The id counter did not move either.
    Customer typed;
    typed.name = QStringLiteral("杭州恒泰物流");
    typed.region = QStringLiteral("HZ");
    typed.firstContactAt = shanghai(2026, 3, 1);
    auto created = m_ws->customers().create(typed);
    ASSERT_TRUE(succeeded(created));
    EXPECT_EQ(created->id, QStringLiteral("HZ2026001"));

    auto real = import(text);
    ASSERT_TRUE(succeeded(real));
    EXPECT_FALSE(real->dryRun);
    EXPECT_EQ(real->imported, 2);
    EXPECT_EQ(count(), 3);
}

TEST_F(CustomerImportTest, IdsGivenInTheFileAreReservedBeforeIdsAreIssued)
{
    auto report = import(QStringLiteral("customer_id,name,first_contact,region\n"
                                        ",第一家,2026-03-01,HZ\n"
                                        "HZ2026005,第二家,2026-03-01,HZ\n"
                                        ",第三家,2026-03-01,HZ\n"
                                        "SH2026002,第四家,2026-03-01,\n"));
    ASSERT_TRUE(succeeded(report));
    ASSERT_EQ(report->imported, 4) << describe(*report);
    EXPECT_EQ(idOf(QStringLiteral("第一家")), QStringLiteral("HZ2026006"));
    EXPECT_EQ(idOf(QStringLiteral("第二家")), QStringLiteral("HZ2026005"));
    EXPECT_EQ(idOf(QStringLiteral("第三家")), QStringLiteral("HZ2026007"));
    EXPECT_EQ(idOf(QStringLiteral("第四家")), QStringLiteral("SH2026002"));

    Customer typed;
    typed.name = QStringLiteral("第五家");
    typed.region = QStringLiteral("HZ");
    typed.firstContactAt = shanghai(2026, 3, 1);
    auto created = m_ws->customers().create(typed);
    ASSERT_TRUE(succeeded(created));
    EXPECT_EQ(created->id, QStringLiteral("HZ2026008"));
    typed.name = QStringLiteral("第六家");
    typed.region = QStringLiteral("SH");
    EXPECT_EQ(m_ws->customers().create(typed)->id, QStringLiteral("SH2026003"));
}

TEST_F(CustomerImportTest, OnlyAnAdministratorsImportCreatesOwners)
{
    const QString text = QStringLiteral("name,first_contact,region,owner\n"
                                        "杭州华信科技,2026-03-01,HZ,li.lei\n");
    const QString admin = m_ws->actor().login; // on PostgreSQL the role that connected
    User rep;
    rep.login = QStringLiteral("rep1");
    rep.role = Role::Rep;
    ASSERT_TRUE(succeeded(m_ws->users().add(rep)));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    auto byRep = import(text);
    ASSERT_TRUE(succeeded(byRep));
    EXPECT_EQ(byRep->imported, 0);
    ASSERT_EQ(byRep->rejected.size(), 1);
    EXPECT_TRUE(byRep->rejected.first().reason.contains(QStringLiteral("li.lei")));

    ASSERT_TRUE(succeeded(m_ws->actAs(admin)));
    auto byAdmin = import(text);
    ASSERT_TRUE(succeeded(byAdmin));
    EXPECT_EQ(byAdmin->imported, 1) << describe(*byAdmin);
    EXPECT_EQ(byAdmin->newOwners, QStringList{QStringLiteral("li.lei")});
    EXPECT_EQ(find(QStringLiteral("HZ2026001")).ownerLogin, QStringLiteral("li.lei"));
}

TEST_F(CustomerImportTest, ARepsFileBringsLeadsNotGrades)
{
    User rep;
    rep.login = QStringLiteral("rep1");
    rep.role = Role::Rep;
    ASSERT_TRUE(succeeded(m_ws->users().add(rep)));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    auto report = import(QStringLiteral("name,first_contact,region,grade\n"
                                        "杭州华信科技,2026-03-01,HZ,A\n"
                                        "上海明德数据,2026-03-01,SH,\n"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 1) << describe(*report);
    ASSERT_EQ(report->rejected.size(), 1);
    EXPECT_EQ(report->rejected.first().line, 2);
    EXPECT_TRUE(report->rejected.first().reason.contains(QStringLiteral("R4")))
        << report->rejected.first().reason.toStdString();
    const Customer lead = find(QStringLiteral("SH2026001"));
    EXPECT_FALSE(lead.grade.has_value());
    EXPECT_EQ(lead.ownerLogin, QStringLiteral("rep1"));
    // The customer's own trail says it was imported, and by whom.
    auto trail = m_ws->audit().forCustomer(QStringLiteral("SH2026001"));
    ASSERT_TRUE(succeeded(trail));
    ASSERT_FALSE(trail->isEmpty());
    EXPECT_EQ(trail->last().field, QStringLiteral("imported"));
    EXPECT_EQ(trail->last().actor, QStringLiteral("rep1"));
    EXPECT_EQ(trail->last().newValue, QStringLiteral("上海明德数据"));
}

TEST_F(CustomerImportTest, AnExportImportedIntoAnEmptyDatabaseGivesTheSameCustomers)
{
    User owner;
    owner.login = QStringLiteral("zhang.wei");
    owner.role = Role::Rep;
    owner.senior = true;
    ASSERT_TRUE(succeeded(m_ws->users().add(owner)));
    ASSERT_TRUE(succeeded(import(QStringLiteral(
        "customer_id,name,industry,size,needs,contact_name,contact_title,contact_phone,"
        "contact_email,contact_wechat,source,first_contact,region,grade,tags,owner,status,"
        "graded_at\n"
        ",杭州华信科技有限公司,软件,50-199人,\"需要CRM, 预算\"\"10-20万\"\"\n三个月内上线\","
        "王伟,CTO,0571-8888-6666,wang@example.com,wangwei,展会,2026-02-27 15:30:20,HZ,A,"
        "国企;决策链复杂,zhang.wei,opportunity,2026-02-28 11:05:07\n"
        ",上海明德数据,,,,,,,,,线上推广,2026-03-01,SH,B,,,customer,\n"
        "BJ2026010,北京天合物流,物流,,有软件需求,李娜,,13800138000,,,朋友介绍,2026-02-20,,C,"
        "外资,admin,,2026-02-21\n"
        ",Acme Inc.,,,,,,,,,,2026-03-02 08:00,GZ,,,,invalid,\n"))));
    m_now = m_now.addDays(1);
    Customer typed;
    typed.name = QStringLiteral("深圳星辰");
    typed.region = QStringLiteral("SZ");
    typed.firstContactAt = shanghai(2026, 3, 2);
    ASSERT_TRUE(succeeded(m_ws->customers().create(typed)));
    ASSERT_EQ(count(), 5);

    const QString first = m_folder.path(QStringLiteral("first.csv"));
    auto exported = m_ws->customerExport().exportTo(first, {});
    ASSERT_TRUE(succeeded(exported));
    EXPECT_EQ(*exported, 5);
    const QByteArray firstBytes = readAll(first);
    ASSERT_TRUE(firstBytes.startsWith("\xEF\xBB\xBF"
                                      "customer_id,name,"));

    // An empty database of the same kind: another file, or another database of the cluster.
    test::TempFolder other;
    QString location;
    ASSERT_TRUE(test::newWorkspaceLocation(other, &location));
    auto copy = Workspace::open(location, [this] { return m_now; });
    ASSERT_TRUE(succeeded(copy));
    Workspace &target = **copy;
    auto report = target.customerImport().importFile(first, false);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 5) << describe(*report);
    EXPECT_TRUE(report->rejected.isEmpty());

    auto before = m_ws->customers().list({}, {}, 100);
    auto after = target.customers().list({}, {}, 100);
    ASSERT_TRUE(succeeded(before));
    ASSERT_TRUE(succeeded(after));
    ASSERT_EQ(after->total, before->total);
    for (qsizetype i = 0; i < before->rows.size(); ++i) {
        const CustomerRow &a = before->rows.at(i);
        const CustomerRow &b = after->rows.at(i);
        SCOPED_TRACE(a.id.toStdString());
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.name, a.name);
        EXPECT_EQ(b.grade, a.grade);
        EXPECT_EQ(b.status, a.status);
        EXPECT_EQ(b.region, a.region);
        EXPECT_EQ(b.ownerLogin, a.ownerLogin);
        EXPECT_EQ(b.industry, a.industry);
        EXPECT_EQ(b.companySize, a.companySize);
        EXPECT_EQ(b.source, a.source);
        EXPECT_EQ(b.firstContactAt, a.firstContactAt);
        EXPECT_EQ(b.enteredAt, a.enteredAt);
        EXPECT_EQ(b.lateEntry, a.lateEntry);
        EXPECT_EQ(b.tags, a.tags);
        EXPECT_EQ(b.keyContact, a.keyContact);
        EXPECT_EQ(b.keyPhone, a.keyPhone);
    }
    const Customer original = find(QStringLiteral("HZ2026001"));
    auto imported = target.customers().find(QStringLiteral("HZ2026001"));
    ASSERT_TRUE(succeeded(imported));
    ASSERT_TRUE(imported->has_value());
    EXPECT_EQ((*imported)->needs, original.needs);
    ASSERT_EQ((*imported)->contacts.size(), 1);
    ASSERT_EQ(original.contacts.size(), 1);
    Contact copied = (*imported)->contacts.first();
    copied.id = original.contacts.first().id; // internal keys of two databases
    EXPECT_EQ(copied, original.contacts.first());
    EXPECT_EQ(copied.wechat, QStringLiteral("wangwei"));

    // The grade times come back, as the grade's time and as the first history entry's.
    for (const QString &id :
         {QStringLiteral("HZ2026001"), QStringLiteral("SH2026001"), QStringLiteral("BJ2026010")}) {
        SCOPED_TRACE(id.toStdString());
        const Customer a = find(id);
        auto b = target.customers().find(id);
        ASSERT_TRUE(succeeded(b));
        ASSERT_TRUE(b->has_value());
        EXPECT_EQ((*b)->gradedAt, a.gradedAt);
        auto history = target.customers().gradeHistory(id);
        ASSERT_TRUE(succeeded(history));
        ASSERT_EQ(history->size(), 1);
        EXPECT_EQ(history->first().at, a.gradedAt);
    }
    EXPECT_EQ(original.gradedAt, shanghai(2026, 2, 28, 11, 5, 7));
    EXPECT_EQ(find(QStringLiteral("BJ2026010")).gradedAt, shanghai(2026, 2, 21, 0, 0));
    EXPECT_EQ(find(QStringLiteral("SH2026001")).gradedAt, m_now.addDays(-1)); // the import time

    const QString second = m_folder.path(QStringLiteral("second.csv"));
    ASSERT_TRUE(succeeded(target.customerExport().exportTo(second, {})));
    EXPECT_EQ(readAll(second), firstBytes);
}

TEST_F(CustomerImportTest, ExportsAFilterToCsvAndXlsx)
{
    ASSERT_TRUE(succeeded(import(QStringLiteral("name,first_contact,region,grade\n"
                                                "杭州华信科技,2026-03-01,HZ,A\n"
                                                "上海明德数据,2026-03-01,SH,B\n"
                                                "北京天合物流,2026-03-01,BJ,B\n"))));
    CustomerFilter gradeB;
    gradeB.grade = CustomerFilter::GradeFilter::B;
    const QString csv = m_folder.path(QStringLiteral("b.csv"));
    auto written = m_ws->customerExport().exportTo(csv, gradeB);
    ASSERT_TRUE(succeeded(written));
    EXPECT_EQ(*written, 2);
    const QList<QByteArray> lines = readAll(csv).split('\n');
    ASSERT_EQ(lines.size(), 4); // header, 2 rows, and the empty rest after the last line break
    EXPECT_TRUE(lines.at(1).startsWith("BJ2026001,北京天合物流,"));
    EXPECT_TRUE(lines.at(2).startsWith("SH2026001,上海明德数据,"));

    const QString xlsx = m_folder.path(QStringLiteral("all.xlsx"));
    written = m_ws->customerExport().exportTo(xlsx, {});
    ASSERT_TRUE(succeeded(written));
    EXPECT_EQ(*written, 3);
    const QByteArray book = readAll(xlsx);
    EXPECT_GT(book.size(), 1000);
    EXPECT_TRUE(book.startsWith("PK"));
    EXPECT_FALSE(QFile::exists(xlsx + QStringLiteral(".part")));

    auto refused = m_ws->customerExport().exportTo(m_folder.path(QStringLiteral("x.txt")), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
}
