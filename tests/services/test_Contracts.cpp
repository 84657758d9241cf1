// SPDX-License-Identifier: MIT
// Stage 3: contracts (R14), their approval chain (R15) and payments against the schedule (R16).
#include "WorkspaceFixture.h"
#include "services/AuditTexts.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/DemoDataService.h"
#include "services/FollowUpService.h"
#include "services/MyDayService.h"
#include "services/PaymentService.h"
#include "services/SettingsService.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

using namespace sf;
using sf::test::refusedAs;
using sf::test::shanghai;
using sf::test::succeeded;

class ContractTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_admin = m_ws->actor().login;       // on PostgreSQL the role that connected
        m_now = shanghai(2026, 9, 28, 9, 0); // a Monday, before the National Day holiday
        addUser(QStringLiteral("rep1"), Role::Rep, true);
        addUser(QStringLiteral("legal1"), Role::Legal);
        addUser(QStringLiteral("fin1"), Role::Finance);
        addUser(QStringLiteral("mgr1"), Role::Manager);
        Customer c;
        c.name = QStringLiteral("杭州华信科技");
        c.region = QStringLiteral("HZ");
        c.firstContactAt = m_now.addDays(-30);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.ownerLogin = QStringLiteral("rep1");
        auto stored = m_ws->customers().create(c);
        ASSERT_TRUE(succeeded(stored));
        m_customer = stored->id;
    }

    ContractService &contracts() { return m_ws->contracts(); }
    PaymentService &payments() { return m_ws->payments(); }

    void as(const char *login) { ASSERT_TRUE(succeeded(m_ws->actAs(QString::fromLatin1(login)))); }

    // A complete draft: every core term of R14, 120,000.00 yuan.
    Contract terms() const { return test::completeContract(m_customer); }

    static QList<Instalment> split(QDate first, std::initializer_list<qint64> amounts)
    {
        QList<Instalment> list;
        QDate due = first;
        for (qint64 amount : amounts) {
            Instalment i;
            i.due = due;
            i.amountFen = amount;
            list.append(i);
            due = due.addMonths(1);
        }
        return list;
    }

    // A draft by rep1 with a schedule of 3,600,000 + 8,400,000 fen, submitted.
    Contract submitted()
    {
        as("rep1");
        auto drafted = contracts().draft(terms());
        EXPECT_TRUE(succeeded(drafted));
        EXPECT_TRUE(succeeded(contracts().setSchedule(
            drafted->id, split(QDate(2026, 10, 15), {3'600'000, 8'400'000}))));
        auto sent = contracts().submit(drafted->id);
        EXPECT_TRUE(succeeded(sent));
        return *sent;
    }

    // Takes a submitted contract through legal, finance and the manager's signature.
    Contract signedContract()
    {
        const Contract k = submitted();
        as("legal1");
        EXPECT_TRUE(succeeded(contracts().approve(k.id)));
        as("fin1");
        EXPECT_TRUE(succeeded(contracts().approve(k.id)));
        as("mgr1");
        auto signedK = contracts().approve(k.id, QStringLiteral("同意"));
        EXPECT_TRUE(succeeded(signedK));
        return *signedK;
    }

    QString m_admin;
    QString m_customer;
};

TEST_F(ContractTest, ADraftGetsTheNextNumberOfTheYear)
{
    as("rep1");
    auto first = contracts().draft(terms());
    ASSERT_TRUE(succeeded(first));
    EXPECT_EQ(first->number, QStringLiteral("HT20260001"));
    EXPECT_EQ(first->status, ContractStatus::Draft);
    EXPECT_EQ(first->owner, QStringLiteral("rep1"));
    EXPECT_EQ(first->customerName, QStringLiteral("杭州华信科技"));
    auto second = contracts().draft(terms());
    ASSERT_TRUE(succeeded(second));
    EXPECT_EQ(second->number, QStringLiteral("HT20260002"));

    Contract given = terms();
    given.number = QStringLiteral("HT20260001");
    EXPECT_TRUE(refusedAs(contracts().draft(given), ErrorKind::Conflict));
}

