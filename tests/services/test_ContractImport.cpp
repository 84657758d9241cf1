// SPDX-License-Identifier: MIT
// Stage 3 history from CSV: `import contracts`, `import instalments` and `import payments`
// (design.md, "Command line"), and the rules they feed: R15 (approval steps past their due time)
// and R16 (overdue instalments, aged) through `rules check` and the receivables.
#include "ImportReportText.h"
#include "WorkspaceFixture.h"
#include "services/ContractImportService.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/RuleCheckService.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>

using namespace sf;
using sf::test::describe;
using sf::test::linesOf;
using sf::test::reasonAt;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

const char *const kContractHeader =
    "number,customer_id,title,products,price,currency,delivery,payment_terms,liability,start,end,"
    "status,submitted_at,legal_approved_at,finance_approved_at,signed_at\n";

// A contract with every core term, at `status` with the given approval times.
QString contractRow(const QString &number, const QString &status, const QString &times,
                    const QString &price = QStringLiteral("\"100,000.00\""),
                    const QString &customer = QStringLiteral("HZ2026001"))
{
    return QStringLiteral("%1,%2,CRM系统采购,CRM软件及实施,%3,CNY,签约后30天,分期付款,"
                          "违约金为合同金额5%,2026-01-01,2026-12-31,%4,%5\n")
        .arg(number, customer, price, status, times);
}

const QString kSignedTimes =
    QStringLiteral("2026-01-05 09:00,2026-01-05 15:00,2026-01-06 10:00,2026-01-07 11:00");

} // namespace

class ContractImportTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_admin = m_ws->actor().login; // on PostgreSQL the role that connected
        m_now = shanghai(2026, 11, 27, 9, 0);
        for (const QString &name :
             {QStringLiteral("杭州华信科技"), QStringLiteral("杭州恒泰物流")}) {
            Customer c;
            c.name = name;
            c.region = QStringLiteral("HZ");
            c.firstContactAt = shanghai(2025, 12, 1, 9, 0);
            c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
            ASSERT_TRUE(succeeded(m_ws->customers().create(c)));
        }
    }

    QString write(const QByteArray &bytes)
    {
        const QString path = m_folder.path(QStringLiteral("in%1.csv").arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    Result<ImportReport> contracts(const QString &rows, bool dryRun = false)
    {
        return m_ws->contractImport().importContracts(
            write((QString::fromUtf8(kContractHeader) + rows).toUtf8()), dryRun);
    }
    Result<ImportReport> instalments(const QString &text, bool dryRun = false)
    {
        return m_ws->contractImport().importInstalments(write(text.toUtf8()), dryRun);
    }
    Result<ImportReport> payments(const QString &text, bool dryRun = false)
    {
        return m_ws->contractImport().importPayments(write(text.toUtf8()), dryRun);
    }

    // Imports rows that must all go in.
    void load(const Result<ImportReport> &report, int rows)
    {
        ASSERT_TRUE(succeeded(report));
        ASSERT_EQ(report->imported, rows) << describe(*report);
        ASSERT_TRUE(report->rejected.isEmpty()) << describe(*report);
    }

    Contract contract(const QString &number)
    {
        auto found = m_ws->contracts().contractByNumber(number);
        EXPECT_TRUE(succeeded(found)) << number.toStdString();
        return found.ok() ? *found : Contract{};
    }
    bool exists(const QString &number) { return m_ws->contracts().contractByNumber(number).ok(); }
    QList<Instalment> schedule(const QString &number)
    {
        auto list = m_ws->contracts().schedule(contract(number).id);
        EXPECT_TRUE(succeeded(list));
        return list.ok() ? *list : QList<Instalment>{};
    }

    // The first column of the first row of a statement run on the database by another
    // connection (-1 when it has no row).
    qint64 onFile(const QString &statement)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = test::anotherConnection(m_ws->databasePath(), QStringLiteral("raw"));
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(statement)) << statement.toStdString();
            if (query.next())
                value = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return value;
    }

    // (rule contract) of the findings of `rules` at asOf.
    QStringList findings(const QDateTime &asOf, const QStringList &rules)
    {
        auto report = m_ws->rules().check(asOf, std::nullopt, rules);
        EXPECT_TRUE(succeeded(report));
        QStringList found;
        for (const RuleFinding &finding : report.ok() ? report->findings : QList<RuleFinding>{})
            found << finding.rule + u' ' + finding.contract;
        return found;
    }

    QString m_admin;
    int m_files = 0;
};

