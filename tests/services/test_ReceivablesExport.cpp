// SPDX-License-Identifier: MIT
// R16 receivables: the ageing of open instalments at the bucket edges, partial payments, paid and
// unsigned contracts left out, instalments due within a week; their groups and totals; and the
// XLSX and CSV files finance exports them to.
#include "WorkspaceFixture.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ReceivablesExport.h"
#include "services/ReceivablesSummary.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace sf;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

const QDate kAsOf(2026, 6, 30);

// One entry of a zip file (an XLSX workbook), read with unzip or Python; empty when neither is
// installed.
QByteArray zipEntry(const QString &zip, const QString &entry)
{
    QProcess process;
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    } else if (!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        process.start(QStringLiteral("python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import sys, zipfile; "
                                      "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1])"
                                      ".read(sys.argv[2]))"),
                       zip, entry});
    } else {
        return {};
    }
    process.waitForFinished(10000);
    return process.readAllStandardOutput();
}

const Receivable *lineDue(const ReceivablesReport &report, QDate due)
{
    for (const Receivable &line : report.lines) {
        if (line.instalment.due == due)
            return &line;
    }
    return nullptr;
}

} // namespace

class ReceivablesTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 1, 5, 10, 0);
        addUser(QStringLiteral("rep"), Role::Rep, true);
        addUser(QStringLiteral("legal"), Role::Legal);
        addUser(QStringLiteral("finance"), Role::Finance);
        addUser(QStringLiteral("boss"), Role::Manager);
        m_customer = enter(QStringLiteral("杭州云帆科技有限公司"));
    }

    QString enter(const QString &name)
    {
        Customer c;
        c.name = name;
        c.region = QStringLiteral("HZ");
        c.firstContactAt = m_now.addSecs(-3600);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.ownerLogin = QStringLiteral("rep");
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored));
        return stored ? stored->id : QString();
    }

    // A contract for `customerId` with this schedule (due date, yuan), taken through the whole
    // approval chain unless `sign` is false; its number. Acts as finance afterwards.
    QString contract(const QString &customerId, const QList<std::pair<QDate, qint64>> &schedule,
                     bool sign = true)
    {
        EXPECT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep"))));
        Contract draft;
        draft.customerId = customerId;
        draft.title = QStringLiteral("CRM 实施");
        draft.products = QStringLiteral("CRM 软件及实施服务");
        draft.delivery = QStringLiteral("签约后 60 天");
        draft.paymentTerms = QStringLiteral("按计划分期付款");
        draft.liability = QStringLiteral("逾期按日万分之五");
        QList<Instalment> instalments;
        for (const auto &[due, yuan] : schedule) {
            Instalment instalment;
            instalment.due = due;
            instalment.amountFen = yuan * 100;
            instalments << instalment;
            draft.priceFen += yuan * 100;
        }
        auto drafted = m_ws->contracts().draft(draft);
        EXPECT_TRUE(succeeded(drafted));
        if (!drafted)
            return {};
        EXPECT_TRUE(succeeded(m_ws->contracts().setSchedule(drafted->id, instalments)));
        if (sign) {
            EXPECT_TRUE(succeeded(m_ws->contracts().submit(drafted->id)));
            for (const char *login : {"legal", "finance", "boss"}) {
                EXPECT_TRUE(succeeded(m_ws->actAs(QString::fromLatin1(login))));
                EXPECT_TRUE(succeeded(m_ws->contracts().approve(drafted->id)));
            }
        }
        EXPECT_TRUE(succeeded(m_ws->actAs(QStringLiteral("finance"))));
        return drafted->number;
    }

    void pay(const QString &number, qint64 yuan)
    {
        Payment payment;
        payment.receivedOn = m_now.toTimeZone(QTimeZone("Asia/Shanghai")).date();
        payment.amountFen = yuan * 100;
        payment.reference = QStringLiteral("BANK-") + QString::number(yuan);
        ASSERT_TRUE(succeeded(m_ws->payments().record(number, payment)));
    }

    ReceivablesReport report(QDate asOf = kAsOf)
    {
        auto found = m_ws->payments().receivables(asOf);
        EXPECT_TRUE(succeeded(found));
        return found ? *found : ReceivablesReport{};
    }

    QString m_customer;
};