TEST_F(ContractTest, ADraftBelongsToTheCustomersOpenOpportunity)
{
    as("rep1");
    auto without = contracts().draft(terms());
    ASSERT_TRUE(succeeded(without));
    EXPECT_FALSE(without->opportunityId.has_value());
    ASSERT_TRUE(succeeded(m_ws->followUps().setOpportunityTerms(m_customer, 12'000'000, {}, 1)));
    auto opportunity = m_ws->followUps().opportunity(m_customer);
    ASSERT_TRUE(succeeded(opportunity));
    ASSERT_TRUE(opportunity->has_value());
    auto with = contracts().draft(terms());
    ASSERT_TRUE(succeeded(with));
    EXPECT_EQ(with->opportunityId, (*opportunity)->id);
}

TEST_F(ContractTest, TheNumberFormatIsASetting)
{
    EXPECT_TRUE(refusedAs(m_ws->settings().setContractNumberFormat(QStringLiteral("HT-{year}")),
                          ErrorKind::Invalid));
    ASSERT_TRUE(succeeded(
        m_ws->settings().setContractNumberFormat(QStringLiteral("XS-{year}-{serial:3}"))));
    as("rep1");
    auto drafted = contracts().draft(terms());
    ASSERT_TRUE(succeeded(drafted));
    EXPECT_EQ(drafted->number, QStringLiteral("XS-2026-001"));
}

TEST_F(ContractTest, R14AContractMissingCoreTermsCannotBeSubmittedAndSaysWhich)
{
    as("rep1");
    Contract k = terms();
    k.liability.clear();
    k.delivery = QStringLiteral("  ");
    auto drafted = contracts().draft(k);
    ASSERT_TRUE(succeeded(drafted)); // a draft may be incomplete
    auto refused = contracts().submit(drafted->id);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R14")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("liability for breach")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("delivery period")));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("payment terms")));
    auto still = contracts().contract(drafted->id);
    ASSERT_TRUE(succeeded(still));
    EXPECT_EQ(still->status, ContractStatus::Draft);
}

TEST_F(ContractTest, ASubmissionNeedsAScheduleThatAddsUpToThePrice)
{
    as("rep1");
    auto drafted = contracts().draft(terms());
    ASSERT_TRUE(succeeded(drafted));
    EXPECT_TRUE(
        refusedAs(contracts().submit(drafted->id), ErrorKind::Invalid, QStringLiteral("R16")));
    auto refused =
        contracts().setSchedule(drafted->id, split(QDate(2026, 10, 15), {3'600'000, 8'399'999}));
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R16")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("119,999.99")));
    EXPECT_TRUE(
        refusedAs(contracts().setSchedule(drafted->id, split(QDate(2026, 10, 15), {0, 12'000'000})),
                  ErrorKind::Invalid, QStringLiteral("R16")));
    ASSERT_TRUE(succeeded(
        contracts().setSchedule(drafted->id, split(QDate(2026, 10, 15), {3'600'000, 8'400'000}))));
    auto schedule = contracts().schedule(drafted->id);
    ASSERT_TRUE(succeeded(schedule));
    ASSERT_EQ(schedule->size(), 2);
    EXPECT_EQ(schedule->at(1).amountFen, 8'400'000);
    EXPECT_TRUE(succeeded(contracts().submit(drafted->id)));
}

TEST_F(ContractTest, EveryApprovalInOrderLeadsToSigned)
{
    const Contract k = signedContract();
    EXPECT_EQ(k.status, ContractStatus::Signed);
    ASSERT_TRUE(k.submittedAt && k.legalApprovedAt && k.financeApprovedAt && k.signedAt);
    auto history = contracts().history(k.id);
    ASSERT_TRUE(succeeded(history));
    QStringList steps;
    for (const ContractEvent &e : *history)
        steps << e.action + u':' + e.actor;
    EXPECT_EQ(steps, (QStringList{QStringLiteral("drafted:rep1"), QStringLiteral("submitted:rep1"),
                                  QStringLiteral("approved:legal1"),
                                  QStringLiteral("approved:fin1"), QStringLiteral("signed:mgr1")}));
    as("rep1");
    auto delivering = contracts().startDelivery(k.id);
    ASSERT_TRUE(succeeded(delivering));
    EXPECT_EQ(delivering->status, ContractStatus::InDelivery);
    auto done = contracts().complete(k.id);
    ASSERT_TRUE(succeeded(done));
    EXPECT_EQ(done->status, ContractStatus::Completed);
}

