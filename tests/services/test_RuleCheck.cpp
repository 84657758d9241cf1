// SPDX-License-Identifier: MIT
// `rules check` (design.md, "Rule semantics"): R2, R6, R7, R8, R10 and R11 at an as-of time, with
// the event rules limited to [since, as-of).
#include "WorkspaceFixture.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/RuleCheckService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

#include <QTimeZone>

#include <algorithm>

using namespace sf;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

QList<RuleFinding> only(const QList<RuleFinding> &findings, const QString &rule)
{
    QList<RuleFinding> kept;
    for (const RuleFinding &finding : findings) {
        if (finding.rule == rule)
            kept.append(finding);
    }
    return kept;
}

QStringList customersOf(const QList<RuleFinding> &findings)
{
    QStringList ids;
    for (const RuleFinding &finding : findings)
        ids << finding.customerId;
    return ids;
}

// "R6 HZ2026001: detail" lines, for failure messages.
std::string describe(const QList<RuleFinding> &findings)
{
    QStringList lines;
    for (const RuleFinding &finding : findings)
        lines << finding.rule + u' ' + finding.customerId + QStringLiteral(": ") + finding.detail;
    return lines.join(u'\n').toStdString();
}

} // namespace

class RuleCheckTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 3, 2, 9, 0);
        m_admin = m_ws->actor().login;
        addUser(QStringLiteral("senior"), Role::Rep, true);
        addUser(QStringLiteral("junior"), Role::Rep, false);
        addUser(QStringLiteral("boss"), Role::Manager, false);
    }

    // Enters a customer at `enteredAt` as the administrator (graded at entry when a grade is
    // given); its id.
    QString enter(const QString &name, const QDateTime &firstContact, const QDateTime &enteredAt,
                  std::optional<Grade> grade = std::nullopt, const QString &owner = {},
                  const QString &region = QStringLiteral("HZ"))
    {
        m_now = enteredAt;
        Customer c;
        c.name = name;
        c.region = region;
        c.firstContactAt = firstContact;
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.grade = grade; // graded at entry, by the administrator
        c.ownerLogin = owner;
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored)) << name.toStdString();
        return stored.ok() ? stored->id : QString();
    }

    // An A customer of the senior rep, contacted and entered on Monday 2 March.
    QString enterA(const QString &name, const QString &owner = QStringLiteral("senior"),
                   const QString &region = QStringLiteral("HZ"))
    {
        return enter(name, shanghai(2026, 3, 2, 9, 0), shanghai(2026, 3, 2, 10, 0), Grade::A, owner,
                     region);
    }

    // Records a contact at `contactAt`, recorded at `recordedAt` (default: an hour later).
    void recordAt(const QString &customerId, const QDateTime &contactAt,
                  QDateTime recordedAt = QDateTime())
    {
        m_now = recordedAt.isValid() ? recordedAt : contactAt.addSecs(3600);
        FollowUpRecord r;
        r.customerId = customerId;
        r.contactAt = contactAt;
        r.content = QStringLiteral("电话沟通需求细节");
        auto saved = m_ws->followUps().record(r);
        ASSERT_TRUE(succeeded(saved)) << customerId.toStdString();
    }

    // Adds a plan item at `createdAt`.
    void planAt(const QString &customerId, const QDateTime &createdAt,
                QDate start = QDate(2026, 3, 16), std::optional<QDate> supportRequested = {},
                const QString &action = QStringLiteral("拜访技术总监，演示产品"))
    {
        m_now = createdAt;
        PlanItem item;
        item.customerId = customerId;
        item.action = action;
        item.counterpart = QStringLiteral("技术总监李工");
        item.start = start;
        item.due = start;
        item.supportRequestedOn = supportRequested;
        if (supportRequested)
            item.supportNeeded = QStringLiteral("售前演示");
        auto saved = m_ws->followUps().addPlanItem(item);
        ASSERT_TRUE(succeeded(saved)) << customerId.toStdString();
    }

    QList<RuleFinding> check(const QDateTime &asOf, std::optional<QDateTime> since = std::nullopt)
    {
        auto report = m_ws->rules().check(asOf, since);
        EXPECT_TRUE(succeeded(report));
        return report.ok() ? report->findings : QList<RuleFinding>{};
    }

    QList<RuleFinding> check(const QString &rule, const QDateTime &asOf,
                             std::optional<QDateTime> since = std::nullopt)
    {
        return only(check(asOf, since), rule);
    }

    QString m_admin;
};