TEST_F(ContractImportTest, ImportsContractsWithTheirTermsStatusAndApprovalTimes)
{
    auto report =
        contracts(contractRow(QStringLiteral("HT-001"), QStringLiteral("signed"), kSignedTimes,
                              QStringLiteral("\"12,345.60\"")) +
                  QStringLiteral(
                      "HT-002,hz2026002,实施服务,实施,12345.6,,30天,一次付清,违约金,,,草稿,,,,\n") +
                  contractRow(QStringLiteral("HT-003"), QStringLiteral("legal_review"),
                              QStringLiteral("2026-11-20 10:00,,,"), QStringLiteral("1000")));
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->rows, 3);
    EXPECT_EQ(report->imported, 3) << describe(*report);
    EXPECT_TRUE(report->ignoredColumns.isEmpty());

    const Contract signedOne = contract(QStringLiteral("HT-001"));
    EXPECT_EQ(signedOne.customerId, QStringLiteral("HZ2026001"));
    EXPECT_EQ(signedOne.priceFen, 1234560);
    EXPECT_EQ(signedOne.status, ContractStatus::Signed);
    EXPECT_TRUE(signedOne.imported);
    EXPECT_EQ(signedOne.products, QStringLiteral("CRM软件及实施"));
    EXPECT_EQ(signedOne.start, QDate(2026, 1, 1));
    EXPECT_EQ(signedOne.end, QDate(2026, 12, 31));
    EXPECT_EQ(signedOne.submittedAt, shanghai(2026, 1, 5, 9, 0));
    EXPECT_EQ(signedOne.legalApprovedAt, shanghai(2026, 1, 5, 15, 0));
    EXPECT_EQ(signedOne.financeApprovedAt, shanghai(2026, 1, 6, 10, 0));
    EXPECT_EQ(signedOne.signedAt, shanghai(2026, 1, 7, 11, 0));
    EXPECT_EQ(signedOne.owner, m_admin);

    const Contract draft = contract(QStringLiteral("HT-002"));
    EXPECT_EQ(draft.customerId, QStringLiteral("HZ2026002"));
    EXPECT_EQ(draft.priceFen, 1234560);
    EXPECT_EQ(draft.status, ContractStatus::Draft);
    EXPECT_EQ(draft.currency, QStringLiteral("CNY"));
    EXPECT_FALSE(draft.submittedAt.has_value());

    const Contract inReview = contract(QStringLiteral("HT-003"));
    EXPECT_EQ(inReview.status, ContractStatus::LegalReview);
    EXPECT_EQ(inReview.priceFen, 100000);

    // One "imported" event each and an audit row each.
    auto history = m_ws->contracts().history(signedOne.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->at(0).action, QStringLiteral("imported"));
    EXPECT_EQ(history->at(0).actor, m_admin);
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'contract' "
                                    "AND field = 'imported'")),
              3);
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM contracts WHERE imported = 1")), 3);
}