TEST_F(ContractTest, EachStepIsGivenOnlyByItsRole)
{
    const Contract k = submitted();
    // Legal review: not finance, not a manager, not the rep, not an administrator.
    for (const char *who : {"fin1", "mgr1", "rep1", "admin"}) {
        if (QString::fromLatin1(who) == QLatin1String("admin"))
            ASSERT_TRUE(succeeded(m_ws->actAs(m_admin)));
        else
            as(who);
        EXPECT_TRUE(
            refusedAs(contracts().approve(k.id), ErrorKind::Permission, QStringLiteral("R15")))
            << who;
        EXPECT_TRUE(refusedAs(contracts().reject(k.id, QStringLiteral("不行")),
                              ErrorKind::Permission, QStringLiteral("R15")))
            << who;
    }
    as("legal1");
    ASSERT_TRUE(succeeded(contracts().approve(k.id)));
    for (const char *who : {"legal1", "mgr1", "rep1"}) {
        as(who);
        EXPECT_TRUE(refusedAs(contracts().approve(k.id), ErrorKind::Permission)) << who;
    }
    as("fin1");
    ASSERT_TRUE(succeeded(contracts().approve(k.id)));
    for (const char *who : {"legal1", "fin1", "rep1"}) {
        as(who);
        EXPECT_TRUE(refusedAs(contracts().approve(k.id), ErrorKind::Permission)) << who;
    }
    as("mgr1");
    EXPECT_TRUE(succeeded(contracts().approve(k.id)));
}

TEST_F(ContractTest, IllegalTransitionsAreRefused)
{
    as("rep1");
    auto drafted = contracts().draft(terms());
    ASSERT_TRUE(succeeded(drafted));
    // A draft: no approval, no rejection, no delivery, no completion.
    as("legal1");
    EXPECT_TRUE(refusedAs(contracts().approve(drafted->id), ErrorKind::Invalid));
    EXPECT_TRUE(
        refusedAs(contracts().reject(drafted->id, QStringLiteral("x")), ErrorKind::Invalid));
    as("rep1");
    EXPECT_TRUE(refusedAs(contracts().startDelivery(drafted->id), ErrorKind::Invalid));
    EXPECT_TRUE(refusedAs(contracts().complete(drafted->id), ErrorKind::Invalid));

    const Contract k = submitted();
    as("rep1");
    EXPECT_TRUE(refusedAs(contracts().submit(k.id), ErrorKind::Invalid)); // already in review
    EXPECT_TRUE(refusedAs(contracts().startDelivery(k.id), ErrorKind::Invalid));
    EXPECT_TRUE(refusedAs(contracts().complete(k.id), ErrorKind::Invalid));

    const Contract s = signedContract();
    as("rep1");
    EXPECT_TRUE(refusedAs(contracts().submit(s.id), ErrorKind::Invalid));
    EXPECT_TRUE(refusedAs(contracts().complete(s.id), ErrorKind::Invalid)); // not delivered
    as("mgr1");
    EXPECT_TRUE(refusedAs(contracts().approve(s.id), ErrorKind::Invalid)); // signed already
    Contract edited = s;
    edited.priceFen = 1;
    EXPECT_TRUE(refusedAs(contracts().update(edited), ErrorKind::Invalid));
}