TEST_F(RuleCheckTest, TheReportEchoesItsPeriodAndRefusesAnInvertedOne)
{
    const QDateTime asOf = shanghai(2026, 3, 9, 0, 0);
    auto report = m_ws->rules().check(asOf);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->asOf, asOf);
    EXPECT_EQ(report->since, asOf.addDays(-7));
    EXPECT_TRUE(report->findings.isEmpty()) << describe(report->findings);
    auto inverted = m_ws->rules().check(asOf, asOf.addSecs(1));
    ASSERT_FALSE(inverted.ok());
    EXPECT_EQ(inverted.error().kind, ErrorKind::Invalid);
    EXPECT_FALSE(m_ws->rules().check(QDateTime()).ok());
}

// R6: weeks run Monday 00:00 to Monday 00:00 in the team's time zone (Asia/Shanghai, UTC+8), not
// in UTC.
TEST_F(RuleCheckTest, R6WeeksEndAtLocalMondayMidnight)
{
    const QDateTime since = shanghai(2026, 2, 9, 9, 0);
    const QDateTime entered = shanghai(2026, 2, 9, 10, 0);
    const QString twice =
        enter(QStringLiteral("杭州华信科技"), since, entered, Grade::A, QStringLiteral("senior"));
    const QString once =
        enter(QStringLiteral("杭州恒泰物流"), since, entered, Grade::A, QStringLiteral("senior"));
    const QString never =
        enter(QStringLiteral("杭州鼎盛电子"), since, entered, Grade::A, QStringLiteral("senior"));
    const QString notA =
        enter(QStringLiteral("杭州宏远环保"), since, entered, Grade::B, QStringLiteral("senior"));

    recordAt(twice, shanghai(2026, 3, 2, 10, 0));
    recordAt(twice, shanghai(2026, 3, 8, 23, 59)); // Sunday 23:59 local: still week 2–8 March
    recordAt(once, shanghai(2026, 3, 2, 10, 0));
    recordAt(once, shanghai(2026, 3, 9, 0, 0)); // Monday 00:00 local (Sunday 16:00 UTC)

    // As of exactly Monday 9 March 00:00 the week 2–8 March has just been completed.
    const QList<RuleFinding> weekOf2March = check(QStringLiteral("R6"), shanghai(2026, 3, 9, 0, 0));
    EXPECT_EQ(customersOf(weekOf2March), (QStringList{once, never})) << describe(weekOf2March);
    for (const RuleFinding &finding : weekOf2March)
        EXPECT_TRUE(finding.detail.contains(QStringLiteral("2026-03-02")))
            << describe(weekOf2March);
    ASSERT_EQ(weekOf2March.size(), 2);
    EXPECT_TRUE(weekOf2March.at(0).detail.startsWith(QStringLiteral("1 ")))
        << describe(weekOf2March);
    EXPECT_TRUE(weekOf2March.at(1).detail.startsWith(QStringLiteral("0 ")))
        << describe(weekOf2March);

    // A second earlier the last completed week is 23 February – 1 March, without any record.
    const QList<RuleFinding> weekBefore =
        check(QStringLiteral("R6"), shanghai(2026, 3, 8, 23, 59, 59));
    EXPECT_EQ(customersOf(weekBefore), (QStringList{twice, once, never})) << describe(weekBefore);
    for (const RuleFinding &finding : weekBefore)
        EXPECT_TRUE(finding.detail.contains(QStringLiteral("2026-02-23"))) << describe(weekBefore);

    // Later in the week of 9 March the answer stays the same.
    EXPECT_EQ(customersOf(check(QStringLiteral("R6"), shanghai(2026, 3, 15, 23, 59, 59))),
              (QStringList{once, never}));

    // The Monday 00:00 record counts for the week of 9 March: one record there.
    const QList<RuleFinding> weekOf9March =
        check(QStringLiteral("R6"), shanghai(2026, 3, 16, 0, 0));
    EXPECT_EQ(customersOf(weekOf9March), (QStringList{twice, once, never}))
        << describe(weekOf9March);
    ASSERT_EQ(weekOf9March.size(), 3);
    EXPECT_TRUE(weekOf9March.at(0).detail.startsWith(QStringLiteral("0 ")));
    EXPECT_TRUE(weekOf9March.at(1).detail.startsWith(QStringLiteral("1 ")));
    EXPECT_TRUE(weekOf9March.at(1).detail.contains(QStringLiteral("2026-03-09")));
    EXPECT_FALSE(customersOf(weekOf9March).contains(notA));
}

