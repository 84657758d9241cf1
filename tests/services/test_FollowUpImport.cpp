// SPDX-License-Identifier: MIT
// Stage 2 history from CSV: `import followups` and `import plan-items` (design.md, "Command line"):
// every row checked first, each rejected row reported by its line and reason, the valid rows
// written in one transaction.
#include "ImportReportText.h"
#include "WorkspaceFixture.h"
#include "services/CustomerService.h"
#include "services/FollowUpImportService.h"
#include "services/FollowUpService.h"

#include <QFile>
#include <QStringEncoder>
#include <QTimeZone>

#include <algorithm>

using namespace sf;
using sf::test::describe;
using sf::test::linesOf;
using sf::test::reasonAt;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

const char *const kFollowUpHeader = "customer_id,contact_at,recorded_at,method,counterpart,content,"
                                    "feedback,next_action,next_action_due,risk,progress,stage\n";
const char *const kPlanHeader = "customer_id,goal,action,counterpart,method,start,due,"
                                "support_needed,support_requested_at,status,created_at\n";

} // namespace

class FollowUpImportTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 3, 2, 9, 0); // a Monday
        for (const QString &name :
             {QStringLiteral("杭州华信科技"), QStringLiteral("杭州恒泰物流")}) {
            Customer c;
            c.name = name;
            c.region = QStringLiteral("HZ");
            c.firstContactAt = shanghai(2026, 2, 2, 9, 0);
            c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
            ASSERT_TRUE(succeeded(m_ws->customers().create(c)));
        }
    }

    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("in.csv"))
    {
        const QString path = m_folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    Result<ImportReport> importFollowUps(const QByteArray &bytes, bool dryRun = false)
    {
        return m_ws->followUpImport().importFollowUps(write(bytes), dryRun);
    }
    Result<ImportReport> importFollowUps(const QString &text, bool dryRun = false)
    {
        return importFollowUps(text.toUtf8(), dryRun);
    }
    Result<ImportReport> importPlanItems(const QByteArray &bytes, bool dryRun = false)
    {
        return m_ws->followUpImport().importPlanItems(write(bytes), dryRun);
    }
    Result<ImportReport> importPlanItems(const QString &text, bool dryRun = false)
    {
        return importPlanItems(text.toUtf8(), dryRun);
    }

    // Oldest contact first.
    QList<FollowUpRecord> records(const QString &customerId = QStringLiteral("HZ2026001"))
    {
        auto list = m_ws->followUps().records(customerId);
        EXPECT_TRUE(succeeded(list));
        QList<FollowUpRecord> oldestFirst = list.ok() ? *list : QList<FollowUpRecord>{};
        std::reverse(oldestFirst.begin(), oldestFirst.end());
        return oldestFirst;
    }

    QList<PlanItem> planItems(const QString &customerId = QStringLiteral("HZ2026001"))
    {
        auto list = m_ws->followUps().planItems(customerId);
        EXPECT_TRUE(succeeded(list));
        return list.ok() ? *list : QList<PlanItem>{};
    }
};