TEST_F(ContractTest, ARejectionNeedsCommentsAndReturnsTheContractToDraft)
{
    const Contract k = submitted();
    as("legal1");
    ASSERT_TRUE(succeeded(contracts().approve(k.id)));
    as("fin1");
    EXPECT_TRUE(refusedAs(contracts().reject(k.id, QStringLiteral("  ")), ErrorKind::Invalid));
    auto back = contracts().reject(k.id, QStringLiteral("付款比例需调整为40/60"));
    ASSERT_TRUE(succeeded(back));
    EXPECT_EQ(back->status, ContractStatus::Draft);
    EXPECT_FALSE(back->submittedAt || back->legalApprovedAt || back->financeApprovedAt);
    auto history = contracts().history(k.id);
    ASSERT_TRUE(succeeded(history));
    EXPECT_EQ(history->last().action, QStringLiteral("rejected"));
    EXPECT_EQ(history->last().step, ApprovalStep::Finance);
    EXPECT_EQ(history->last().comment, QStringLiteral("付款比例需调整为40/60"));
    // Resubmitted, it starts again at legal review.
    as("rep1");
    auto again = contracts().submit(k.id);
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(again->status, ContractStatus::LegalReview);
}

TEST_F(ContractTest, EditingTermsAfterAnApprovalResetsTheApprovals)
{
    const Contract k = submitted();
    as("legal1");
    auto approved = contracts().approve(k.id);
    ASSERT_TRUE(succeeded(approved));
    as("rep1");
    Contract edited = *approved;
    edited.priceFen = 11'000'000;
    auto saved = contracts().update(edited);
    ASSERT_TRUE(succeeded(saved));
    EXPECT_EQ(saved->status, ContractStatus::Draft);
    EXPECT_FALSE(saved->legalApprovedAt.has_value());
    // The schedule no longer adds up: it cannot be resubmitted as it is.
    EXPECT_TRUE(refusedAs(contracts().submit(k.id), ErrorKind::Invalid, QStringLiteral("R16")));
    // An edit made from a stale copy is a conflict, not an overwrite.
    Contract stale = *approved;
    stale.title = QStringLiteral("旧标题");
    EXPECT_TRUE(refusedAs(contracts().update(stale), ErrorKind::Conflict));
}

TEST_F(ContractTest, AStaleEditIsAConflict)
{
    as("rep1");
    auto drafted = contracts().draft(terms());
    ASSERT_TRUE(succeeded(drafted));
    Contract first = *drafted;
    first.title = QStringLiteral("第一次修改");
    ASSERT_TRUE(succeeded(contracts().update(first)));
    Contract second = *drafted; // read before the first edit
    second.title = QStringLiteral("第二次修改");
    auto refused = contracts().update(second);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Conflict));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("rep1")));
    // What the first edit changed, from the audit trail.
    EXPECT_TRUE(refused.error().message.contains(AuditTexts::field(QStringLiteral("title"))))
        << refused.error().message.toStdString();
}

TEST_F(ContractTest, ADuplicateIsANewDraftWithoutApprovals)
{
    const Contract k = signedContract();
    as("rep1");
    auto copy = contracts().duplicate(k.id);
    ASSERT_TRUE(succeeded(copy));
    EXPECT_NE(copy->number, k.number);
    EXPECT_EQ(copy->status, ContractStatus::Draft);
    EXPECT_FALSE(copy->signedAt || copy->submittedAt);
    EXPECT_EQ(copy->priceFen, k.priceFen);
    auto schedule = contracts().schedule(copy->id);
    ASSERT_TRUE(succeeded(schedule));
    EXPECT_EQ(schedule->size(), 2);
}

