// SPDX-License-Identifier: MIT
// R13 (design.md, "Rule semantics"): at T, a customer graded B for at least 14 days with no
// progress event in the 14 days before T is a downgrade candidate; `rules apply` grades it C with
// reason R13, unless a manager exempted it until the next review; a downgrade can be undone.
#include "WorkspaceFixture.h"
#include "services/AuditService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/ReviewPack.h"
#include "services/ReviewService.h"
#include "services/RuleCheckService.h"

#include <QTimeZone>

using namespace sf;
using sf::test::refusedAs;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

class ReviewTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 1, 5);
    }

    // A customer entered at `at` and graded `grade` by a manager at that time.
    QString graded(const QString &name, Grade grade, const QDateTime &at, const QString &owner = {})
    {
        m_now = at;
        Customer c;
        c.name = name;
        c.ownerLogin = owner;
        c.region = QStringLiteral("HZ");
        c.firstContactAt = at.addSecs(-3600);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored));
        GradeDecision decision;
        decision.grade = grade;
        decision.reason = QStringLiteral("评审");
        EXPECT_TRUE(succeeded(m_ws->customers().grade({stored->id}, decision)));
        return stored->id;
    }

    // A follow-up at `contactAt`, marked as progress or not.
    void contact(const QString &customerId, const QDateTime &contactAt, bool progress)
    {
        m_now = contactAt.addSecs(600);
        FollowUpRecord r;
        r.customerId = customerId;
        r.contactAt = contactAt;
        r.method = ContactMethod::Phone;
        r.content = QStringLiteral("电话沟通项目进度");
        r.progress = progress;
        ASSERT_TRUE(succeeded(m_ws->followUps().record(r)));
    }

    QStringList candidatesAt(const QDateTime &asOf)
    {
        auto report = m_ws->rules().check(asOf);
        EXPECT_TRUE(succeeded(report));
        QStringList ids;
        for (const RuleFinding &finding : report ? report->findings : QList<RuleFinding>()) {
            if (finding.rule == QLatin1String("R13"))
                ids << finding.customerId;
        }
        return ids;
    }

    QStringList applyAt(const QDateTime &asOf)
    {
        auto applied = m_ws->review().applyDowngrades(asOf);
        EXPECT_TRUE(succeeded(applied));
        QStringList ids;
        for (const Downgrade &d : applied ? *applied : QList<Downgrade>()) {
            EXPECT_EQ(d.from, QStringLiteral("B"));
            EXPECT_EQ(d.to, QStringLiteral("C"));
            ids << d.customerId;
        }
        return ids;
    }

    std::optional<Grade> gradeOf(const QString &customerId)
    {
        auto found = m_ws->customers().find(customerId);
        return found && found->has_value() ? (*found)->grade : std::nullopt;
    }
};

} // namespace

TEST_F(ReviewTest, GradedBFourteenDaysAgoIsACandidateThirteenIsNot)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString fourteen = graded(QStringLiteral("十四天公司"), Grade::B, t.addDays(-14));
    const QString thirteen = graded(QStringLiteral("十三天公司"), Grade::B, t.addDays(-13));
    m_now = t;
    EXPECT_EQ(candidatesAt(t), QStringList{fourteen});
    Q_UNUSED(thirteen);
}

TEST_F(ReviewTest, ProgressExactlyFourteenDaysBeforeKeepsTheGrade)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString onEdge = graded(QStringLiteral("边界公司"), Grade::B, t.addDays(-30));
    const QString before = graded(QStringLiteral("更早公司"), Grade::B, t.addDays(-30));
    const QString notProgress = graded(QStringLiteral("无进展公司"), Grade::B, t.addDays(-30));
    contact(onEdge, t.addDays(-14), true);
    contact(before, t.addDays(-14).addSecs(-1), true);
    contact(notProgress, t.addDays(-3), false);
    m_now = t;
    EXPECT_EQ(candidatesAt(t), (QStringList{before, notProgress}));
}

TEST_F(ReviewTest, ACustomerRegradedAIsNoLongerACandidate)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString id = graded(QStringLiteral("升级公司"), Grade::B, t.addDays(-30));
    m_now = t.addDays(-1);
    GradeDecision decision;
    decision.grade = Grade::A;
    decision.reason = QStringLiteral("决策链完整");
    ASSERT_TRUE(succeeded(m_ws->customers().grade({id}, decision)));
    m_now = t;
    EXPECT_TRUE(candidatesAt(t).isEmpty());
    // Back to B: it counts from then, not from the first grading.
    decision.grade = Grade::B;
    ASSERT_TRUE(succeeded(m_ws->customers().grade({id}, decision)));
    EXPECT_TRUE(candidatesAt(t.addDays(13)).isEmpty());
    EXPECT_EQ(candidatesAt(t.addDays(14)), QStringList{id});
}

