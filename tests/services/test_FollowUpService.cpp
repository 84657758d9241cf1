// SPDX-License-Identifier: MIT
// Stage 2: plan items (R9, R10), follow-up records (R11) and the opportunity stages they move.
#include "WorkspaceFixture.h"
#include "services/AuditTexts.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/UserService.h"

#include <QTimeZone>

using namespace sf;
using sf::test::refusedAs;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

bool anyContains(const QStringList &texts, const QString &part)
{
    for (const QString &text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

} // namespace

class FollowUpServiceTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 3, 2, 9, 0); // a Monday
        Customer c;
        c.name = QStringLiteral("杭州华信科技");
        c.region = QStringLiteral("HZ");
        c.firstContactAt = shanghai(2026, 3, 2, 8, 0);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        auto stored = m_ws->customers().create(c);
        ASSERT_TRUE(succeeded(stored));
        m_customer = stored->id;
        ASSERT_EQ(m_customer, QStringLiteral("HZ2026001"));
    }

    FollowUpService &followUps() { return m_ws->followUps(); }

    // A concrete item: what, with whom, by when.
    PlanItem item(QDate start, QDate due) const
    {
        PlanItem i;
        i.customerId = m_customer;
        i.goal = QStringLiteral("第1周：深挖需求");
        i.action = QStringLiteral("演示销售模块");
        i.counterpart = QStringLiteral("技术总监李工");
        i.method = ContactMethod::Visit;
        i.start = start;
        i.due = due;
        return i;
    }

    // A plan item whose support (a demo by the solution team) was requested on `requested`.
    PlanItem supported(QDate start, QDate requested) const
    {
        PlanItem i = item(start, start);
        i.supportNeeded = QStringLiteral("售前工程师现场演示");
        i.supportRequestedOn = requested;
        return i;
    }

    FollowUpRecord
    record(const QDateTime &contactAt,
           const QString &content = QStringLiteral("李工关心与现有ERP的兼容性")) const
    {
        FollowUpRecord r;
        r.customerId = m_customer;
        r.contactAt = contactAt;
        r.method = ContactMethod::Phone;
        r.counterpart = QStringLiteral("技术总监李工");
        r.content = content;
        r.nextAction = QStringLiteral("发送竞品对比");
        r.nextActionDue = QDate(2026, 3, 5);
        return r;
    }

    // Records a contact an hour ago with that stage; the saved record.
    SavedFollowUp recordStage(std::optional<OpportunityStage> stage)
    {
        FollowUpRecord r = record(m_now.addSecs(-3600));
        r.stage = stage;
        auto saved = followUps().record(r);
        EXPECT_TRUE(succeeded(saved));
        m_now = m_now.addSecs(3600);
        return saved.ok() ? *saved : SavedFollowUp{};
    }

    QList<FollowUpRecord> records()
    {
        auto list = followUps().records(m_customer);
        EXPECT_TRUE(succeeded(list));
        return list.ok() ? *list : QList<FollowUpRecord>{};
    }

    // The stored record of that id.
    FollowUpRecord stored(qint64 id)
    {
        for (const FollowUpRecord &r : records()) {
            if (r.id == id)
                return r;
        }
        ADD_FAILURE() << "no record " << id;
        return {};
    }

    std::optional<OpportunityStage> openStage()
    {
        auto open = followUps().opportunity(m_customer);
        EXPECT_TRUE(succeeded(open));
        if (!open.ok() || !open->has_value())
            return std::nullopt;
        return (*open)->stage;
    }

    qsizetype planItemCount()
    {
        auto items = followUps().planItems(m_customer);
        EXPECT_TRUE(succeeded(items));
        return items.ok() ? items->size() : -1;
    }

    QString m_customer;
};