TEST_F(ContractTest, R15DeadlinesCountWorkingDaysAcrossTheNationalDayHoliday)
{
    m_now = shanghai(2026, 9, 30, 16, 0); // Wednesday; 1–7 October are days off
    const Contract k = submitted();
    auto due = contracts().stepDeadline(k);
    ASSERT_TRUE(succeeded(due));
    ASSERT_TRUE(due->has_value());
    EXPECT_EQ((*due)->step, ApprovalStep::Legal);
    EXPECT_EQ((*due)->due, shanghai(2026, 10, 8, 23, 59, 59));
    EXPECT_FALSE((*due)->overdue);
    m_now = shanghai(2026, 10, 8, 23, 59, 59);
    EXPECT_FALSE((*contracts().stepDeadline(k))->overdue);
    m_now = shanghai(2026, 10, 9, 0, 0, 0);
    EXPECT_TRUE((*contracts().stepDeadline(k))->overdue);
    // Legal approves on Friday 9 October: finance is due on the make-up working Saturday.
    as("legal1");
    auto approved = contracts().approve(k.id);
    ASSERT_TRUE(succeeded(approved));
    auto financeDue = contracts().stepDeadline(*approved);
    ASSERT_TRUE(succeeded(financeDue));
    EXPECT_EQ((*financeDue)->step, ApprovalStep::Finance);
    EXPECT_EQ((*financeDue)->due, shanghai(2026, 10, 10, 23, 59, 59));
}

TEST_F(ContractTest, OnlyFinanceRecordsPaymentsAndOnlyOnSignedContracts)
{
    const Contract review = submitted();
    as("fin1");
    Payment p;
    p.receivedOn = QDate(2026, 9, 28);
    p.amountFen = 100;
    EXPECT_TRUE(
        refusedAs(payments().record(review.number, p), ErrorKind::Invalid, QStringLiteral("R16")));
    const Contract k = signedContract();
    for (const char *who : {"rep1", "mgr1", "legal1"}) {
        as(who);
        EXPECT_TRUE(refusedAs(payments().record(k.number, p), ErrorKind::Permission)) << who;
    }
    as("fin1");
    EXPECT_TRUE(succeeded(payments().record(k.number, p)));
    p.receivedOn = QDate(2026, 9, 29); // tomorrow
    EXPECT_TRUE(refusedAs(payments().record(k.number, p), ErrorKind::Invalid));
}