TEST_F(ContractImportTest, RejectsEachBadRowByLineAndReason)
{
    load(contracts(
             contractRow(QStringLiteral("HT-OLD"), QStringLiteral("draft"), QStringLiteral(",,,"))),
         1);
    auto report = contracts(
        contractRow(QStringLiteral("HT-010"), QStringLiteral("signed"), kSignedTimes) + // 2
        contractRow(QStringLiteral("HT-010"), QStringLiteral("draft"), QStringLiteral(",,,")) +
        contractRow(QStringLiteral("HT-OLD"), QStringLiteral("draft"), QStringLiteral(",,,")) +
        contractRow(QStringLiteral("HT-011"), QStringLiteral("draft"), QStringLiteral(",,,"),
                    QStringLiteral("100"), QStringLiteral("HZ2026999")) + // 5
        contractRow(QStringLiteral("HT-012"), QStringLiteral("已签订"),
                    QStringLiteral("2026-01-05 09:00,,,2026-01-07 11:00")) +
        contractRow(QStringLiteral("HT-013"), QStringLiteral("finance_review"),
                    QStringLiteral("2026-01-05 09:00,2026-01-04 15:00,,")) + // 7
        QStringLiteral("HT-014,HZ2026001,CRM,CRM软件,1000,CNY,30天,一次付清,,,,legal_review,"
                       "2026-01-05 09:00,,,\n") +
        contractRow(QStringLiteral("HT-015"), QStringLiteral("approved"), QStringLiteral(",,,")) +
        contractRow(QStringLiteral("HT-016"), QStringLiteral("draft"), QStringLiteral(",,,"),
                    QStringLiteral("12.345")) + // 10
        contractRow(QStringLiteral("HT-017"), QStringLiteral("draft"),
                    QStringLiteral(",,,2026-01-07 11:00")) +
        contractRow(QStringLiteral("HT-018"), QStringLiteral("legal_review"),
                    QStringLiteral("2026-11-28 10:00,,,")) + // 12
        QStringLiteral(",HZ2026001,CRM,,,,,,,,,draft,,,,\n"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->rows, 12);
    EXPECT_EQ(report->imported, 1) << describe(*report);
    EXPECT_EQ(linesOf(*report), (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}))
        << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 3).contains(QStringLiteral("repeats line 2")))
        << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 4).contains(QStringLiteral("already a contract HT-OLD")));
    EXPECT_TRUE(reasonAt(*report, 5).contains(QStringLiteral("no customer HZ2026999")));
    // Signed needs all four times: it names exactly the two that are missing.
    const QString missing = reasonAt(*report, 6);
    EXPECT_TRUE(missing.contains(QStringLiteral("legal_approved_at/法务审核时间")))
        << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("finance_approved_at/财务审核时间")));
    EXPECT_FALSE(missing.contains(QStringLiteral("submitted_at")));
    EXPECT_FALSE(missing.contains(QStringLiteral("signed_at")));
    EXPECT_TRUE(missing.contains(QStringLiteral("R15")));
    EXPECT_TRUE(reasonAt(*report, 7).contains(QStringLiteral("is before submitted_at")))
        << reasonAt(*report, 7).toStdString();
    // R14: past draft without the liability for breach.
    EXPECT_TRUE(reasonAt(*report, 8).contains(QStringLiteral("liability for breach")));
    EXPECT_TRUE(reasonAt(*report, 8).contains(QStringLiteral("R14")));
    EXPECT_TRUE(reasonAt(*report, 9).contains(QStringLiteral("\"approved\"")));
    EXPECT_TRUE(reasonAt(*report, 10).contains(QStringLiteral("\"12.345\"")));
    EXPECT_TRUE(reasonAt(*report, 11).contains(QStringLiteral("has no signed_at/签订时间 yet")))
        << reasonAt(*report, 11).toStdString();
    EXPECT_TRUE(reasonAt(*report, 12).contains(QStringLiteral("in the future")));
    EXPECT_TRUE(reasonAt(*report, 13).contains(QStringLiteral("number/合同编号")));

    EXPECT_TRUE(exists(QStringLiteral("HT-010")));
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM contracts")), 2);
}