TEST_F(FollowUpServiceTest, AConcretePlanItemIsSaved)
{
    auto saved = followUps().addPlanItem(item(QDate(2026, 3, 4), QDate(2026, 3, 6)));
    ASSERT_TRUE(succeeded(saved));
    EXPECT_GT(saved->id, 0);
    EXPECT_FALSE(saved->supportLate);
    EXPECT_TRUE(saved->warnings.isEmpty());
    auto items = followUps().planItems(m_customer.toLower());
    ASSERT_TRUE(succeeded(items));
    ASSERT_EQ(items->size(), 1);
    const PlanItem &i = items->first();
    EXPECT_EQ(i.id, saved->id);
    EXPECT_EQ(i.customerId, m_customer);
    EXPECT_EQ(i.action, QStringLiteral("演示销售模块"));
    EXPECT_EQ(i.counterpart, QStringLiteral("技术总监李工"));
    EXPECT_EQ(i.method, ContactMethod::Visit);
    EXPECT_EQ(i.start, QDate(2026, 3, 4));
    EXPECT_EQ(i.due, QDate(2026, 3, 6));
    EXPECT_EQ(i.createdAt, m_now);
    EXPECT_EQ(i.createdBy, m_ws->actor().login);
    EXPECT_FALSE(i.supportRequestedOn.has_value());
}

TEST_F(FollowUpServiceTest, AStalePlanItemEditNamesWhoChangedWhatAndWhen)
{
    auto saved = followUps().addPlanItem(item(QDate(2026, 3, 4), QDate(2026, 3, 6)));
    ASSERT_TRUE(succeeded(saved));
    auto items = followUps().planItems(m_customer);
    ASSERT_TRUE(succeeded(items));
    PlanItem first = items->first();
    PlanItem second = items->first(); // opened before the first save
    m_now = m_now.addSecs(600);
    first.progress = 50;
    ASSERT_TRUE(succeeded(followUps().updatePlanItem(first)));
    second.action = QStringLiteral("改为线上演示");
    auto refused = followUps().updatePlanItem(second);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Conflict));
    const QString message = refused.error().message;
    EXPECT_TRUE(message.contains(m_ws->actor().login)) << message.toStdString();
    EXPECT_TRUE(message.contains(m_now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))))
        << message.toStdString();
    EXPECT_TRUE(message.contains(AuditTexts::field(QStringLiteral("progress"))))
        << message.toStdString();
    EXPECT_EQ(followUps().planItems(m_customer)->first().action, QStringLiteral("演示销售模块"));
}

TEST_F(FollowUpServiceTest, R9RefusesAnItemNamingEachMissingPart)
{
    PlanItem noAction = item(QDate(2026, 3, 4), QDate(2026, 3, 6));
    noAction.action = QStringLiteral("   ");
    auto refused = followUps().addPlanItem(noAction);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R9")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("action")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("counterpart")));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("due date")));

    PlanItem noCounterpart = item(QDate(2026, 3, 4), QDate(2026, 3, 6));
    noCounterpart.counterpart.clear();
    refused = followUps().addPlanItem(noCounterpart);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R9")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("counterpart")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("action")));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("due date")));

    PlanItem noDue = item(QDate(2026, 3, 4), QDate());
    refused = followUps().addPlanItem(noDue);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R9")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("due date")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("action")));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("counterpart")));

    // "Follow up soon": nothing but a wish.
    PlanItem vague;
    vague.customerId = m_customer;
    vague.goal = QStringLiteral("尽快跟进");
    refused = followUps().addPlanItem(vague);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R9")));
    for (const char *part : {"action", "counterpart", "due date"})
        EXPECT_TRUE(refused.error().message.contains(QLatin1String(part)))
            << part << ": " << refused.error().message.toStdString();
    EXPECT_EQ(planItemCount(), 0);
}