TEST_F(ContractTest, PartialPaymentsGoToTheOldestOpenInstalmentAndOverPaymentIsRefused)
{
    const Contract k = signedContract();
    as("fin1");
    Payment p;
    p.receivedOn = QDate(2026, 9, 28);
    p.reference = QStringLiteral("YH001");
    p.amountFen = 1'000'000; // 10,000.00 of the first 36,000.00
    auto first = payments().record(k.number, p);
    ASSERT_TRUE(succeeded(first));
    ASSERT_EQ(first->allocations.size(), 1);
    // 30,000.00: 26,000.00 closes the first instalment, 4,000.00 goes to the second.
    p.amountFen = 3'000'000;
    auto second = payments().record(k.number, p);
    ASSERT_TRUE(succeeded(second));
    ASSERT_EQ(second->allocations.size(), 2);
    EXPECT_EQ(second->allocations.at(0).amountFen, 2'600'000);
    EXPECT_EQ(second->allocations.at(1).amountFen, 400'000);
    auto schedule = contracts().schedule(k.id);
    ASSERT_TRUE(succeeded(schedule));
    EXPECT_EQ(schedule->at(0).paidFen, 3'600'000);
    EXPECT_EQ(schedule->at(1).paidFen, 400'000);
    // 80,000.00 is still open: 80,000.01 is an over-payment, and nothing is written.
    p.amountFen = 8'000'001;
    auto refused = payments().record(k.number, p);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R16")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("80,000.00")));
    auto recorded = payments().payments(k.number);
    ASSERT_TRUE(succeeded(recorded));
    EXPECT_EQ(recorded->size(), 2);
    // A paid instalment cannot be chosen; the open one can.
    p.amountFen = 100;
    EXPECT_TRUE(refusedAs(payments().record(k.number, p, schedule->at(0).id), ErrorKind::Invalid));
    auto chosen = payments().record(k.number, p, schedule->at(1).id);
    ASSERT_TRUE(succeeded(chosen));
    EXPECT_EQ(chosen->allocations.at(0).instalmentId, schedule->at(1).id);
    // Once payments are recorded the schedule is fixed.
    EXPECT_TRUE(refusedAs(contracts().setSchedule(k.id, split(QDate(2027, 1, 1), {12'000'000})),
                          ErrorKind::Invalid));
}

TEST_F(ContractTest, ReceivablesAgeOverdueInstalmentsAtTheBucketEdges)
{
    // Signed with instalments due on 15 October and 15 November (2026).
    const Contract k = signedContract();
    as("fin1");
    Payment p;
    p.receivedOn = QDate(2026, 9, 28);
    p.amountFen = 600'000;
    ASSERT_TRUE(succeeded(payments().record(k.number, p)));
    auto bucketAt = [&](QDate asOf) -> QString {
        auto report = payments().receivables(asOf);
        EXPECT_TRUE(succeeded(report));
        const Receivable &line = report->lines.first();
        return line.bucket
                   ? ageingBucketKey(*line.bucket) + u'/' + QString::number(line.daysOverdue)
                   : QStringLiteral("none");
    };
    EXPECT_EQ(bucketAt(QDate(2026, 10, 15)), QStringLiteral("none")); // due today
    EXPECT_EQ(bucketAt(QDate(2026, 10, 16)), QStringLiteral("1-30/1"));
    EXPECT_EQ(bucketAt(QDate(2026, 11, 14)), QStringLiteral("1-30/30"));
    EXPECT_EQ(bucketAt(QDate(2026, 11, 15)), QStringLiteral("31-60/31"));
    EXPECT_EQ(bucketAt(QDate(2026, 12, 14)), QStringLiteral("31-60/60"));
    EXPECT_EQ(bucketAt(QDate(2026, 12, 15)), QStringLiteral("61-90/61"));
    EXPECT_EQ(bucketAt(QDate(2027, 1, 13)), QStringLiteral("61-90/90"));
    EXPECT_EQ(bucketAt(QDate(2027, 1, 14)), QStringLiteral(">90/91"));

    auto report = payments().receivables(QDate(2026, 11, 20));
    ASSERT_TRUE(succeeded(report));
    ASSERT_EQ(report->lines.size(), 2);
    EXPECT_EQ(report->lines.at(0).instalment.outstandingFen(), 3'000'000);
    EXPECT_EQ(report->outstandingFen, 11'400'000);
    EXPECT_EQ(report->overdueFen, 11'400'000);
    EXPECT_EQ(report->bucketFen.at(std::size_t(AgeingBucket::Days31To60)), 3'000'000);
    EXPECT_EQ(report->bucketFen.at(std::size_t(AgeingBucket::Days1To30)), 8'400'000);
    // Due within 7 days, not yet overdue.
    auto soon = payments().receivables(QDate(2026, 10, 9));
    ASSERT_TRUE(succeeded(soon));
    EXPECT_EQ(soon->dueWithinWeekFen, 3'000'000);
    EXPECT_EQ(soon->overdueFen, 0);
    // A fully paid instalment is left out.
    p.amountFen = 3'000'000;
    ASSERT_TRUE(succeeded(payments().record(k.number, p)));
    auto paid = payments().receivables(QDate(2026, 11, 20));
    ASSERT_TRUE(succeeded(paid));
    ASSERT_EQ(paid->lines.size(), 1);
    EXPECT_EQ(paid->lines.first().instalment.amountFen, 8'400'000);
}

TEST_F(ContractTest, EveryChangeIsAudited)
{
    const Contract k = submitted();
    as("legal1");
    ASSERT_TRUE(succeeded(contracts().reject(k.id, QStringLiteral("违约条款不完整"))));
    as("rep1");
    Contract edited = *contracts().contract(k.id);
    edited.liability = QStringLiteral("逾期按日万分之五支付违约金，上限10%");
    ASSERT_TRUE(succeeded(contracts().update(edited)));
    auto audit = contracts().changes(k.id);
    ASSERT_TRUE(succeeded(audit));
    QStringList fields;
    for (const AuditEntry &entry : *audit)
        fields << entry.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("created")));
    EXPECT_TRUE(fields.contains(QStringLiteral("schedule")));
    EXPECT_TRUE(fields.contains(QStringLiteral("status")));
    EXPECT_TRUE(fields.contains(QStringLiteral("liability")));
}