TEST_F(ContractImportTest, ADryRunChecksEverythingAndWritesNothing)
{
    auto report = contracts(
        contractRow(QStringLiteral("HT-001"), QStringLiteral("signed"), kSignedTimes) +
            contractRow(QStringLiteral("HT-002"), QStringLiteral("draft"), QStringLiteral(",,,"),
                        QStringLiteral("100"), QStringLiteral("HZ2026999")),
        true);
    ASSERT_TRUE(succeeded(report));
    EXPECT_TRUE(report->dryRun);
    EXPECT_EQ(report->imported, 1);
    EXPECT_EQ(linesOf(*report), QList<int>{3});
    EXPECT_FALSE(exists(QStringLiteral("HT-001")));
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM contracts")), 0);
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'contract'")),
              0);
}

TEST_F(ContractImportTest, AFailedWriteLeavesNothingOfTheFile)
{
    // A trigger makes the second contract's insert fail after every row passed its checks.
    if constexpr (test::kOnPostgreSQL) {
        onFile(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql "
                              "AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$"));
        onFile(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON contracts FOR EACH ROW "
                              "WHEN (NEW.number = 'HT-BOOM') EXECUTE FUNCTION boom()"));
    } else {
        onFile(
            QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON contracts "
                           "WHEN NEW.number = 'HT-BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END"));
    }
    auto report = contracts(
        contractRow(QStringLiteral("HT-001"), QStringLiteral("signed"), kSignedTimes) +
        contractRow(QStringLiteral("HT-BOOM"), QStringLiteral("draft"), QStringLiteral(",,,")));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, ErrorKind::Storage);
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM contracts")), 0);
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM contract_events")), 0);
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'contract'")),
              0);
}

TEST_F(ContractImportTest, ReadsGb18030WithChineseHeaders)
{
    QStringEncoder gb18030("GB18030");
    const QByteArray bytes = gb18030.encode(QStringLiteral(
        "合同编号,客户编号,合同名称,产品/服务,合同金额,币种,交付期限,付款条件,违约责任,开始日期,"
        "结束日期,状态,提交时间,法务审核时间,财务审核时间,签订时间\r\n"
        "HT-中文-1,HZ2026002,华东区CRM项目,CRM软件,\"88,000.5\",CNY,签约后60天,3-4-3分期,"
        "违约金5%,2026年1月1日,2026/12/31,经理签字,2026-01-05 09:00,2026-01-05 15:00,"
        "2026-01-06 10:00,\r\n"));
    auto report = m_ws->contractImport().importContracts(write(bytes), false);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->encoding, TextEncoding::Gb18030);
    EXPECT_EQ(report->imported, 1) << describe(*report);
    const Contract c = contract(QStringLiteral("HT-中文-1"));
    EXPECT_EQ(c.title, QStringLiteral("华东区CRM项目"));
    EXPECT_EQ(c.priceFen, 8800050);
    EXPECT_EQ(c.status, ContractStatus::ManagerSign);
    EXPECT_EQ(c.paymentTerms, QStringLiteral("3-4-3分期"));
    EXPECT_EQ(c.start, QDate(2026, 1, 1));
    EXPECT_EQ(c.financeApprovedAt, shanghai(2026, 1, 6, 10, 0));

    QStringEncoder encoder("GB18030");
    auto schedule = m_ws->contractImport().importInstalments(
        write(encoder.encode(QStringLiteral("合同编号,到期日,金额\r\n"
                                            "HT-中文-1,2026-03-01,\"44,000.25\"\r\n"
                                            "HT-中文-1,2026-06-01,44000.25\r\n"))),
        false);
    ASSERT_TRUE(succeeded(schedule));
    EXPECT_EQ(schedule->imported, 2) << describe(*schedule);
}

TEST_F(ContractImportTest, TheOwnerIsAUserOrTheImporter)
{
    addUser(QStringLiteral("rep1"), Role::Rep);
    auto report = m_ws->contractImport().importContracts(
        write(QByteArrayLiteral("number,customer_id,title,负责人\n"
                                "HT-1,HZ2026001,CRM,rep1\n"
                                "HT-2,HZ2026001,CRM,nobody\n"
                                "HT-3,HZ2026001,CRM,\n")),
        false);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 2) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 3).contains(QStringLiteral("no user nobody")));
    EXPECT_EQ(contract(QStringLiteral("HT-1")).owner, QStringLiteral("rep1"));
    EXPECT_EQ(contract(QStringLiteral("HT-3")).owner, m_admin);
}