TEST_F(FollowUpServiceTest, ADueDateBeforeTheStartIsRefused)
{
    auto refused = followUps().addPlanItem(item(QDate(2026, 3, 10), QDate(2026, 3, 9)));
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R9")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2026-03-09")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2026-03-10")));
    EXPECT_EQ(planItemCount(), 0);
    // Due on the day it starts is fine; without a start the item starts on its due date.
    EXPECT_TRUE(succeeded(followUps().addPlanItem(item(QDate(2026, 3, 10), QDate(2026, 3, 10)))));
    auto noStart = followUps().addPlanItem(item(QDate(), QDate(2026, 3, 12)));
    ASSERT_TRUE(succeeded(noStart));
    auto items = followUps().planItems(m_customer);
    ASSERT_TRUE(succeeded(items));
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->at(1).start, QDate(2026, 3, 12));
}

// R10 on the bundled 2026 calendar: a support request is on time when the 2nd working day after
// it is on or before the day the item starts.
TEST_F(FollowUpServiceTest, R10SupportLeadTimeAcrossAWeekend)
{
    // An item starting Tuesday 10 March: Sunday 8 March still leaves Monday and Tuesday.
    auto onTime = followUps().addPlanItem(supported(QDate(2026, 3, 10), QDate(2026, 3, 8)));
    ASSERT_TRUE(succeeded(onTime));
    EXPECT_FALSE(onTime->supportLate);
    EXPECT_FALSE(onTime->latestOnTimeRequest.has_value());
    EXPECT_TRUE(onTime->warnings.isEmpty());

    auto late = followUps().addPlanItem(supported(QDate(2026, 3, 10), QDate(2026, 3, 9)));
    ASSERT_TRUE(succeeded(late)); // a flag, never a refusal
    EXPECT_TRUE(late->supportLate);
    EXPECT_EQ(late->latestOnTimeRequest, QDate(2026, 3, 8));
    EXPECT_TRUE(anyContains(late->warnings, QStringLiteral("R10")));
    EXPECT_TRUE(anyContains(late->warnings, QStringLiteral("2026-03-08")));

    // An item starting Monday 9 March: Thursday is the last day, Friday is late.
    auto thursday = followUps().addPlanItem(supported(QDate(2026, 3, 9), QDate(2026, 3, 5)));
    ASSERT_TRUE(succeeded(thursday));
    EXPECT_FALSE(thursday->supportLate);
    auto friday = followUps().addPlanItem(supported(QDate(2026, 3, 9), QDate(2026, 3, 6)));
    ASSERT_TRUE(succeeded(friday));
    EXPECT_TRUE(friday->supportLate);
    EXPECT_EQ(friday->latestOnTimeRequest, QDate(2026, 3, 5));

    // The flag is kept with the item.
    auto items = followUps().planItems(m_customer);
    ASSERT_TRUE(succeeded(items));
    ASSERT_EQ(items->size(), 4);
    int flagged = 0;
    for (const PlanItem &i : *items) {
        ASSERT_TRUE(i.supportRequestedOn.has_value());
        const bool expectedLate = *i.supportRequestedOn == QDate(2026, 3, 9) ||
                                  *i.supportRequestedOn == QDate(2026, 3, 6);
        EXPECT_EQ(i.supportLate, expectedLate) << i.supportRequestedOn->toString().toStdString();
        flagged += i.supportLate ? 1 : 0;
    }
    EXPECT_EQ(flagged, 2);
}

TEST_F(FollowUpServiceTest, R10CountsAMakeUpWorkingSaturday)
{
    // Saturday 28 February 2026 is a working day (调休): for an item on Monday 2 March, a
    // request on Friday 27 February leaves Saturday and Monday, so it is on time.
    auto friday = followUps().addPlanItem(supported(QDate(2026, 3, 2), QDate(2026, 2, 27)));
    ASSERT_TRUE(succeeded(friday));
    EXPECT_FALSE(friday->supportLate);
    auto saturday = followUps().addPlanItem(supported(QDate(2026, 3, 2), QDate(2026, 2, 28)));
    ASSERT_TRUE(succeeded(saturday));
    EXPECT_TRUE(saturday->supportLate);
    EXPECT_EQ(saturday->latestOnTimeRequest, QDate(2026, 2, 27));
}