namespace {

QStringList myDayTexts(Workspace &ws, MyDayEntry::Kind kind)
{
    auto day = ws.myDay().day();
    EXPECT_TRUE(succeeded(day));
    QStringList texts;
    for (const MyDayEntry &entry : day->entries) {
        if (entry.kind == kind)
            texts << entry.text + (entry.late ? QStringLiteral(" [late]") : QString());
    }
    return texts;
}

} // namespace

TEST_F(ContractTest, MyDayShowsEachRoleTheContractsWaitingForItsStep)
{
    m_now = shanghai(2026, 9, 30, 16, 0);
    const Contract k = submitted();
    using Kind = MyDayEntry::Kind;
    as("legal1");
    QStringList legal = myDayTexts(*m_ws, Kind::ContractStep);
    ASSERT_EQ(legal.size(), 1);
    EXPECT_TRUE(legal.first().contains(k.number));
    EXPECT_TRUE(legal.first().contains(QStringLiteral("2026-10-08 23:59")));
    EXPECT_FALSE(legal.first().endsWith(QStringLiteral("[late]")));
    as("fin1");
    EXPECT_TRUE(myDayTexts(*m_ws, Kind::ContractStep).isEmpty());
    // Past its deadline, legal's entry is late, and the rep sees the late step too.
    m_now = shanghai(2026, 10, 9, 9, 0);
    as("legal1");
    legal = myDayTexts(*m_ws, Kind::ContractStep);
    ASSERT_EQ(legal.size(), 1);
    EXPECT_TRUE(legal.first().endsWith(QStringLiteral("[late]")));
    as("rep1");
    EXPECT_EQ(myDayTexts(*m_ws, Kind::ContractStep).size(), 1);
    // Returned with comments: the rep sees why; legal has nothing waiting.
    as("legal1");
    ASSERT_TRUE(succeeded(contracts().reject(k.id, QStringLiteral("违约条款需补充上限"))));
    EXPECT_TRUE(myDayTexts(*m_ws, Kind::ContractStep).isEmpty());
    as("rep1");
    const QStringList rep = myDayTexts(*m_ws, Kind::ContractStep);
    ASSERT_EQ(rep.size(), 1);
    EXPECT_TRUE(rep.first().contains(QStringLiteral("违约条款需补充上限")));
}

TEST_F(ContractTest, MyDayShowsOverdueInstalmentsToTheCustomersRepAndToFinance)
{
    addUser(QStringLiteral("rep2"), Role::Rep);
    const Contract k = signedContract(); // instalments due 15 October and 15 November
    using Kind = MyDayEntry::Kind;
    m_now = shanghai(2026, 10, 14, 9, 0);
    as("rep1");
    EXPECT_TRUE(myDayTexts(*m_ws, Kind::Receivable).isEmpty());
    m_now = shanghai(2026, 10, 15, 9, 0);
    QStringList rep = myDayTexts(*m_ws, Kind::Receivable);
    ASSERT_EQ(rep.size(), 1);
    EXPECT_TRUE(rep.first().contains(QStringLiteral("36,000.00")));
    EXPECT_FALSE(rep.first().endsWith(QStringLiteral("[late]")));
    m_now = shanghai(2026, 10, 20, 9, 0);
    rep = myDayTexts(*m_ws, Kind::Receivable);
    ASSERT_EQ(rep.size(), 1);
    EXPECT_TRUE(rep.first().endsWith(QStringLiteral("[late]")));
    EXPECT_TRUE(rep.first().contains(QStringLiteral("5")));
    as("fin1");
    EXPECT_EQ(myDayTexts(*m_ws, Kind::Receivable).size(), 1);
    as("rep2");
    EXPECT_TRUE(myDayTexts(*m_ws, Kind::Receivable).isEmpty());
    // Paid in full, it leaves My day.
    as("fin1");
    Payment p;
    p.receivedOn = QDate(2026, 10, 20);
    p.amountFen = 3'600'000;
    ASSERT_TRUE(succeeded(payments().record(k.number, p)));
    as("rep1");
    EXPECT_TRUE(myDayTexts(*m_ws, Kind::Receivable).isEmpty());
}