// A check as of an earlier time reads what was true then, although each customer's latest
// progress and grade change (kept per customer: 0010_rule_state.sql) came after it.
TEST_F(ReviewTest, ACheckOfThePastIgnoresLaterProgressAndGrades)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString laterOnly = graded(QStringLiteral("后来进展公司"), Grade::B, t.addDays(-40));
    const QString inWindow = graded(QStringLiteral("期内进展公司"), Grade::B, t.addDays(-40));
    const QString regraded = graded(QStringLiteral("后来改级公司"), Grade::B, t.addDays(-40));
    const QString recent = graded(QStringLiteral("新近定级公司"), Grade::B, t.addDays(-5));
    contact(laterOnly, t.addDays(2), true);
    contact(inWindow, t.addDays(-5), true);
    contact(inWindow, t.addDays(3), true);
    // A on day 1 after T, B again on day 2: at T it had been B for 40 days.
    GradeDecision decision;
    decision.reason = QStringLiteral("复评");
    for (const auto &[grade, day] : {std::pair{Grade::A, 1}, std::pair{Grade::B, 2}}) {
        m_now = t.addDays(day);
        decision.grade = grade;
        ASSERT_TRUE(succeeded(m_ws->customers().grade({regraded}, decision)));
    }
    m_now = t.addDays(4);
    EXPECT_EQ(candidatesAt(t), (QStringList{laterOnly, regraded}));
    // Now: laterOnly and inWindow progressed within 14 days; regraded has been B for 2 days,
    // recent for 9.
    EXPECT_TRUE(candidatesAt(t.addDays(4)).isEmpty());
    // Later still, every one of them has stalled.
    EXPECT_EQ(candidatesAt(t.addDays(20)), (QStringList{laterOnly, inWindow, regraded, recent}));
}

TEST_F(ReviewTest, ApplyDowngradesOnceAndAgainChangesNothing)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString stalled = graded(QStringLiteral("停滞公司"), Grade::B, t.addDays(-20));
    const QString active = graded(QStringLiteral("活跃公司"), Grade::B, t.addDays(-20));
    contact(active, t.addDays(-2), true);
    m_now = t;
    EXPECT_EQ(applyAt(t), QStringList{stalled});
    EXPECT_EQ(gradeOf(stalled), Grade::C);
    EXPECT_EQ(gradeOf(active), Grade::B);
    auto history = m_ws->customers().gradeHistory(stalled);
    ASSERT_TRUE(succeeded(history));
    ASSERT_FALSE(history->isEmpty());
    EXPECT_EQ(history->first().reason, QStringLiteral("R13"));
    EXPECT_EQ(history->first().from, Grade::B);
    EXPECT_EQ(history->first().to, Grade::C);
    EXPECT_EQ(history->first().at, t);
    const qsizetype entries = history->size();
    EXPECT_TRUE(applyAt(t).isEmpty());
    EXPECT_EQ(m_ws->customers().gradeHistory(stalled)->size(), entries);
}

// A team's manager downgrades the team's and the unowned customers (docs/permissions.md), not
// another team's.
TEST_F(ReviewTest, ATeamsManagerAppliesToTheTeamsCustomersOnly)
{
    addTeamMember(QStringLiteral("east.rep"), Role::Rep, QStringLiteral("华东"));
    addTeamMember(QStringLiteral("south.rep"), Role::Rep, QStringLiteral("华南"));
    addTeamMember(QStringLiteral("east"), Role::Manager, QStringLiteral("华东"));
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString ours = graded(QStringLiteral("华东停滞公司"), Grade::B, t.addDays(-20),
                                QStringLiteral("east.rep"));
    const QString theirs = graded(QStringLiteral("华南停滞公司"), Grade::B, t.addDays(-20),
                                  QStringLiteral("south.rep"));
    const QString unowned = graded(QStringLiteral("无人负责公司"), Grade::B, t.addDays(-20));
    const QString admin = m_ws->actor().login;
    m_now = t;
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("east"))));
    QStringList expected{ours, unowned};
    expected.sort();
    EXPECT_EQ(applyAt(t), expected);
    ASSERT_TRUE(succeeded(m_ws->actAs(admin)));
    EXPECT_EQ(gradeOf(ours), Grade::C);
    EXPECT_EQ(gradeOf(unowned), Grade::C);
    EXPECT_EQ(gradeOf(theirs), Grade::B);
}