TEST_F(FollowUpServiceTest, R10CountsTheSpringFestival)
{
    // Spring Festival 2026: 15–23 February off, Saturday 14 February worked. For an item on
    // Tuesday 24 February the working days before it are Saturday 14 and Friday 13 February.
    auto friday = followUps().addPlanItem(supported(QDate(2026, 2, 24), QDate(2026, 2, 13)));
    ASSERT_TRUE(succeeded(friday));
    EXPECT_FALSE(friday->supportLate);

    auto makeUpDay = followUps().addPlanItem(supported(QDate(2026, 2, 24), QDate(2026, 2, 14)));
    ASSERT_TRUE(succeeded(makeUpDay));
    EXPECT_TRUE(makeUpDay->supportLate);
    EXPECT_EQ(makeUpDay->latestOnTimeRequest, QDate(2026, 2, 13));

    auto holiday = followUps().addPlanItem(supported(QDate(2026, 2, 24), QDate(2026, 2, 18)));
    ASSERT_TRUE(succeeded(holiday));
    EXPECT_TRUE(holiday->supportLate);
    EXPECT_EQ(holiday->latestOnTimeRequest, QDate(2026, 2, 13));

    // An item on Wednesday 25 February: a request on the last holiday still leaves 24 and 25.
    auto lastHoliday = followUps().addPlanItem(supported(QDate(2026, 2, 25), QDate(2026, 2, 23)));
    ASSERT_TRUE(succeeded(lastHoliday));
    EXPECT_FALSE(lastHoliday->supportLate);
    auto firstDayBack = followUps().addPlanItem(supported(QDate(2026, 2, 25), QDate(2026, 2, 24)));
    ASSERT_TRUE(succeeded(firstDayBack));
    EXPECT_TRUE(firstDayBack->supportLate);
    EXPECT_EQ(firstDayBack->latestOnTimeRequest, QDate(2026, 2, 23));
}

TEST_F(FollowUpServiceTest, R11ExactlyTwoHoursIsOnTimeOneSecondMoreIsLate)
{
    auto onTime = followUps().record(record(m_now.addSecs(-7200)));
    ASSERT_TRUE(succeeded(onTime));
    EXPECT_FALSE(onTime->late);
    EXPECT_FALSE(anyContains(onTime->warnings, QStringLiteral("R11")));

    auto late = followUps().record(record(m_now.addSecs(-7201)));
    ASSERT_TRUE(succeeded(late)); // a flag, never a refusal
    EXPECT_TRUE(late->late);
    EXPECT_TRUE(anyContains(late->warnings, QStringLiteral("R11")));

    const FollowUpRecord first = stored(onTime->id);
    EXPECT_FALSE(first.late);
    EXPECT_EQ(first.recordedAt, m_now);
    EXPECT_EQ(first.contactAt, m_now.addSecs(-7200));
    EXPECT_EQ(first.recordedBy, m_ws->actor().login);
    EXPECT_EQ(first.nextActionDue, QDate(2026, 3, 5));
    EXPECT_TRUE(stored(late->id).late);
}

TEST_F(FollowUpServiceTest, ARecordNeedsAContactTimeContentAndADueNextAction)
{
    auto future = followUps().record(record(m_now.addSecs(60)));
    EXPECT_TRUE(refusedAs(future, ErrorKind::Invalid));
    FollowUpRecord empty = record(m_now.addSecs(-60), QStringLiteral("  "));
    EXPECT_TRUE(refusedAs(followUps().record(empty), ErrorKind::Invalid));
    FollowUpRecord noTime = record(QDateTime());
    EXPECT_TRUE(refusedAs(followUps().record(noTime), ErrorKind::Invalid));
    FollowUpRecord undated = record(m_now.addSecs(-60));
    undated.nextActionDue.reset();
    EXPECT_TRUE(refusedAs(followUps().record(undated), ErrorKind::Invalid));
    EXPECT_TRUE(records().isEmpty());
}