TEST_F(ContractTest, TheApprovalChainAndPaymentsAreOnTheCustomersTimeline)
{
    const Contract k = signedContract();
    as("fin1");
    Payment p;
    p.receivedOn = QDate(2026, 9, 28);
    p.amountFen = 1'000'000;
    p.reference = QStringLiteral("YH001");
    ASSERT_TRUE(succeeded(payments().record(k.number, p)));
    auto timeline = m_ws->followUps().timeline(m_customer);
    ASSERT_TRUE(succeeded(timeline));
    QStringList titles;
    for (const TimelineEvent &event : *timeline) {
        if (event.kind == TimelineEvent::Kind::Contract)
            titles << event.title + u'|' + event.actor;
    }
    ASSERT_EQ(titles.size(), 6); // drafted, submitted, legal, finance, signed, the payment
    // Everything happened at the same second here: the order among them is not checked.
    EXPECT_TRUE(titles.contains(
        QStringLiteral("Payment of 10,000.00 received on contract %1 (2026-09-28)|fin1")
            .arg(k.number)))
        << qPrintable(titles.join(u'\n'));
    EXPECT_TRUE(titles.contains(QStringLiteral("Contract %1 signed|mgr1").arg(k.number)));
    EXPECT_TRUE(
        titles.contains(QStringLiteral("Contract %1: legal review approved|legal1").arg(k.number)));
}

// The demo data's contracts go through the approval chain as the roles and teams would have it:
// legal and finance approve, the manager of the team of the customer's owner signs (a manager
// may sign the team's contracts only), finance records the payments.
TEST_F(ContractTest, DemoContractsAreApprovedAndSignedByTheirTeams)
{
    ASSERT_TRUE(succeeded(m_ws->demoData().generate(600)));
    auto users = m_ws->users().list();
    ASSERT_TRUE(succeeded(users));
    QHash<QString, User> byLogin;
    for (const User &user : *users)
        byLogin.insert(user.login, user);
    auto contracts = m_ws->contracts().contracts({});
    ASSERT_TRUE(succeeded(contracts));
    QSet<QString> signingTeams;
    for (const Contract &contract : *contracts) {
        const User owner = byLogin.value(contract.owner);
        ASSERT_EQ(owner.role, Role::Rep) << contract.number.toStdString();
        auto history = m_ws->contracts().history(contract.id);
        ASSERT_TRUE(succeeded(history));
        for (const ContractEvent &event : *history) {
            const User actor = byLogin.value(event.actor);
            const std::string what = contract.number.toStdString() + ' ' +
                                     event.action.toStdString() + ' ' + event.actor.toStdString();
            if (event.action == QLatin1String("drafted") ||
                event.action == QLatin1String("submitted")) {
                EXPECT_EQ(event.actor, contract.owner) << what;
            } else if (event.step == ApprovalStep::Legal) {
                EXPECT_EQ(actor.role, Role::Legal) << what;
            } else if (event.step == ApprovalStep::Finance) {
                EXPECT_EQ(actor.role, Role::Finance) << what;
            } else if (event.step == ApprovalStep::Manager) {
                EXPECT_EQ(actor.role, Role::Manager) << what;
                EXPECT_EQ(actor.team, owner.team) << what;
                signingTeams.insert(actor.team);
            }
        }
        auto payments = m_ws->payments().payments(contract.number);
        ASSERT_TRUE(succeeded(payments));
        for (const Payment &payment : *payments)
            EXPECT_EQ(byLogin.value(payment.recordedBy).role, Role::Finance)
                << contract.number.toStdString();
    }
    // Both teams have signed contracts in the demo.
    EXPECT_EQ(signingTeams, (QSet<QString>{QStringLiteral("华东"), QStringLiteral("华南")}));
}