TEST_F(FollowUpImportTest, ImportsFollowUpsWithEveryField)
{
    const QString text =
        QString::fromUtf8(kFollowUpHeader) +
        QStringLiteral(
            "hz2026001,2026-02-27 15:30,2026-02-27 16:00,电话,技术总监李工,关心兼容性,"
            "需要竞品对比,发送竞品对比,2026-03-05,采购部新加入决策链,是,需求挖掘\n"
            "HZ2026001,2026/2/28 09:00,,visit,李工,现场演示,,,,,,\n"
            "HZ2026001,2026-03-01 10:00,2026-03-01 13:00:01,online meeting,李工,线上评审,,,,,"
            "0,\n");
    auto report = importFollowUps(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->encoding, TextEncoding::Utf8);
    EXPECT_EQ(report->rows, 3);
    EXPECT_EQ(report->imported, 3) << describe(*report);
    EXPECT_FALSE(report->dryRun);
    EXPECT_TRUE(report->ignoredColumns.isEmpty());

    const QList<FollowUpRecord> stored = records();
    ASSERT_EQ(stored.size(), 3);
    const FollowUpRecord &first = stored.at(0);
    EXPECT_EQ(first.customerId, QStringLiteral("HZ2026001"));
    EXPECT_EQ(first.contactAt, shanghai(2026, 2, 27, 15, 30));
    EXPECT_EQ(first.recordedAt, shanghai(2026, 2, 27, 16, 0));
    EXPECT_FALSE(first.late);
    EXPECT_EQ(first.method, ContactMethod::Phone);
    EXPECT_EQ(first.counterpart, QStringLiteral("技术总监李工"));
    EXPECT_EQ(first.content, QStringLiteral("关心兼容性"));
    EXPECT_EQ(first.feedback, QStringLiteral("需要竞品对比"));
    EXPECT_EQ(first.nextAction, QStringLiteral("发送竞品对比"));
    EXPECT_EQ(first.nextActionDue, QDate(2026, 3, 5));
    EXPECT_EQ(first.risk, QStringLiteral("采购部新加入决策链"));
    EXPECT_TRUE(first.progress);
    EXPECT_EQ(first.stage, OpportunityStage::Discovery);
    EXPECT_EQ(first.recordedBy, m_ws->actor().login);

    // An empty recording time means recorded at the contact: on time.
    const FollowUpRecord &second = stored.at(1);
    EXPECT_EQ(second.method, ContactMethod::Visit);
    EXPECT_EQ(second.contactAt, shanghai(2026, 2, 28, 9, 0));
    EXPECT_EQ(second.recordedAt, second.contactAt);
    EXPECT_FALSE(second.late);
    EXPECT_FALSE(second.progress);
    EXPECT_FALSE(second.nextActionDue.has_value());

    // R11 holds for history too: 3 hours and a second after the contact is late.
    const FollowUpRecord &third = stored.at(2);
    EXPECT_EQ(third.method, ContactMethod::Online);
    EXPECT_TRUE(third.late);
    EXPECT_FALSE(third.progress);

    // The stage opened the customer's opportunity.
    auto open = m_ws->followUps().opportunity(QStringLiteral("HZ2026001"));
    ASSERT_TRUE(succeeded(open));
    ASSERT_TRUE(open->has_value());
    EXPECT_EQ((*open)->stage, OpportunityStage::Discovery);
}

TEST_F(FollowUpImportTest, ProgressIsYesNoInEnglishChineseOrDigits)
{
    const QStringList values = {
        QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("是"),  QStringLiteral("否"),
        QStringLiteral("1"),   QStringLiteral("0"),  QStringLiteral("YES"), QString()};
    QString text = QString::fromUtf8(kFollowUpHeader);
    for (int i = 0; i < values.size(); ++i)
        text += QStringLiteral("HZ2026001,2026-02-%1 10:00,,phone,李工,第%1次沟通,,,,,%2,\n")
                    .arg(10 + i)
                    .arg(values.at(i));
    text += QStringLiteral("HZ2026001,2026-02-25 10:00,,phone,李工,不确定,,,,,maybe,\n");
    auto report = importFollowUps(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, values.size()) << describe(*report);
    EXPECT_EQ(linesOf(*report), QList<int>{int(values.size()) + 2});
    EXPECT_TRUE(reasonAt(*report, int(values.size()) + 2).contains(QStringLiteral("maybe")));
    const QList<FollowUpRecord> stored = records();
    ASSERT_EQ(stored.size(), values.size());
    const QList<bool> expected = {true, false, true, false, true, false, true, false};
    for (int i = 0; i < stored.size(); ++i)
        EXPECT_EQ(stored.at(i).progress, expected.at(i)) << values.at(i).toStdString();
}