TEST_F(ReviewTest, AnExemptionLastsUntilTheNextReview)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0); // a Monday
    const QString id = graded(QStringLiteral("豁免公司"), Grade::B, t.addDays(-20));
    m_now = t;
    ASSERT_TRUE(
        succeeded(m_ws->review().exempt(id, QStringLiteral("客户高层下周回国，再观察一周"))));
    // Kept during the meeting: no longer flagged on this week's agenda.
    auto agenda = m_ws->review().agenda(t.date());
    ASSERT_TRUE(succeeded(agenda));
    ASSERT_EQ(agenda->entries.size(), 1);
    EXPECT_FALSE(agenda->entries.first().downgradeCandidate);
    EXPECT_TRUE(candidatesAt(t.addDays(6)).isEmpty());
    EXPECT_TRUE(applyAt(t.addDays(6)).isEmpty());
    // From next Monday 00:00 it is a candidate again.
    EXPECT_EQ(candidatesAt(shanghai(2026, 3, 9, 0, 0)), QStringList{id});
    // An exemption needs a reason.
    EXPECT_FALSE(succeeded(m_ws->review().exempt(id, QStringLiteral("  "))));
}

TEST_F(ReviewTest, ADowngradeIsUndoneOnce)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString id = graded(QStringLiteral("撤销公司"), Grade::B, t.addDays(-20));
    m_now = t;
    ASSERT_EQ(applyAt(t), QStringList{id});
    m_now = t.addSecs(3600);
    ASSERT_TRUE(succeeded(m_ws->review().undoDowngrade(id)));
    EXPECT_EQ(gradeOf(id), Grade::B);
    auto history = m_ws->customers().gradeHistory(id);
    ASSERT_TRUE(succeeded(history));
    EXPECT_EQ(history->first().from, Grade::C);
    EXPECT_EQ(history->first().to, Grade::B);
    // Nothing left to undo.
    const Status again = m_ws->review().undoDowngrade(id);
    ASSERT_FALSE(succeeded(again));
    EXPECT_EQ(again.error().kind, ErrorKind::Invalid);
}

TEST_F(ReviewTest, OnlyAManagerAppliesExemptsOrUndoes)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString id = graded(QStringLiteral("权限公司"), Grade::B, t.addDays(-20));
    m_now = t;
    const QString admin = m_ws->actor().login;
    actAsNew(QStringLiteral("rep1"), Role::Rep);
    const auto applied = m_ws->review().applyDowngrades(t);
    ASSERT_FALSE(succeeded(applied));
    EXPECT_EQ(applied.error().kind, ErrorKind::Permission);
    EXPECT_EQ(m_ws->review().exempt(id, QStringLiteral("理由")).error().kind,
              ErrorKind::Permission);
    EXPECT_EQ(m_ws->review().undoDowngrade(id).error().kind, ErrorKind::Permission);
    ASSERT_TRUE(succeeded(m_ws->actAs(admin))); // the customer is not rep1's to look at
    EXPECT_EQ(gradeOf(id), Grade::B);
}