TEST_F(ReceivablesTest, AgesOverdueInstalmentsAtTheBucketEdges)
{
    // Due so many days before the as-of date (negative: after it), in yuan.
    const QList<std::pair<int, qint64>> days = {{30, 1},  {31, 2}, {60, 4},   {61, 8},   {90, 16},
                                                {91, 32}, {0, 64}, {-7, 128}, {-8, 256}, {1, 512}};
    QList<std::pair<QDate, qint64>> schedule;
    for (const auto &[before, yuan] : days)
        schedule.append({kAsOf.addDays(-before), yuan});
    contract(m_customer, schedule);
    const ReceivablesReport r = report();
    ASSERT_EQ(r.lines.size(), days.size());
    using B = AgeingBucket;
    const QList<std::tuple<int, int, std::optional<B>>> expected = {
        {1, 1, B::Days1To30},    {30, 30, B::Days1To30},  {31, 31, B::Days31To60},
        {60, 60, B::Days31To60}, {61, 61, B::Days61To90}, {90, 90, B::Days61To90},
        {91, 91, B::Over90},     {0, 0, std::nullopt},    {-7, 0, std::nullopt},
        {-8, 0, std::nullopt}};
    for (const auto &[before, overdue, bucket] : expected) {
        const Receivable *line = lineDue(r, kAsOf.addDays(-before));
        ASSERT_NE(line, nullptr) << before;
        EXPECT_EQ(line->daysOverdue, overdue) << before;
        EXPECT_EQ(line->bucket, bucket) << before;
        EXPECT_EQ(line->customerId, m_customer);
        EXPECT_EQ(line->ownerLogin, QStringLiteral("rep"));
    }
    EXPECT_EQ(r.bucketFen.at(std::size_t(B::Days1To30)), (512 + 1) * 100);
    EXPECT_EQ(r.bucketFen.at(std::size_t(B::Days31To60)), (2 + 4) * 100);
    EXPECT_EQ(r.bucketFen.at(std::size_t(B::Days61To90)), (8 + 16) * 100);
    EXPECT_EQ(r.bucketFen.at(std::size_t(B::Over90)), 32 * 100);
    EXPECT_EQ(r.overdueFen, (512 + 1 + 2 + 4 + 8 + 16 + 32) * 100);
    // Due today or within the 7 days after, not overdue: today's and the one a week ahead.
    EXPECT_EQ(r.dueWithinWeekFen, (64 + 128) * 100);
    EXPECT_EQ(r.outstandingFen, 1023 * 100);
}

TEST_F(ReceivablesTest, PartialPaymentsReduceWhatIsOutstandingAndPaidInstalmentsLeave)
{
    const QString number = contract(
        m_customer, {{QDate(2026, 3, 1), 100}, {QDate(2026, 4, 1), 200}, {QDate(2026, 8, 1), 300}});
    pay(number, 150); // pays the first, and 50 of the second
    ReceivablesReport r = report();
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines.at(0).instalment.due, QDate(2026, 4, 1));
    EXPECT_EQ(r.lines.at(0).instalment.paidFen, 5000);
    EXPECT_EQ(r.lines.at(0).instalment.outstandingFen(), 15000);
    EXPECT_EQ(r.lines.at(0).daysOverdue, 90);
    EXPECT_EQ(r.outstandingFen, 45000);
    EXPECT_EQ(r.overdueFen, 15000);
    EXPECT_EQ(r.bucketFen.at(std::size_t(AgeingBucket::Days61To90)), 15000);

    pay(number, 150); // the rest of the second
    r = report();
    ASSERT_EQ(r.lines.size(), 1);
    EXPECT_EQ(r.lines.at(0).instalment.due, QDate(2026, 8, 1));
    EXPECT_EQ(r.overdueFen, 0);
    EXPECT_EQ(r.outstandingFen, 30000);
}

TEST_F(ReceivablesTest, LeavesOutContractsNotSigned)
{
    contract(m_customer, {{QDate(2026, 3, 1), 100}}, false);
    const QString signedNumber = contract(m_customer, {{QDate(2026, 3, 1), 700}});
    const ReceivablesReport r = report();
    ASSERT_EQ(r.lines.size(), 1);
    EXPECT_EQ(r.lines.at(0).contractNumber, signedNumber);
    EXPECT_EQ(r.outstandingFen, 70000);
}