TEST_F(FollowUpImportTest, ReportsEveryFollowUpRejectionWithItsLine)
{
    const QString text =
        QString::fromUtf8(kFollowUpHeader) +
        QStringLiteral(
            ",2026-02-27 10:00,,phone,李工,缺客户编号,,,,,,\n"                          // 2
            "HZ2026999,2026-02-27 10:00,,phone,李工,未知客户,,,,,,\n"                   // 3
            "HZ2026001,,,phone,李工,缺联系时间,,,,,,\n"                                 // 4
            "HZ2026001,2026-02-30 10:00,,phone,李工,日期不存在,,,,,,\n"                 // 5
            "HZ2026001,2026-02-27 10:00,2026-02-27 09:59,phone,李工,先记录,,,,,,\n"     // 6
            "HZ2026001,2026-03-02 09:01,,phone,李工,未来的联系,,,,,,\n"                 // 7
            "HZ2026001,2026-03-02 08:00,2026-03-02 09:30,phone,李工,未来的记录,,,,,,\n" // 8
            "HZ2026001,2026-02-27 10:00,,,李工,缺方式,,,,,,\n"                          // 9
            "HZ2026001,2026-02-27 10:00,,email,李工,错误方式,,,,,,\n"                   // 10
            "HZ2026001,2026-02-27 10:00,,phone,李工,,,,,,,\n"                           // 11
            "HZ2026001,2026-02-27 10:00,,phone,李工,进展不明,,,,,maybe,\n"              // 12
            "HZ2026001,2026-02-27 10:00,,phone,李工,阶段不明,,,,,,closing\n"            // 13
            "HZ2026001,2026-02-27 10:00,,phone,李工,下一步,,发方案,next week,,,\n"      // 14
            "HZ2026002,2026-03-02 08:59,,拜访,王总,有效的一行,,,,,,\n");                // 15
    auto report = importFollowUps(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->rows, 14);
    EXPECT_EQ(report->imported, 1) << describe(*report);
    EXPECT_EQ(linesOf(*report), (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}))
        << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 2).contains(QStringLiteral("customer_id"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 3).contains(QStringLiteral("HZ2026999"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 4).contains(QStringLiteral("contact_at"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 5).contains(QStringLiteral("2026-02-30"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 6).contains(QStringLiteral("2026-02-27 09:59")))
        << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 7).contains(QStringLiteral("future"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 8).contains(QStringLiteral("future"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 9).contains(QStringLiteral("method"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 10).contains(QStringLiteral("email"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 11).contains(QStringLiteral("content"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 12).contains(QStringLiteral("maybe"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 13).contains(QStringLiteral("closing"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 14).contains(QStringLiteral("next week"))) << describe(*report);

    EXPECT_TRUE(records().isEmpty());
    const QList<FollowUpRecord> valid = records(QStringLiteral("HZ2026002"));
    ASSERT_EQ(valid.size(), 1);
    EXPECT_EQ(valid.first().content, QStringLiteral("有效的一行"));
}

// The import holds a record to what the service holds it to (R11): a next action has its due
// date, a due date its next action.
TEST_F(FollowUpImportTest, ANextActionNeedsItsDueDateAsInTheService)
{
    const QString text =
        QString::fromUtf8(kFollowUpHeader) +
        QStringLiteral("HZ2026001,2026-02-27 10:00,,phone,李工,沟通,,发方案,,,,\n"
                       "HZ2026001,2026-02-27 11:00,,phone,李工,沟通,,,2026-03-05,,,\n"
                       "HZ2026001,2026-02-27 12:00,,phone,李工,沟通,,发方案,"
                       "2026-03-05,,,\n");
    auto report = importFollowUps(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 1) << describe(*report);
    EXPECT_EQ(linesOf(*report), (QList<int>{2, 3})) << describe(*report);
    EXPECT_EQ(records().size(), 1);
}

TEST_F(FollowUpImportTest, ReadsGb18030WithChineseHeaders)
{
    QStringEncoder gb18030("GB18030");
    ASSERT_TRUE(gb18030.isValid());
    const QByteArray bytes = gb18030.encode(
        QStringLiteral("客户编号,联系时间,记录时间,跟进方式,沟通对象,沟通内容,客户反馈,下一步行动,"
                       "下一步截止日期,风险,是否推进,商机阶段,备注\r\n"
                       "HZ2026001,2026年2月27日 15:30,2026年2月27日 16:00,拜访,技术总监李工,"
                       "讨论兼容性,方案满足初步需求,发送竞品对比,2026年3月5日,采购部介入,否,"
                       "方案演示,无\r\n"));
    ASSERT_NE(bytes, QString::fromUtf8(bytes).toUtf8()); // really not UTF-8
    auto report = importFollowUps(bytes);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->encoding, TextEncoding::Gb18030);
    ASSERT_EQ(report->imported, 1) << describe(*report);
    EXPECT_EQ(report->ignoredColumns, QStringList{QStringLiteral("备注")});
    const QList<FollowUpRecord> stored = records();
    ASSERT_EQ(stored.size(), 1);
    const FollowUpRecord &r = stored.first();
    EXPECT_EQ(r.contactAt, shanghai(2026, 2, 27, 15, 30));
    EXPECT_EQ(r.recordedAt, shanghai(2026, 2, 27, 16, 0));
    EXPECT_EQ(r.method, ContactMethod::Visit);
    EXPECT_EQ(r.counterpart, QStringLiteral("技术总监李工"));
    EXPECT_EQ(r.content, QStringLiteral("讨论兼容性"));
    EXPECT_EQ(r.feedback, QStringLiteral("方案满足初步需求"));
    EXPECT_EQ(r.nextAction, QStringLiteral("发送竞品对比"));
    EXPECT_EQ(r.nextActionDue, QDate(2026, 3, 5));
    EXPECT_EQ(r.risk, QStringLiteral("采购部介入"));
    EXPECT_EQ(r.stage, OpportunityStage::Solution);
    EXPECT_TRUE(r.progress); // opening the opportunity at a stage counts as progress
}

TEST_F(FollowUpImportTest, AQuotedNewlineKeepsTheLineNumbersOfTheFile)
{
    const QString text =
        QString::fromUtf8(kFollowUpHeader) +
        QStringLiteral("HZ2026001,2026-02-27 10:00,,phone,李工,\"第一点\n第二点, 含逗号\",,,,,,\n"
                       "HZ2026001,2026-02-27 11:00,,fax,李工,\"多行\n\n内容\",,,,,,\n"
                       "HZ2026001,2026-02-27 12:00,,phone,李工,单行,,,,\"风险一\n风险二\",,\n"
                       "HZ2026001,2026-02-27 13:00,,phone,李工,坏阶段,,,,,,won?\n");
    auto report = importFollowUps(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->rows, 4);
    EXPECT_EQ(report->imported, 2) << describe(*report);
    EXPECT_EQ(linesOf(*report), (QList<int>{4, 9})) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 4).contains(QStringLiteral("fax")));
    const QList<FollowUpRecord> stored = records();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(0).content, QStringLiteral("第一点\n第二点, 含逗号"));
    EXPECT_EQ(stored.at(1).risk, QStringLiteral("风险一\n风险二"));
}

TEST_F(FollowUpImportTest, ADryRunWritesNothing)
{
    const QString followUps =
        QString::fromUtf8(kFollowUpHeader) +
        QStringLiteral("HZ2026001,2026-02-27 10:00,,phone,李工,沟通,,,,,是,报价\n"
                       "HZ2026002,2026-02-27 10:00,,phone,王总,沟通,,,,,,\n"
                       "HZ2026009,2026-02-27 10:00,,phone,王总,沟通,,,,,,\n");
    auto dry = importFollowUps(followUps, true);
    ASSERT_TRUE(succeeded(dry));
    EXPECT_TRUE(dry->dryRun);
    EXPECT_EQ(dry->imported, 2);
    EXPECT_EQ(linesOf(*dry), QList<int>{4});
    EXPECT_TRUE(records().isEmpty());
    EXPECT_TRUE(records(QStringLiteral("HZ2026002")).isEmpty());
    auto open = m_ws->followUps().opportunity(QStringLiteral("HZ2026001"));
    ASSERT_TRUE(succeeded(open));
    EXPECT_FALSE(open->has_value());

    const QString plan =
        QString::fromUtf8(kPlanHeader) +
        QStringLiteral("HZ2026001,第1周,演示,李工,visit,2026-03-09,2026-03-10,,,,\n");
    auto dryPlan = importPlanItems(plan, true);
    ASSERT_TRUE(succeeded(dryPlan));
    EXPECT_TRUE(dryPlan->dryRun);
    EXPECT_EQ(dryPlan->imported, 1);
    EXPECT_TRUE(planItems().isEmpty());

    // The same files for real.
    auto real = importFollowUps(followUps);
    ASSERT_TRUE(succeeded(real));
    EXPECT_EQ(real->imported, 2);
    EXPECT_EQ(records().size(), 1);
    auto realPlan = importPlanItems(plan);
    ASSERT_TRUE(succeeded(realPlan));
    EXPECT_EQ(planItems().size(), 1);
}

TEST_F(FollowUpImportTest, AFileWithoutARequiredColumnIsRefusedAsAWhole)
{
    auto noContent = importFollowUps(
        QStringLiteral("customer_id,contact_at,method\nHZ2026001,2026-02-27 10:00,phone\n"));
    ASSERT_FALSE(noContent.ok());
    EXPECT_EQ(noContent.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(noContent.error().message.contains(QStringLiteral("content")))
        << noContent.error().message.toStdString();
    EXPECT_TRUE(records().isEmpty());

    // The valid rows of a file without a required column are not written either.
    auto noDue = importPlanItems(QStringLiteral("customer_id,action,counterpart,method,start\n"
                                                "HZ2026001,演示,李工,visit,2026-03-09\n"));
    ASSERT_FALSE(noDue.ok());
    EXPECT_EQ(noDue.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(noDue.error().message.contains(QStringLiteral("due")))
        << noDue.error().message.toStdString();
    EXPECT_TRUE(planItems().isEmpty());
}

TEST_F(FollowUpImportTest, ImportsPlanItemsWithR10Flags)
{
    const QString text =
        QString::fromUtf8(kPlanHeader) +
        QStringLiteral(
            // Support for Tuesday 10 March requested on Sunday 8 March: on time.
            "hz2026001,第1周：深挖需求,现场演示,技术总监李工,拜访,2026-03-10,2026-03-11,售前演示,"
            "2026-03-08,进行中,2026-03-01 18:00\n"
            // Requested on Monday 9 March: late, and saved with the flag.
            "HZ2026001,第1周,线上评审,李工,online,2026-03-10,2026-03-10,售前,2026-03-09,,\n"
            // No start: it starts on its due date.
            "HZ2026001,,电话确认,李工,电话,,2026-03-12,,,done,\n");
    auto report = importPlanItems(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 3) << describe(*report);
    const QList<PlanItem> items = planItems();
    ASSERT_EQ(items.size(), 3);
    const PlanItem &first = items.at(0);
    EXPECT_EQ(first.goal, QStringLiteral("第1周：深挖需求"));
    EXPECT_EQ(first.action, QStringLiteral("现场演示"));
    EXPECT_EQ(first.counterpart, QStringLiteral("技术总监李工"));
    EXPECT_EQ(first.method, ContactMethod::Visit);
    EXPECT_EQ(first.start, QDate(2026, 3, 10));
    EXPECT_EQ(first.due, QDate(2026, 3, 11));
    EXPECT_EQ(first.supportNeeded, QStringLiteral("售前演示"));
    EXPECT_EQ(first.supportRequestedOn, QDate(2026, 3, 8));
    EXPECT_FALSE(first.supportLate);
    EXPECT_EQ(first.status, PlanItemStatus::InProgress);
    EXPECT_EQ(first.createdAt, shanghai(2026, 3, 1, 18, 0));
    EXPECT_EQ(first.createdBy, m_ws->actor().login);

    const PlanItem &second = items.at(1);
    EXPECT_EQ(second.method, ContactMethod::Online);
    EXPECT_TRUE(second.supportLate);
    EXPECT_EQ(second.status, PlanItemStatus::Planned);
    EXPECT_EQ(second.createdAt, m_now); // an empty creation time means now

    const PlanItem &third = items.at(2);
    EXPECT_EQ(third.start, QDate(2026, 3, 12));
    EXPECT_EQ(third.status, PlanItemStatus::Done);
    EXPECT_FALSE(third.supportRequestedOn.has_value());
    EXPECT_FALSE(third.supportLate);
}

TEST_F(FollowUpImportTest, ReportsEveryPlanItemRejectionWithItsLine)
{
    const QString text =
        QString::fromUtf8(kPlanHeader) +
        QStringLiteral("HZ2026001,g,,李工,visit,2026-03-09,2026-03-10,,,,\n"               // 2
                       "HZ2026001,g,演示,,visit,2026-03-09,2026-03-10,,,,\n"               // 3
                       "HZ2026001,g,演示,李工,visit,2026-03-09,,,,,\n"                     // 4
                       "HZ2026001,g,演示,李工,visit,2026-13-09,2026-03-10,,,,\n"           // 5
                       "HZ2026001,g,演示,李工,visit,2026-03-09,2026-03-32,,,,\n"           // 6
                       "HZ2026001,g,演示,李工,visit,2026-03-10,2026-03-09,,,,\n"           // 7
                       "HZ2026001,g,演示,李工,visit,2026-03-09,2026-03-10,,,paused,\n"     // 8
                       "HZ2026001,g,演示,李工,visit,2026-03-09,2026-03-10,售前,soon,,\n"   // 9
                       "HZ2026001,g,演示,李工,visit,2026-03-09,2026-03-10,,,,2026-03-03\n" // 10
                       "HZ2026001,g,演示,李工,visit,2026-03-09,2026-03-10,,,,yesterday\n"  // 11
                       "HZ2026001,g,演示,李工,,2026-03-09,2026-03-10,,,,\n"                // 12
                       "HZ2026001,g,演示,李工,email,2026-03-09,2026-03-10,,,,\n"           // 13
                       "HZ2026999,g,演示,李工,visit,2026-03-09,2026-03-10,,,,\n"           // 14
                       ",g,演示,李工,visit,2026-03-09,2026-03-10,,,,\n"                    // 15
                       "HZ2026001,g,,,visit,,,,,,\n"                                       // 16
                       "HZ2026002,g,演示,王总,visit,2026-03-09,2026-03-10,,,,\n");         // 17
    auto report = importPlanItems(text);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 1) << describe(*report);
    EXPECT_EQ(linesOf(*report), (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}))
        << describe(*report);
    // R9: what, with whom, by when, each named.
    for (int line : {2, 3, 4, 7})
        EXPECT_TRUE(reasonAt(*report, line).contains(QStringLiteral("R9"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 2).contains(QStringLiteral("action"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 3).contains(QStringLiteral("counterpart"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 4).contains(QStringLiteral("due date"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 5).contains(QStringLiteral("2026-13-09"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 6).contains(QStringLiteral("2026-03-32"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 7).contains(QStringLiteral("2026-03-09"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 8).contains(QStringLiteral("paused"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 9).contains(QStringLiteral("soon"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 10).contains(QStringLiteral("future"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 11).contains(QStringLiteral("yesterday"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 12).contains(QStringLiteral("method"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 13).contains(QStringLiteral("email"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 14).contains(QStringLiteral("HZ2026999"))) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 15).contains(QStringLiteral("customer_id"))) << describe(*report);
    for (const char *part : {"action", "counterpart", "due date"})
        EXPECT_TRUE(reasonAt(*report, 16).contains(QLatin1String(part))) << describe(*report);
    EXPECT_TRUE(planItems().isEmpty());
    EXPECT_EQ(planItems(QStringLiteral("HZ2026002")).size(), 1);
}

TEST_F(FollowUpImportTest, ReadsPlanItemsWithChineseHeaders)
{
    QStringEncoder gb18030("GB18030");
    const QByteArray bytes = gb18030.encode(
        QStringLiteral("客户编号,阶段目标,具体行动,对接人,跟进方式,开始日期,截止日期,所需支持,"
                       "支持申请日期,状态,创建时间\r\n"
                       "HZ2026001,第2周：演示,产品演示并收集反馈,技术总监李工,线上会议,2026/3/16,"
                       "2026/3/17,售前工程师,2026/3/13,计划中,2026年3月1日 09:30\r\n"));
    auto report = importPlanItems(bytes);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->encoding, TextEncoding::Gb18030);
    ASSERT_EQ(report->imported, 1) << describe(*report);
    const QList<PlanItem> items = planItems();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().action, QStringLiteral("产品演示并收集反馈"));
    EXPECT_EQ(items.first().method, ContactMethod::Online);
    EXPECT_EQ(items.first().start, QDate(2026, 3, 16));
    EXPECT_EQ(items.first().due, QDate(2026, 3, 17));
    // Friday 13 March for Monday 16 March leaves only Monday: late.
    EXPECT_TRUE(items.first().supportLate);
    EXPECT_EQ(items.first().createdAt, shanghai(2026, 3, 1, 9, 30));
}

TEST_F(FollowUpImportTest, LegalMayNotImport)
{
    actAsNew(QStringLiteral("legal1"), Role::Legal);
    auto refused =
        importFollowUps(QString::fromUtf8(kFollowUpHeader) +
                        QStringLiteral("HZ2026001,2026-02-27 10:00,,phone,李工,沟通,,,,,,\n"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    EXPECT_TRUE(records().isEmpty());
}