TEST_F(RuleCheckTest, R6AnACustomerNeedsASeniorOwner)
{
    const QString seniors = enterA(QStringLiteral("杭州华信科技"), QStringLiteral("senior"));
    const QString juniors = enterA(QStringLiteral("杭州恒泰物流"), QStringLiteral("junior"));
    const QString nobodys = enterA(QStringLiteral("杭州鼎盛电子"), QString());
    const QString juniorsB = enter(QStringLiteral("杭州宏远环保"), shanghai(2026, 3, 2, 9, 0),
                                   shanghai(2026, 3, 2, 10, 0), Grade::B, QStringLiteral("junior"));
    // Two records each in the week of 2 March: only the owner findings remain.
    for (const QString &id : {seniors, juniors, nobodys, juniorsB}) {
        recordAt(id, shanghai(2026, 3, 3, 10, 0));
        recordAt(id, shanghai(2026, 3, 5, 10, 0));
    }
    const QList<RuleFinding> r6 = check(QStringLiteral("R6"), shanghai(2026, 3, 9, 9, 0));
    EXPECT_EQ(customersOf(r6), (QStringList{juniors, nobodys})) << describe(r6);
    ASSERT_EQ(r6.size(), 2);
    EXPECT_TRUE(r6.at(0).detail.contains(QStringLiteral("junior"))) << describe(r6);
    EXPECT_FALSE(r6.at(1).detail.contains(QStringLiteral("junior"))) << describe(r6);

    // Assigned to the senior rep, the finding goes.
    m_now = shanghai(2026, 3, 9, 9, 0);
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));
    ASSERT_TRUE(succeeded(m_ws->customers().assign({juniors}, QStringLiteral("senior"))));
    EXPECT_EQ(customersOf(check(QStringLiteral("R6"), shanghai(2026, 3, 9, 10, 0))),
              QStringList{nobodys});
}

TEST_F(RuleCheckTest, R6ACustomerIsNotCheckedForAWeekBeforeItWasA)
{
    // First contacted and graded A on Wednesday 11 March: the week of 2 March is not its business.
    const QString newA = enter(QStringLiteral("杭州华信科技"), shanghai(2026, 3, 11, 9, 0),
                               shanghai(2026, 3, 11, 10, 0), Grade::A, QStringLiteral("senior"));
    // Known since February as B, graded A by the manager on Tuesday 10 March.
    const QString promoted = enter(QStringLiteral("杭州恒泰物流"), shanghai(2026, 2, 9, 9, 0),
                                   shanghai(2026, 2, 9, 10, 0), Grade::B, QStringLiteral("senior"));
    // A new A customer of a junior rep: its owner is wrong at once, whatever the week.
    const QString juniors = enter(QStringLiteral("杭州鼎盛电子"), shanghai(2026, 3, 11, 9, 0),
                                  shanghai(2026, 3, 11, 10, 0), Grade::A, QStringLiteral("junior"));
    m_now = shanghai(2026, 3, 10, 15, 0);
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));
    GradeDecision a;
    a.grade = Grade::A;
    a.reason = QStringLiteral("预算已批");
    ASSERT_TRUE(succeeded(m_ws->customers().grade({promoted}, a)));

    const QList<RuleFinding> r6 = check(QStringLiteral("R6"), shanghai(2026, 3, 12, 9, 0));
    ASSERT_EQ(customersOf(r6), QStringList{juniors}) << describe(r6);
    EXPECT_TRUE(r6.first().detail.contains(QStringLiteral("junior"))) << describe(r6);
    // Their first week as A customers is checked once it is over.
    const QList<RuleFinding> next = check(QStringLiteral("R6"), shanghai(2026, 3, 16, 0, 0));
    EXPECT_EQ(customersOf(next), (QStringList{newA, promoted, juniors, juniors})) << describe(next);
}