TEST_F(ReceivablesTest, GroupsByCustomerRepAndBucketWithTotals)
{
    const QString other = enter(QStringLiteral("宁波海曙青峰贸易有限公司"));
    contract(m_customer, {{kAsOf.addDays(-10), 100}, {kAsOf.addDays(-100), 200}});
    contract(other, {{kAsOf.addDays(-40), 1000}, {kAsOf.addDays(20), 50}});
    const ReceivablesReport r = report();
    ASSERT_EQ(r.lines.size(), 4);

    const auto byCustomer = ReceivablesSummary::group(r.lines, ReceivablesGrouping::Customer);
    ASSERT_EQ(byCustomer.size(), 2);
    EXPECT_EQ(byCustomer.at(0).key, other); // the most overdue first
    EXPECT_EQ(byCustomer.at(0).totals.outstandingFen, 105000);
    EXPECT_EQ(byCustomer.at(0).totals.overdueFen, 100000);
    EXPECT_EQ(byCustomer.at(0).totals.lines, 2);
    EXPECT_EQ(byCustomer.at(1).totals.bucketFen.at(std::size_t(AgeingBucket::Over90)), 20000);
    EXPECT_EQ(byCustomer.at(1).totals.maxDaysOverdue, 100);

    const auto byRep = ReceivablesSummary::group(r.lines, ReceivablesGrouping::Rep);
    ASSERT_EQ(byRep.size(), 1);
    EXPECT_EQ(byRep.at(0).label, QStringLiteral("rep"));
    EXPECT_EQ(byRep.at(0).totals.outstandingFen, r.outstandingFen);

    const auto byBucket = ReceivablesSummary::group(r.lines, ReceivablesGrouping::Bucket);
    QStringList keys;
    for (const ReceivablesGroup &group : byBucket)
        keys << group.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral(">90"), QStringLiteral("31-60"),
                                 QStringLiteral("1-30"), QString()}));

    EXPECT_TRUE(ReceivablesSummary::matches(r.lines.at(0), QStringLiteral("云帆 rep")));
    EXPECT_FALSE(ReceivablesSummary::matches(r.lines.at(0), QStringLiteral("云帆 nobody")));
    EXPECT_EQ(ReceivablesSummary::totals(r.lines).outstandingFen, r.outstandingFen);
}

TEST_F(ReceivablesTest, ExportsAWorkbookWithInstalmentsAndASummary)
{
    const QString number =
        contract(m_customer, {{kAsOf.addDays(-45), 12345}, {kAsOf.addDays(3), 1000}});
    pay(number, 345);
    const ReceivablesReport r = report();
    const QString path = m_folder.path(QStringLiteral("receivables.xlsx"));
    auto written = ReceivablesExport::write(r, path);
    ASSERT_TRUE(succeeded(written));
    EXPECT_EQ(*written, 2);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == "PK");
    EXPECT_GT(file.size(), 1000);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));

    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isEmpty())
        GTEST_SKIP() << "neither unzip nor python3 is installed to read the workbook";
    EXPECT_TRUE(sheet.contains(number.toUtf8()));
    EXPECT_TRUE(sheet.contains(QStringLiteral("杭州云帆科技有限公司").toUtf8()));
    EXPECT_TRUE(sheet.contains("<v>12000</v>")) << sheet.toStdString(); // outstanding, in yuan
    EXPECT_TRUE(sheet.contains("<v>45</v>"));                           // days overdue
    EXPECT_TRUE(sheet.contains("autoFilter"));
    const QByteArray summary = zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    EXPECT_TRUE(summary.contains(m_customer.toUtf8()));
    EXPECT_TRUE(summary.contains("<v>13000</v>")); // total outstanding
    const QByteArray styles = zipEntry(path, QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("¥&quot;#,##0.00").toUtf8()))
        << styles.toStdString();
}

TEST_F(ReceivablesTest, ExportsCsvWithABomAndPlainAmounts)
{
    const QString number = contract(m_customer, {{kAsOf.addDays(-5), 1234567}});
    const QString path = m_folder.path(QStringLiteral("receivables.csv"));
    ASSERT_TRUE(succeeded(ReceivablesExport::write(report(), path)));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).startsWith("Contract,Customer id,Customer,Owner,Due date"));
    EXPECT_EQ(lines.at(1).trimmed(),
              (number + u',' + m_customer +
               QStringLiteral(",杭州云帆科技有限公司,rep,2026-06-25,1234567.00,0.00,"
                              "1234567.00,5,1–30 days,CNY"))
                  .toUtf8());
}

TEST_F(ReceivablesTest, RefusesAnotherFileType)
{
    const auto written =
        ReceivablesExport::write(report(), m_folder.path(QStringLiteral("receivables.pdf")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, ErrorKind::Invalid);
}