TEST_F(ReviewTest, TheAgendaListsABCustomersWithLastWeek)
{
    // The review week of Wednesday 2026-03-04 starts Monday 03-02; last week is 02-23 to 03-02.
    const QString a = graded(QStringLiteral("甲客户"), Grade::A, shanghai(2026, 2, 1));
    const QString b = graded(QStringLiteral("乙客户"), Grade::B, shanghai(2026, 2, 1));
    const QString c = graded(QStringLiteral("丙客户"), Grade::C, shanghai(2026, 2, 1));
    contact(a, shanghai(2026, 2, 23, 0, 0), true);   // first minute of last week
    contact(a, shanghai(2026, 3, 1, 23, 59), false); // last minute of last week
    contact(a, shanghai(2026, 3, 2, 0, 0), true);    // the review week: not counted
    contact(b, shanghai(2026, 2, 15, 23, 59), true); // before last week, and before 14 days
    // A risk named last week, and a next action due before the review week.
    m_now = shanghai(2026, 2, 25, 11, 0);
    FollowUpRecord risky;
    risky.customerId = b;
    risky.contactAt = shanghai(2026, 2, 25, 10, 0);
    risky.method = ContactMethod::Visit;
    risky.content = QStringLiteral("采购部门加入");
    risky.risk = QStringLiteral("采购部门新加入决策链");
    risky.nextAction = QStringLiteral("发送资质材料");
    risky.nextActionDue = QDate(2026, 2, 27);
    ASSERT_TRUE(succeeded(m_ws->followUps().record(risky)));
    m_now = shanghai(2026, 3, 4);

    auto agenda = m_ws->review().agenda(QDate(2026, 3, 4));
    ASSERT_TRUE(succeeded(agenda));
    EXPECT_EQ(agenda->weekStart, QDate(2026, 3, 2));
    ASSERT_EQ(agenda->entries.size(), 2);
    const ReviewEntry &first = agenda->entries.at(0);
    const ReviewEntry &second = agenda->entries.at(1);
    EXPECT_EQ(first.customerId, a);
    EXPECT_EQ(first.grade, QStringLiteral("A"));
    EXPECT_EQ(first.followUpsLastWeek, 2);
    EXPECT_EQ(first.progressEvents, 1);
    EXPECT_EQ(first.openRisks, 0);
    EXPECT_FALSE(first.downgradeCandidate);
    EXPECT_EQ(second.customerId, b);
    EXPECT_EQ(second.followUpsLastWeek, 1);
    EXPECT_EQ(second.progressEvents, 0);
    EXPECT_EQ(second.openRisks, 1);
    EXPECT_EQ(second.overdueActions, 1);
    // B since 02-01; its only progress (02-15 23:59) is more than 14 days before 03-02 00:00.
    EXPECT_TRUE(second.downgradeCandidate);
    Q_UNUSED(c);
}

TEST_F(ReviewTest, ComplianceCountsLastWeeksRuleBreachesPerRep)
{
    // Review week of 2026-03-09; last week is 03-02 to 03-09. The administrator owns nothing:
    // every customer below is unowned, so they count under "".
    const QString a = graded(QStringLiteral("甲A客户"), Grade::A, shanghai(2026, 2, 2));
    const QString b = graded(QStringLiteral("乙A客户"), Grade::A, shanghai(2026, 2, 2));
    contact(a, shanghai(2026, 3, 3), false);
    contact(a, shanghai(2026, 3, 4), false);
    contact(b, shanghai(2026, 3, 5), false);
    // A record made 3 hours after its contact last week (R11).
    m_now = shanghai(2026, 3, 5, 15, 0);
    FollowUpRecord late;
    late.customerId = b;
    late.contactAt = shanghai(2026, 3, 5, 11, 0);
    late.method = ContactMethod::Phone;
    late.content = QStringLiteral("补记电话");
    ASSERT_TRUE(succeeded(m_ws->followUps().record(late)));
    m_now = shanghai(2026, 3, 9, 9, 0);

    auto reps = m_ws->review().compliance(QDate(2026, 3, 10));
    ASSERT_TRUE(succeeded(reps));
    ASSERT_EQ(reps->size(), 1);
    const RepCompliance &rep = reps->first();
    EXPECT_EQ(rep.ownerLogin, QString());
    EXPECT_EQ(rep.aCustomers, 2);
    EXPECT_EQ(rep.aShort, 0); // a: 2 contacts, b: 2 contacts (one recorded late)
    EXPECT_EQ(rep.records, 4);
    EXPECT_EQ(rep.lateRecords, 1);
    EXPECT_EQ(rep.entries, 0); // both entered in February
    // Both A customers have no plan and their R8 deadline (early February) has passed.
    EXPECT_EQ(rep.latePlans, 2);

    // The week before: b had no contact, a none either.
    auto earlier = m_ws->review().compliance(QDate(2026, 3, 2));
    ASSERT_TRUE(succeeded(earlier));
    ASSERT_EQ(earlier->size(), 1);
    EXPECT_EQ(earlier->first().aShort, 2);
    EXPECT_EQ(earlier->first().records, 0);
}

TEST_F(ReviewTest, UndoingAnInvalidLeadGivesBackItsGradeAndStatus)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    const QString id = graded(QStringLiteral("无效线索公司"), Grade::B, t.addDays(-20));
    m_now = t;
    ASSERT_TRUE(succeeded(m_ws->review().downgrade(id, true, QStringLiteral("预算取消"))));
    auto found = m_ws->customers().find(id);
    ASSERT_TRUE(succeeded(found) && found->has_value());
    EXPECT_EQ((*found)->grade, Grade::C);
    EXPECT_EQ((*found)->status, CustomerStatus::Invalid);
    auto history = m_ws->customers().gradeHistory(id);
    ASSERT_TRUE(succeeded(history));
    EXPECT_TRUE(history->first().reason.startsWith(QStringLiteral("R13")));

    m_now = t.addSecs(600);
    ASSERT_TRUE(succeeded(m_ws->review().undoDowngrade(id)));
    found = m_ws->customers().find(id);
    EXPECT_EQ((*found)->grade, Grade::B);
    EXPECT_EQ((*found)->status, CustomerStatus::Lead);
}