// R7: a C customer is due for maintenance after more than 30 days (a setting) without contact.
TEST_F(RuleCheckTest, R7ReportsCCustomersWithoutContactForMoreThanTheInterval)
{
    const QDateTime t = shanghai(2026, 3, 2, 9, 0);
    auto c = [&](const QString &name, int daysBefore, std::optional<Grade> grade = Grade::C) {
        const QDateTime contact = t.addDays(-daysBefore);
        return enter(name, contact, contact.addSecs(3600), grade);
    };
    const QString c31 = c(QStringLiteral("杭州华信科技"), 31);
    const QString c30 = c(QStringLiteral("杭州恒泰物流"), 30);
    const QString c29 = c(QStringLiteral("杭州鼎盛电子"), 29);
    const QString c40 = c(QStringLiteral("杭州宏远环保"), 40);
    const QString c45 = c(QStringLiteral("杭州明德数据"), 45);
    const QString c50 = c(QStringLiteral("杭州天合物流"), 50);
    const QString a31 = c(QStringLiteral("杭州星辰电子"), 31, Grade::A);
    const QString none31 = c(QStringLiteral("杭州启明软件"), 31, std::nullopt);
    const QString c60 = c(QStringLiteral("杭州远景网络"), 60);
    recordAt(c40, t.addDays(-29));                          // contacted again 29 days ago
    recordAt(c45, t.addDays(-31));                          // contacted again 31 days ago
    recordAt(c50, t.addDays(1), t.addDays(1).addSecs(600)); // after the as-of time
    recordAt(c60, t.addDays(-35));                          // 35 days before, and after it
    recordAt(c60, t.addDays(2), t.addDays(2).addSecs(600));

    EXPECT_EQ(m_ws->settings().maintenanceDays(), 30);
    const QList<RuleFinding> r7 = check(QStringLiteral("R7"), t);
    EXPECT_EQ(customersOf(r7), (QStringList{c31, c45, c50, c60})) << describe(r7);
    ASSERT_EQ(r7.size(), 4);
    // The last contact is the record's, in local time.
    EXPECT_TRUE(r7.at(1).detail.contains(QStringLiteral("2026-01-30 09:00"))) << describe(r7);
    // c60's last contact as of t is the one before t, not the later one.
    EXPECT_TRUE(r7.at(3).detail.contains(QStringLiteral("2026-01-26 09:00"))) << describe(r7);
    EXPECT_FALSE(customersOf(r7).contains(a31));
    EXPECT_FALSE(customersOf(r7).contains(none31));

    // Two days later c50's contact of yesterday counts.
    EXPECT_FALSE(customersOf(check(QStringLiteral("R7"), t.addDays(2))).contains(c50));

    // A shorter interval reports more; only an administrator sets it.
    ASSERT_TRUE(succeeded(m_ws->settings().setMaintenanceDays(28)));
    EXPECT_EQ(m_ws->settings().maintenanceDays(), 28);
    EXPECT_EQ(customersOf(check(QStringLiteral("R7"), t)),
              (QStringList{c31, c30, c29, c40, c45, c50, c60}));
    EXPECT_FALSE(m_ws->settings().setMaintenanceDays(0).ok());
    EXPECT_EQ(m_ws->settings().maintenanceDays(), 28);
}

TEST_F(RuleCheckTest, R7OnlyAnAdministratorSetsTheInterval)
{
    for (const QString &login : {QStringLiteral("boss"), QStringLiteral("senior")}) {
        ASSERT_TRUE(succeeded(m_ws->actAs(login)));
        const Status refused = m_ws->settings().setMaintenanceDays(14);
        ASSERT_FALSE(refused.ok()) << login.toStdString();
        EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
        EXPECT_EQ(m_ws->settings().maintenanceDays(), 30);
    }
    ASSERT_TRUE(succeeded(m_ws->actAs(m_admin)));
    EXPECT_TRUE(succeeded(m_ws->settings().setMaintenanceDays(14)));
    EXPECT_EQ(m_ws->settings().maintenanceDays(), 14);
}