TEST_F(ContractImportTest, OnlyAnAdministratorImportsContractsAndSchedules)
{
    actAsNew(QStringLiteral("rep1"), Role::Rep);
    auto refused = contracts(
        contractRow(QStringLiteral("HT-001"), QStringLiteral("draft"), QStringLiteral(",,,")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    auto schedule = instalments(QStringLiteral("contract,due,amount\nHT-001,2026-03-01,1\n"));
    ASSERT_FALSE(schedule.ok());
    EXPECT_EQ(schedule.error().kind, ErrorKind::Permission);
}

TEST_F(ContractImportTest, InstalmentsOfAContractMustAddUpToItsPrice)
{
    load(contracts(contractRow(QStringLiteral("HT-A"), QStringLiteral("signed"), kSignedTimes) +
                   contractRow(QStringLiteral("HT-B"), QStringLiteral("signed"), kSignedTimes,
                               QStringLiteral("50000")) +
                   contractRow(QStringLiteral("HT-C"), QStringLiteral("signed"), kSignedTimes,
                               QStringLiteral("30000"))),
         3);
    // HT-C's schedule is complete already: any further instalment is too much.
    load(instalments(QStringLiteral("contract,due,amount\nHT-C,2026-02-01,10000\n"
                                    "HT-C,2026-03-01,20000\n")),
         2);
    auto report = instalments(QStringLiteral("contract,due,amount,note\n"
                                             "HT-A,2026-02-01,\"40,000.00\",首付\n" // 2
                                             "HT-B,2026-03-01,20000,\n"
                                             "HT-X,2026-03-01,100,\n"
                                             "HT-A,2026-05-01,60000.0,尾款\n" // 5
                                             "HT-B,2026-06-01,20000,\n"
                                             "HT-C,2026-04-01,\"15,000\",\n"
                                             "HT-A,2026-13-01,1,\n" // 8
                                             "HT-A,2026-07-01,0,\n"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 2) << describe(*report);
    EXPECT_EQ(linesOf(*report), (QList<int>{3, 4, 6, 7, 8, 9})) << describe(*report);
    // Both rows of HT-B, which add up to 40,000.00 of its 50,000.00.
    for (int line : {3, 6}) {
        const QString reason = reasonAt(*report, line);
        EXPECT_TRUE(reason.contains(QStringLiteral("40,000.00"))) << reason.toStdString();
        EXPECT_TRUE(reason.contains(QStringLiteral("50,000.00"))) << reason.toStdString();
        EXPECT_TRUE(reason.contains(QStringLiteral("HT-B"))) << reason.toStdString();
    }
    EXPECT_TRUE(reasonAt(*report, 7)
                    .contains(QStringLiteral("45,000.00 (30,000.00 it had and "
                                             "15,000.00 in this file)")))
        << reasonAt(*report, 7).toStdString();
    EXPECT_TRUE(reasonAt(*report, 4).contains(QStringLiteral("no contract HT-X")));
    EXPECT_TRUE(reasonAt(*report, 8).contains(QStringLiteral("2026-13-01")));
    EXPECT_TRUE(reasonAt(*report, 9).contains(QStringLiteral("above zero")));

    const QList<Instalment> a = schedule(QStringLiteral("HT-A"));
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a.at(0).due, QDate(2026, 2, 1));
    EXPECT_EQ(a.at(0).amountFen, 4000000);
    EXPECT_EQ(a.at(0).note, QStringLiteral("首付"));
    EXPECT_EQ(a.at(1).amountFen, 6000000);
    EXPECT_TRUE(schedule(QStringLiteral("HT-B")).isEmpty());
    EXPECT_EQ(schedule(QStringLiteral("HT-C")).size(), 2);
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'contract' "
                                    "AND field = 'schedule'")),
              2); // HT-C's, then HT-A's
}