TEST_F(ReviewTest, AStrategyAdjustmentGoesOnTheTimelineNotIntoTheFollowUps)
{
    const QString a = graded(QStringLiteral("甲客户"), Grade::A, shanghai(2026, 2, 1));
    addUser(QStringLiteral("boss"), Role::Manager);
    m_now = shanghai(2026, 3, 2, 10, 0); // Monday of the review week
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));
    ASSERT_TRUE(
        succeeded(m_ws->review().recordStrategy(a, QStringLiteral("  改由总监拜访，先做演示  "))));

    auto agenda = m_ws->review().agenda(QDate(2026, 3, 4));
    ASSERT_TRUE(succeeded(agenda));
    ASSERT_EQ(agenda->entries.size(), 1);
    EXPECT_EQ(agenda->entries.at(0).strategy, QStringLiteral("改由总监拜访，先做演示"));
    EXPECT_EQ(agenda->entries.at(0).followUpsLastWeek, 0);
    // In the printed pack too.
    const QString html = ReviewPack(*agenda, {}, QStringLiteral("华东")).html();
    EXPECT_TRUE(html.contains(QStringLiteral("改由总监拜访，先做演示"))) << html.toStdString();
    // Next week's review starts without it.
    auto next = m_ws->review().agenda(QDate(2026, 3, 9));
    ASSERT_TRUE(succeeded(next));
    EXPECT_TRUE(next->entries.at(0).strategy.isEmpty());

    auto timeline = m_ws->followUps().timeline(a);
    ASSERT_TRUE(succeeded(timeline));
    const auto review =
        std::find_if(timeline->cbegin(), timeline->cend(), [](const TimelineEvent &event) {
            return event.kind == TimelineEvent::Kind::Review;
        });
    ASSERT_NE(review, timeline->cend());
    EXPECT_EQ(review->detail, QStringLiteral("改由总监拜访，先做演示"));
    EXPECT_EQ(review->actor, QStringLiteral("boss"));
    EXPECT_TRUE(review->title.contains(QStringLiteral("2026-03-02")));

    // Not a contact: R6 still finds no follow-up in the week of 03-02.
    auto report = m_ws->rules().check(shanghai(2026, 3, 9, 9, 0));
    ASSERT_TRUE(succeeded(report));
    EXPECT_TRUE(std::any_of(report->findings.cbegin(), report->findings.cend(),
                            [&](const RuleFinding &finding) {
                                return finding.rule == QLatin1String("R6") &&
                                       finding.customerId == a && finding.weekShortfall &&
                                       finding.detail.startsWith(QStringLiteral("0 follow-up"));
                            }));
    auto trail = m_ws->audit().forCustomer(a);
    ASSERT_TRUE(succeeded(trail));
    EXPECT_TRUE(std::any_of(trail->cbegin(), trail->cend(), [](const AuditEntry &entry) {
        return entry.field == QLatin1String("strategy") &&
               entry.newValue == QStringLiteral("改由总监拜访，先做演示");
    }));
}

TEST_F(ReviewTest, AStrategyNeedsAManagerAndWords)
{
    const QString a = graded(QStringLiteral("甲客户"), Grade::A, shanghai(2026, 2, 1));
    EXPECT_TRUE(refusedAs(m_ws->review().recordStrategy(a, QStringLiteral("   ")),
                          ErrorKind::Invalid, QStringLiteral("R12")));
    EXPECT_TRUE(refusedAs(
        m_ws->review().recordStrategy(a, QString(ReviewService::kStrategyLength + 1, u'字')),
        ErrorKind::Invalid, QStringLiteral("R12")));
    actAsNew(QStringLiteral("rep1"), Role::Rep);
    EXPECT_TRUE(refusedAs(m_ws->review().recordStrategy(a, QStringLiteral("加快推进")),
                          ErrorKind::Permission));
    ASSERT_TRUE(m_ws->actAs(m_admin).ok());
    auto timeline = m_ws->followUps().timeline(a);
    ASSERT_TRUE(succeeded(timeline));
    EXPECT_TRUE(std::none_of(timeline->cbegin(), timeline->cend(), [](const TimelineEvent &event) {
        return event.kind == TimelineEvent::Kind::Review;
    }));
}