// R8: an A customer's plan is due by the end of the 3rd working day after the later of the first
// contact date and the date it was graded A.
TEST_F(RuleCheckTest, R8APlanItemOnTheDeadlineDayIsOnTimeTheNextDayIsLate)
{
    // First contact and grading on Monday 2 March: the plan is due on Thursday 5 March.
    const QString lastMinute = enterA(QStringLiteral("杭州华信科技"));
    const QString nextDay = enterA(QStringLiteral("杭州恒泰物流"));
    const QString noPlan = enterA(QStringLiteral("杭州鼎盛电子"));
    const QString early = enterA(QStringLiteral("杭州宏远环保"));
    planAt(early, shanghai(2026, 3, 3, 10, 0));
    planAt(lastMinute, shanghai(2026, 3, 5, 23, 59));
    planAt(nextDay, shanghai(2026, 3, 6, 0, 0));

    const QList<RuleFinding> before = check(QStringLiteral("R8"), shanghai(2026, 3, 5, 23, 59, 59));
    EXPECT_TRUE(before.isEmpty()) << describe(before);

    const QList<RuleFinding> after = check(QStringLiteral("R8"), shanghai(2026, 3, 6, 0, 0));
    EXPECT_EQ(customersOf(after), (QStringList{nextDay, noPlan})) << describe(after);
    ASSERT_EQ(after.size(), 2);
    EXPECT_TRUE(after.at(0).detail.contains(QStringLiteral("2026-03-05 23:59"))) << describe(after);
    EXPECT_TRUE(after.at(0).detail.contains(QStringLiteral("2026-03-06 00:00"))) << describe(after);

    // A plan made late stays late; no plan stays missing.
    EXPECT_EQ(customersOf(check(QStringLiteral("R8"), shanghai(2026, 3, 20, 9, 0))),
              (QStringList{nextDay, noPlan}));
}

TEST_F(RuleCheckTest, R8CountsFromTheGradeWhenItIsLater)
{
    // First contact Monday 2 March; graded A by the manager on Wednesday 4 March: due Monday 9.
    const QDateTime contact = shanghai(2026, 3, 2, 9, 0);
    const QString onTime = enter(QStringLiteral("杭州华信科技"), contact, contact.addSecs(3600));
    const QString late = enter(QStringLiteral("杭州恒泰物流"), contact, contact.addSecs(3600));
    m_now = shanghai(2026, 3, 4, 15, 0);
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));
    GradeDecision a;
    a.grade = Grade::A;
    a.reason = QStringLiteral("预算已批，决策人明确");
    ASSERT_TRUE(succeeded(m_ws->customers().grade({onTime, late}, a)));
    planAt(onTime, shanghai(2026, 3, 9, 20, 0));
    planAt(late, shanghai(2026, 3, 10, 0, 0));

    EXPECT_TRUE(check(QStringLiteral("R8"), shanghai(2026, 3, 9, 23, 59, 59)).isEmpty());
    EXPECT_EQ(customersOf(check(QStringLiteral("R8"), shanghai(2026, 3, 10, 9, 0))),
              QStringList{late});
}

TEST_F(RuleCheckTest, R8AcrossTheSpringFestival)
{
    // First contact and grading on Thursday 12 February 2026: the working days after it are
    // Friday 13, Saturday 14 (调休) and, after the holiday of 15–23 February, Tuesday 24.
    const QDateTime contact = shanghai(2026, 2, 12, 9, 0);
    const QString lastMinute = enter(QStringLiteral("杭州华信科技"), contact, contact.addSecs(3600),
                                     Grade::A, QStringLiteral("senior"));
    const QString nextDay = enter(QStringLiteral("杭州恒泰物流"), contact, contact.addSecs(3600),
                                  Grade::A, QStringLiteral("senior"));
    const QString noPlan = enter(QStringLiteral("杭州鼎盛电子"), contact, contact.addSecs(3600),
                                 Grade::A, QStringLiteral("senior"));
    planAt(lastMinute, shanghai(2026, 2, 24, 23, 59));
    planAt(nextDay, shanghai(2026, 2, 25, 0, 0));

    const QList<RuleFinding> during = check(QStringLiteral("R8"), shanghai(2026, 2, 20, 9, 0));
    EXPECT_TRUE(during.isEmpty()) << describe(during);
    const QList<RuleFinding> lastSecond =
        check(QStringLiteral("R8"), shanghai(2026, 2, 24, 23, 59, 59));
    EXPECT_TRUE(lastSecond.isEmpty()) << describe(lastSecond);
    const QList<RuleFinding> after = check(QStringLiteral("R8"), shanghai(2026, 2, 25, 0, 0));
    EXPECT_EQ(customersOf(after), (QStringList{nextDay, noPlan})) << describe(after);
}