TEST_F(FollowUpServiceTest, OpinionWordsGiveAWarningNotARefusal)
{
    auto opinion =
        followUps().record(record(m_now.addSecs(-600), QStringLiteral("客户意向强，对方案很满意")));
    ASSERT_TRUE(succeeded(opinion));
    EXPECT_FALSE(opinion->late);
    ASSERT_FALSE(opinion->warnings.isEmpty());
    EXPECT_TRUE(anyContains(opinion->warnings, QStringLiteral("意向强")));

    FollowUpRecord english = record(m_now.addSecs(-600), QStringLiteral("Met Mr Li."));
    english.feedback = QStringLiteral("Strong intent to buy");
    auto inFeedback = followUps().record(english);
    ASSERT_TRUE(succeeded(inFeedback));
    EXPECT_TRUE(anyContains(inFeedback->warnings, QStringLiteral("strong intent")));

    auto objective = followUps().record(
        record(m_now.addSecs(-600),
               QStringLiteral("客户表示方案满足初步需求，内部评审中，3月25日前反馈")));
    ASSERT_TRUE(succeeded(objective));
    EXPECT_TRUE(objective->warnings.isEmpty());
    EXPECT_EQ(records().size(), 3);
}

TEST_F(FollowUpServiceTest, StagesOpenAndAdvanceTheOpportunity)
{
    EXPECT_EQ(openStage(), std::nullopt);
    const SavedFollowUp plain = recordStage(std::nullopt);
    EXPECT_FALSE(stored(plain.id).progress);
    EXPECT_EQ(openStage(), std::nullopt); // a record without a stage opens nothing

    const SavedFollowUp opened = recordStage(OpportunityStage::Discovery);
    EXPECT_EQ(openStage(), OpportunityStage::Discovery);
    EXPECT_EQ(stored(opened.id).stage, OpportunityStage::Discovery);
    EXPECT_TRUE(stored(opened.id).progress);

    const SavedFollowUp advanced = recordStage(OpportunityStage::Proposal);
    EXPECT_EQ(openStage(), OpportunityStage::Proposal);
    EXPECT_TRUE(stored(advanced.id).progress);

    const SavedFollowUp same = recordStage(OpportunityStage::Proposal);
    EXPECT_FALSE(stored(same.id).progress);
    EXPECT_EQ(openStage(), OpportunityStage::Proposal);

    const SavedFollowUp back = recordStage(OpportunityStage::Solution);
    EXPECT_FALSE(stored(back.id).progress);

    // Marked as progress by the rep without a stage.
    FollowUpRecord marked = record(m_now.addSecs(-60));
    marked.progress = true;
    auto markedSaved = followUps().record(marked);
    ASSERT_TRUE(succeeded(markedSaved));
    EXPECT_TRUE(stored(markedSaved->id).progress);

    auto changes = followUps().stageChanges(m_customer);
    ASSERT_TRUE(succeeded(changes));
    ASSERT_EQ(changes->size(), 3);
    EXPECT_EQ(changes->at(0).from, std::nullopt);
    EXPECT_EQ(changes->at(0).to, OpportunityStage::Discovery);
    EXPECT_EQ(changes->at(1).from, OpportunityStage::Discovery);
    EXPECT_EQ(changes->at(1).to, OpportunityStage::Proposal);
    EXPECT_EQ(changes->at(2).from, OpportunityStage::Proposal);
    EXPECT_EQ(changes->at(2).to, OpportunityStage::Solution);
    for (const StageChange &change : *changes)
        EXPECT_EQ(change.actor, m_ws->actor().login);
    // Each change is dated by the contact that made it.
    EXPECT_EQ(changes->at(1).at, stored(advanced.id).contactAt);
}