TEST_F(ContractImportTest, PaymentsGoToTheOldestInstalmentAndAnOverPaymentIsRejectedByLine)
{
    load(contracts(
             contractRow(QStringLiteral("HT-A"), QStringLiteral("signed"), kSignedTimes) +
             contractRow(QStringLiteral("HT-D"), QStringLiteral("draft"), QStringLiteral(",,,"))),
         2);
    load(instalments(QStringLiteral("contract,due,amount\nHT-A,2026-05-01,60000\n"
                                    "HT-A,2026-02-01,40000\n")),
         2);
    addUser(QStringLiteral("rep1"), Role::Rep);
    actAsNew(QStringLiteral("finance1"), Role::Finance);
    auto report = payments(QStringLiteral("合同编号,到账日期,金额,流水号\n"
                                          "HT-A,2026-02-03,\"30,000.00\",BANK-1\n" // 2
                                          "HT-A,2026-02-10,50000,BANK-2\n"
                                          "HT-A,2026-03-01,\"30,000\",BANK-3\n" // 4: 20,000 open
                                          "HT-A,2026-03-02,100,BANK-1\n"
                                          "HT-D,2026-03-01,100,X\n" // 6
                                          "HT-A,2026-11-28,100,Y\n"
                                          "HT-A,2026-03-05,20000.00,BANK-4\n")); // 8
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 3) << describe(*report);
    EXPECT_EQ(linesOf(*report), (QList<int>{4, 5, 6, 7})) << describe(*report);
    EXPECT_TRUE(reasonAt(*report, 4).contains(QStringLiteral("20,000.00 still open")))
        << reasonAt(*report, 4).toStdString();
    EXPECT_TRUE(reasonAt(*report, 4).contains(QStringLiteral("over-payment")));
    EXPECT_TRUE(reasonAt(*report, 5).contains(QStringLiteral("BANK-1")));
    EXPECT_TRUE(reasonAt(*report, 6).contains(QStringLiteral("not signed")));
    EXPECT_TRUE(reasonAt(*report, 7).contains(QStringLiteral("after today")));

    const QList<Instalment> a = schedule(QStringLiteral("HT-A"));
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a.at(0).due, QDate(2026, 2, 1));
    EXPECT_EQ(a.at(0).paidFen, 4000000);
    EXPECT_EQ(a.at(1).paidFen, 6000000);
    auto recorded = m_ws->payments().payments(QStringLiteral("HT-A"));
    ASSERT_TRUE(succeeded(recorded));
    ASSERT_EQ(recorded->size(), 3);
    EXPECT_EQ(recorded->at(0).reference, QStringLiteral("BANK-4")); // newest first
    EXPECT_EQ(recorded->at(0).recordedBy, QStringLiteral("finance1"));
    // BANK-2 was split 10,000 / 40,000 across the two instalments.
    EXPECT_EQ(onFile(QStringLiteral("SELECT count(*) FROM payment_allocations")), 4);

    // The same file again: every reference is known and nothing is open, so nothing goes in.
    auto again = payments(QStringLiteral("contract,received_at,amount,reference\n"
                                         "HT-A,2026-02-03,1,BANK-1\nHT-A,2026-02-03,1,\n"));
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(linesOf(*again), (QList<int>{2, 3}));

    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    auto refused = payments(QStringLiteral("contract,received_at,amount\nHT-A,2026-02-03,1\n"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
}

TEST_F(ContractImportTest, R15ApprovalStepsAreDueOneWorkingDayLaterAcrossTheNationalDayHoliday)
{
    // 2026: 10-01 to 10-07 off, Saturday 10-10 a make-up working day. Submitted on Wednesday
    // 09-30: legal review is due on Thursday 10-08 23:59:59; the same for a finance review after
    // a legal approval on 09-30; a finance approval on Friday 10-09 makes the signature due on the
    // make-up Saturday 10-10.
    load(contracts(contractRow(QStringLiteral("HT-L"), QStringLiteral("legal_review"),
                               QStringLiteral("2026-09-30 16:00,,,")) +
                   contractRow(QStringLiteral("HT-F"), QStringLiteral("finance_review"),
                               QStringLiteral("2026-09-29 10:00,2026-09-30 10:00,,"),
                               QStringLiteral("100"), QStringLiteral("HZ2026002")) +
                   contractRow(QStringLiteral("HT-M"), QStringLiteral("manager_sign"),
                               QStringLiteral("2026-09-29 10:00,2026-09-30 10:00,"
                                              "2026-10-09 10:00,")) +
                   contractRow(QStringLiteral("HT-S"), QStringLiteral("signed"), kSignedTimes)),
         4);
    const QStringList r15{QStringLiteral("R15")};
    EXPECT_TRUE(findings(shanghai(2026, 10, 7, 12, 0), r15).isEmpty());
    EXPECT_TRUE(findings(shanghai(2026, 10, 8, 23, 59, 59), r15).isEmpty());
    EXPECT_EQ(findings(shanghai(2026, 10, 9, 0, 0, 0), r15),
              (QStringList{QStringLiteral("R15 HT-L"), QStringLiteral("R15 HT-F")}));
    EXPECT_EQ(findings(shanghai(2026, 10, 10, 23, 59, 59), r15),
              (QStringList{QStringLiteral("R15 HT-L"), QStringLiteral("R15 HT-F")}));
    EXPECT_EQ(findings(shanghai(2026, 10, 11, 0, 0, 0), r15),
              (QStringList{QStringLiteral("R15 HT-L"), QStringLiteral("R15 HT-M"),
                           QStringLiteral("R15 HT-F")}));

    auto report = m_ws->rules().check(shanghai(2026, 10, 9, 0, 0, 0), std::nullopt, r15);
    ASSERT_TRUE(succeeded(report));
    ASSERT_EQ(report->findings.size(), 2);
    const RuleFinding &legal = report->findings.at(0);
    EXPECT_EQ(legal.customerId, QStringLiteral("HZ2026001"));
    EXPECT_EQ(legal.contract, QStringLiteral("HT-L"));
    EXPECT_TRUE(legal.detail.contains(QStringLiteral("legal review")))
        << legal.detail.toStdString();
    EXPECT_TRUE(legal.detail.contains(QStringLiteral("2026-10-08 23:59")));
    EXPECT_EQ(report->findings.at(1).customerId, QStringLiteral("HZ2026002"));
    EXPECT_TRUE(report->findings.at(1).detail.contains(QStringLiteral("finance review")));
    // Another rule asked for alone leaves R15 out; all rules include it.
    EXPECT_TRUE(findings(shanghai(2026, 10, 9, 0, 0, 0), {QStringLiteral("R16")}).isEmpty());
    EXPECT_EQ(findings(shanghai(2026, 10, 9, 0, 0, 0), {}).count(QStringLiteral("R15 HT-L")), 1);
}

// One signed contract of 3,600.00 with instalments due 0, 30, 31, 60, 61, 90, 91 and 120 days
// before 2026-06-30; 850.00 received pays the oldest (800.00) and 50.00 of the next.
class ContractAgeingTest : public ContractImportTest
{
protected:
    void SetUp() override
    {
        ContractImportTest::SetUp();
        load(contracts(contractRow(QStringLiteral("HT-R"), QStringLiteral("signed"), kSignedTimes,
                                   QStringLiteral("3600"))),
             1);
        load(instalments(QStringLiteral("contract,due,amount\n"
                                        "HT-R,2026-03-02,800\n"    // 120 days
                                        "HT-R,2026-03-31,600\n"    // 91
                                        "HT-R,2026-04-01,500\n"    // 90
                                        "HT-R,2026-04-30,400\n"    // 61
                                        "HT-R,2026-05-01,300\n"    // 60
                                        "HT-R,2026-05-30,200\n"    // 31
                                        "HT-R,2026-05-31,100\n"    // 30
                                        "HT-R,2026-06-30,700\n")), // 0
             8);
        load(payments(QStringLiteral("contract,received_at,amount,reference\n"
                                     "HT-R,2026-04-02,850,B1\n")),
             1);
    }
};

TEST_F(ContractAgeingTest, AgesOverdueInstalmentsAtTheBucketEdges)
{
    auto report = m_ws->payments().receivables(QDate(2026, 6, 30));
    ASSERT_TRUE(succeeded(report));
    ASSERT_EQ(report->lines.size(), 7); // the paid instalment is left out
    const QList<std::pair<int, QString>> expected = {{91, QStringLiteral(">90")},
                                                     {90, QStringLiteral("61-90")},
                                                     {61, QStringLiteral("61-90")},
                                                     {60, QStringLiteral("31-60")},
                                                     {31, QStringLiteral("31-60")},
                                                     {30, QStringLiteral("1-30")},
                                                     {0, QString()}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Receivable &line = report->lines.at(i);
        EXPECT_EQ(line.daysOverdue, expected.at(i).first) << i;
        EXPECT_EQ(line.bucket ? ageingBucketKey(*line.bucket) : QString(), expected.at(i).second)
            << i;
        EXPECT_EQ(line.contractNumber, QStringLiteral("HT-R"));
        EXPECT_EQ(line.customerId, QStringLiteral("HZ2026001"));
    }
    EXPECT_EQ(report->lines.at(0).instalment.paidFen, 5000);
    EXPECT_EQ(report->lines.at(0).instalment.outstandingFen(), 55000);
    EXPECT_EQ(report->outstandingFen, 275000);
    EXPECT_EQ(report->overdueFen, 205000);
    EXPECT_EQ(report->bucketFen.at(std::size_t(AgeingBucket::Days1To30)), 10000);
    EXPECT_EQ(report->bucketFen.at(std::size_t(AgeingBucket::Days31To60)), 50000);
    EXPECT_EQ(report->bucketFen.at(std::size_t(AgeingBucket::Days61To90)), 90000);
    EXPECT_EQ(report->bucketFen.at(std::size_t(AgeingBucket::Over90)), 55000);
}

TEST_F(ContractAgeingTest, RulesCheckFlagsEachOverdueInstalmentOnceAsR16)
{
    auto report =
        m_ws->rules().check(shanghai(2026, 6, 30, 9, 0), std::nullopt, {QStringLiteral("R16")});
    ASSERT_TRUE(succeeded(report));
    QStringList details;
    for (const RuleFinding &finding : report->findings) {
        EXPECT_EQ(finding.rule, QStringLiteral("R16"));
        EXPECT_EQ(finding.customerId, QStringLiteral("HZ2026001"));
        EXPECT_EQ(finding.contract, QStringLiteral("HT-R"));
        details << finding.detail;
    }
    ASSERT_EQ(details.size(), 6) << details.join(u'\n').toStdString();
    EXPECT_TRUE(details.at(0).contains(QStringLiteral("due 2026-03-31 is 91 day(s) overdue "
                                                      "(over 90 days); 550.00 of 600.00")))
        << details.at(0).toStdString();
    EXPECT_TRUE(details.at(1).contains(QStringLiteral("90 day(s) overdue (61–90 days)")));
    EXPECT_TRUE(details.at(2).contains(QStringLiteral("61 day(s) overdue (61–90 days)")));
    EXPECT_TRUE(details.at(3).contains(QStringLiteral("60 day(s) overdue (31–60 days)")));
    EXPECT_TRUE(details.at(4).contains(QStringLiteral("31 day(s) overdue (31–60 days)")));
    EXPECT_TRUE(details.at(5).contains(QStringLiteral("30 day(s) overdue (1–30 days)")));
    // The day after, the instalment due on 06-30 is 1 day overdue.
    auto later =
        m_ws->rules().check(shanghai(2026, 7, 1, 0, 0), std::nullopt, {QStringLiteral("R16")});
    ASSERT_TRUE(succeeded(later));
    EXPECT_EQ(later->findings.size(), 7);
}