// Event rules report the events in [since, as-of).
TEST_F(RuleCheckTest, R2ReportsLateEntriesMadeInThePeriod)
{
    // First contact Monday 2 March: entries after Tuesday 3 March 23:59:59 are late.
    const QDateTime contact = shanghai(2026, 3, 2, 9, 0);
    const QDateTime since = shanghai(2026, 3, 4, 10, 0);
    const QDateTime asOf = shanghai(2026, 3, 5, 10, 0);
    const QString beforeSince = enter(QStringLiteral("杭州华信科技"), contact, since.addSecs(-1));
    const QString atSince = enter(QStringLiteral("杭州恒泰物流"), contact, since);
    const QString beforeAsOf = enter(QStringLiteral("杭州鼎盛电子"), contact, asOf.addSecs(-1));
    const QString atAsOf = enter(QStringLiteral("杭州宏远环保"), contact, asOf);
    enter(QStringLiteral("杭州明德数据"), shanghai(2026, 3, 4, 9, 0), since.addSecs(3600));

    const QList<RuleFinding> r2 = check(QStringLiteral("R2"), asOf, since);
    EXPECT_EQ(customersOf(r2), (QStringList{atSince, beforeAsOf})) << describe(r2);
    ASSERT_FALSE(r2.isEmpty());
    EXPECT_TRUE(r2.first().detail.contains(QStringLiteral("2026-03-03 23:59"))) << describe(r2);
    // By default the period is the 7 days before the as-of time.
    EXPECT_EQ(customersOf(check(QStringLiteral("R2"), asOf)),
              (QStringList{beforeSince, atSince, beforeAsOf}));
    EXPECT_EQ(customersOf(check(QStringLiteral("R2"), asOf.addSecs(1), since)),
              (QStringList{atSince, beforeAsOf, atAsOf}));
}

TEST_F(RuleCheckTest, R10ReportsLateSupportRequestsByRequestDate)
{
    const QString id = enterA(QStringLiteral("杭州华信科技"));
    // Each late: the 2nd working day after the request is after the item's start.
    planAt(id, m_now, QDate(2026, 3, 2), QDate(2026, 3, 1), QStringLiteral("请求0301"));
    planAt(id, m_now, QDate(2026, 3, 3), QDate(2026, 3, 2), QStringLiteral("请求0302"));
    planAt(id, m_now, QDate(2026, 3, 9), QDate(2026, 3, 8), QStringLiteral("请求0308"));
    planAt(id, m_now, QDate(2026, 3, 10), QDate(2026, 3, 9), QStringLiteral("请求0309"));
    // On time.
    planAt(id, m_now, QDate(2026, 3, 20), QDate(2026, 3, 3), QStringLiteral("请求0303"));

    const QList<RuleFinding> r10 =
        check(QStringLiteral("R10"), shanghai(2026, 3, 9, 0, 0), shanghai(2026, 3, 2, 0, 0));
    ASSERT_EQ(r10.size(), 2) << describe(r10);
    EXPECT_EQ(r10.at(0).customerId, id);
    EXPECT_TRUE(r10.at(0).detail.contains(QStringLiteral("请求0302"))) << describe(r10);
    EXPECT_TRUE(r10.at(1).detail.contains(QStringLiteral("请求0308"))) << describe(r10);
    // The latest on-time date for an item on Tuesday 3 March was Sunday 1 March.
    EXPECT_TRUE(r10.at(0).detail.contains(QStringLiteral("2026-03-01"))) << describe(r10);
    // The next week reports the request of 9 March.
    const QList<RuleFinding> next =
        check(QStringLiteral("R10"), shanghai(2026, 3, 16, 0, 0), shanghai(2026, 3, 9, 0, 0));
    ASSERT_EQ(next.size(), 1) << describe(next);
    EXPECT_TRUE(next.first().detail.contains(QStringLiteral("请求0309")));
}