TEST_F(FollowUpServiceTest, WinningIsProgressAndClosesLosingIsNotProgress)
{
    recordStage(OpportunityStage::Discovery);
    recordStage(OpportunityStage::Negotiation);
    const SavedFollowUp won = recordStage(OpportunityStage::Won);
    EXPECT_TRUE(stored(won.id).progress);
    EXPECT_EQ(openStage(), std::nullopt); // won closes the opportunity

    // A new need opens a new opportunity; losing it moves nothing forward.
    recordStage(OpportunityStage::Discovery);
    EXPECT_EQ(openStage(), OpportunityStage::Discovery);
    const SavedFollowUp lost = recordStage(OpportunityStage::Lost);
    EXPECT_FALSE(stored(lost.id).progress);
    EXPECT_EQ(openStage(), std::nullopt);

    auto changes = followUps().stageChanges(m_customer);
    ASSERT_TRUE(succeeded(changes));
    ASSERT_EQ(changes->size(), 5);
    EXPECT_EQ(changes->at(2).to, OpportunityStage::Won);
    EXPECT_EQ(changes->at(3).from, std::nullopt);
    EXPECT_EQ(changes->at(4).to, OpportunityStage::Lost);
}

TEST_F(FollowUpServiceTest, LegalAndFinanceMayNotRecord)
{
    const QString admin = m_ws->actor().login;
    for (const auto &[login, role] : {std::pair{QStringLiteral("legal1"), Role::Legal},
                                      std::pair{QStringLiteral("finance1"), Role::Finance}}) {
        ASSERT_TRUE(succeeded(m_ws->actAs(admin))); // the administrator adds the user
        actAsNew(login, role);
        EXPECT_TRUE(
            refusedAs(followUps().record(record(m_now.addSecs(-60))), ErrorKind::Permission))
            << login.toStdString();
        EXPECT_TRUE(refusedAs(followUps().addPlanItem(item(QDate(2026, 3, 4), QDate(2026, 3, 6))),
                              ErrorKind::Permission))
            << login.toStdString();
    }
    EXPECT_TRUE(records().isEmpty());
    EXPECT_EQ(planItemCount(), 0);
}

TEST_F(FollowUpServiceTest, RepsAndAssistantsRecord)
{
    const QString admin = m_ws->actor().login;
    // Each records on a customer of their own (docs/permissions.md).
    addUser(QStringLiteral("rep1"), Role::Rep);
    addUser(QStringLiteral("assistant1"), Role::Assistant);
    ASSERT_TRUE(succeeded(m_ws->customers().assign({m_customer}, QStringLiteral("rep1"))));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    auto byRep = followUps().record(record(m_now.addSecs(-60)));
    ASSERT_TRUE(succeeded(byRep));
    EXPECT_EQ(stored(byRep->id).recordedBy, QStringLiteral("rep1"));
    EXPECT_TRUE(succeeded(followUps().addPlanItem(item(QDate(2026, 3, 4), QDate(2026, 3, 6)))));

    ASSERT_TRUE(succeeded(m_ws->actAs(admin)));
    ASSERT_TRUE(succeeded(m_ws->customers().assign({m_customer}, QStringLiteral("assistant1"))));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("assistant1"))));
    auto byAssistant = followUps().record(record(m_now.addSecs(-60)));
    ASSERT_TRUE(succeeded(byAssistant));
    EXPECT_EQ(stored(byAssistant->id).recordedBy, QStringLiteral("assistant1"));
}