TEST_F(RuleCheckTest, R11ReportsLateRecordsByRecordingTime)
{
    const QDateTime since = shanghai(2026, 3, 4, 10, 0);
    const QDateTime asOf = shanghai(2026, 3, 5, 10, 0);
    QStringList ids;
    for (const QString &name : {QStringLiteral("杭州华信科技"), QStringLiteral("杭州恒泰物流"),
                                QStringLiteral("杭州鼎盛电子"), QStringLiteral("杭州宏远环保"),
                                QStringLiteral("杭州明德数据")})
        ids << enter(name, shanghai(2026, 3, 2, 9, 0), shanghai(2026, 3, 2, 10, 0));
    const QList<QDateTime> recorded = {since.addSecs(-1), since, asOf.addSecs(-1), asOf};
    for (int i = 0; i < recorded.size(); ++i)
        recordAt(ids.at(i), recorded.at(i).addSecs(-3 * 3600), recorded.at(i)); // 3 h late
    recordAt(ids.at(4), since.addSecs(-1800), since.addSecs(1800)); // on time, in the period

    const QList<RuleFinding> r11 = check(QStringLiteral("R11"), asOf, since);
    EXPECT_EQ(customersOf(r11), (QStringList{ids.at(1), ids.at(2)})) << describe(r11);
    ASSERT_FALSE(r11.isEmpty());
    EXPECT_TRUE(r11.first().detail.contains(QStringLiteral("3 h 00 min"))) << describe(r11);
}

TEST_F(RuleCheckTest, FindingsAreOrderedByRuleThenCustomerId)
{
    // Entered in an order unlike the ids' order: SH2026001 first, then HZ2026001, HZ2026002.
    const QString sh = enterA(QStringLiteral("上海明德数据"), QString(), QStringLiteral("SH"));
    const QString hz = enterA(QStringLiteral("杭州华信科技"), QString());
    const QDateTime old = shanghai(2026, 1, 5, 9, 0);
    const QString stale = enter(QStringLiteral("杭州恒泰物流"), old, old.addSecs(3600), Grade::C);
    const QString lateEntry =
        enter(QStringLiteral("北京天合物流"), shanghai(2026, 3, 2, 9, 0),
              shanghai(2026, 3, 5, 9, 0), std::nullopt, QString(), QStringLiteral("BJ"));
    ASSERT_EQ(sh, QStringLiteral("SH2026001"));
    ASSERT_EQ(hz, QStringLiteral("HZ2026001"));
    recordAt(hz, shanghai(2026, 3, 3, 9, 0), shanghai(2026, 3, 3, 12, 0));         // R11
    recordAt(sh, shanghai(2026, 3, 3, 9, 0), shanghai(2026, 3, 3, 12, 0));         // R11
    planAt(sh, shanghai(2026, 3, 6, 9, 0), QDate(2026, 3, 10), QDate(2026, 3, 9)); // R8, R10
    planAt(hz, shanghai(2026, 3, 6, 9, 0), QDate(2026, 3, 10), QDate(2026, 3, 9)); // R8, R10

    const QList<RuleFinding> findings = check(shanghai(2026, 3, 9, 12, 0));
    const QStringList rules = [&] {
        QStringList seen;
        for (const RuleFinding &finding : findings) {
            if (!seen.contains(finding.rule))
                seen << finding.rule;
        }
        return seen;
    }();
    EXPECT_EQ(rules,
              (QStringList{QStringLiteral("R2"), QStringLiteral("R6"), QStringLiteral("R7"),
                           QStringLiteral("R8"), QStringLiteral("R10"), QStringLiteral("R11")}))
        << describe(findings);
    const bool ordered = std::is_sorted(findings.begin(), findings.end(),
                                        [](const RuleFinding &a, const RuleFinding &b) {
                                            const int ra = a.rule.mid(1).toInt();
                                            const int rb = b.rule.mid(1).toInt();
                                            return ra != rb ? ra < rb : a.customerId < b.customerId;
                                        });
    EXPECT_TRUE(ordered) << describe(findings);
    EXPECT_EQ(customersOf(only(findings, QStringLiteral("R2"))), QStringList{lateEntry});
    EXPECT_EQ(customersOf(only(findings, QStringLiteral("R7"))), QStringList{stale});
    for (const QString &rule : {QStringLiteral("R8"), QStringLiteral("R10"), QStringLiteral("R11")})
        EXPECT_EQ(customersOf(only(findings, rule)), (QStringList{hz, sh})) << rule.toStdString();
    // R6: both unowned with 1 record in the week of 2 March: a week and an owner finding each.
    EXPECT_EQ(customersOf(only(findings, QStringLiteral("R6"))), (QStringList{hz, hz, sh, sh}));
}