TEST_F(FollowUpServiceTest, AnUnknownCustomerIsNotFound)
{
    const QString unknown = QStringLiteral("HZ2026999");
    FollowUpRecord r = record(m_now.addSecs(-60));
    r.customerId = unknown;
    EXPECT_TRUE(refusedAs(followUps().record(r), ErrorKind::NotFound));
    PlanItem i = item(QDate(2026, 3, 4), QDate(2026, 3, 6));
    i.customerId = unknown;
    EXPECT_TRUE(refusedAs(followUps().addPlanItem(i), ErrorKind::NotFound));
    EXPECT_TRUE(refusedAs(followUps().records(unknown), ErrorKind::NotFound));
    EXPECT_TRUE(refusedAs(followUps().planItems(unknown), ErrorKind::NotFound));
    EXPECT_TRUE(refusedAs(followUps().opportunity(unknown), ErrorKind::NotFound));
    EXPECT_TRUE(refusedAs(followUps().stageChanges(unknown), ErrorKind::NotFound));
    EXPECT_TRUE(records().isEmpty());
}

// The refusal of a stale save names the newer of the terms' change and the stage change, by time:
// here both fall in the same minute, the stage change 30 seconds after the terms.
TEST_F(FollowUpServiceTest, AStaleOpportunitySaveNamesTheNewerOfItsTermsAndItsStage)
{
    ASSERT_TRUE(succeeded(
        m_ws->followUps().setOpportunityTerms(m_customer, 35000000, QDate(2026, 6, 30), 0)));
    auto open = m_ws->followUps().opportunity(m_customer);
    ASSERT_TRUE(succeeded(open) && open->has_value());
    const int version = (*open)->version;
    // A contact at 30 s past the terms moves the stage on (a stage change is dated by its contact).
    FollowUpRecord moved = record(m_now.addSecs(30));
    moved.stage = OpportunityStage::Proposal;
    m_now = m_now.addSecs(50);
    ASSERT_TRUE(succeeded(followUps().record(moved)));
    const auto stale = m_ws->followUps().setOpportunityTerms(m_customer, 1, std::nullopt, version);
    ASSERT_TRUE(refusedAs(stale, ErrorKind::Conflict));
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("(Stage)")))
        << stale.error().message.toStdString();
}

TEST_F(FollowUpServiceTest, OpportunityTermsAreSavedInFenWithTheirVersionChecked)
{
    const QString id = m_customer;
    // No opportunity yet: saving the terms opens one at needs discovery.
    ASSERT_TRUE(
        succeeded(m_ws->followUps().setOpportunityTerms(id, 35000000, QDate(2026, 6, 30), 0)));
    auto open = m_ws->followUps().opportunity(id);
    ASSERT_TRUE(succeeded(open));
    ASSERT_TRUE(open->has_value());
    EXPECT_EQ((*open)->stage, OpportunityStage::Discovery);
    EXPECT_EQ((*open)->amountFen, 35000000);
    EXPECT_EQ((*open)->expectedClose, QDate(2026, 6, 30));
    const int version = (*open)->version;
    // A save from a stale read is refused and changes nothing.
    const auto stale = m_ws->followUps().setOpportunityTerms(id, 1, std::nullopt, version - 1);
    ASSERT_FALSE(succeeded(stale));
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    // It names who changed it last and what (the terms saved above).
    EXPECT_TRUE(stale.error().message.contains(m_ws->actor().login))
        << stale.error().message.toStdString();
    EXPECT_TRUE(stale.error().message.contains(AuditTexts::field(QStringLiteral("amount_fen"))))
        << stale.error().message.toStdString();
    EXPECT_EQ((*m_ws->followUps().opportunity(id))->amountFen, 35000000);
    ASSERT_TRUE(succeeded(m_ws->followUps().setOpportunityTerms(id, 100, std::nullopt, version)));
    open = m_ws->followUps().opportunity(id);
    EXPECT_EQ((*open)->amountFen, 100);
    EXPECT_FALSE((*open)->expectedClose.has_value());
    const auto negative = m_ws->followUps().setOpportunityTerms(id, -1, std::nullopt, version + 1);
    ASSERT_FALSE(succeeded(negative));
    EXPECT_EQ(negative.error().kind, ErrorKind::Invalid);
}
