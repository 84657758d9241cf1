// SPDX-License-Identifier: MIT
// My day (stage 2): what one user has to do today among the customers they own, computed from the
// data at the time asked: next actions, plan items, contacts to record, R6, R7 and R8.
#include "WorkspaceFixture.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/MyDayService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

#include <QTimeZone>

#include <algorithm>

using namespace sf;
using sf::test::shanghai;
using sf::test::succeeded;
using Kind = MyDayEntry::Kind;

namespace {

QList<MyDayEntry> ofKind(const MyDay &day, Kind kind)
{
    QList<MyDayEntry> kept;
    for (const MyDayEntry &entry : day.entries) {
        if (entry.kind == kind)
            kept.append(entry);
    }
    return kept;
}

QStringList customersOf(const QList<MyDayEntry> &entries)
{
    QStringList ids;
    for (const MyDayEntry &entry : entries)
        ids << entry.customerId;
    return ids;
}

// "kind HZ2026001 2026-03-04 late: text" lines, for failure messages.
std::string describe(const MyDay &day)
{
    QStringList lines;
    for (const MyDayEntry &entry : day.entries)
        lines << QString::number(int(entry.kind)) + u' ' + entry.customerId + u' ' +
                     entry.due.toString(Qt::ISODate) +
                     (entry.late ? QStringLiteral(" late: ") : QStringLiteral(": ")) + entry.text;
    return lines.join(u'\n').toStdString();
}

} // namespace

class MyDayTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 3, 4, 10, 0); // a Wednesday
        m_admin = m_ws->actor().login;
        addUser(QStringLiteral("senior"), Role::Rep, true);
        addUser(QStringLiteral("other"), Role::Rep, true);
        addUser(QStringLiteral("boss"), Role::Manager, false);
    }

    // Enters a customer (as the administrator, an hour after its first contact, graded at entry
    // when a grade is given); its id.
    QString enter(const QString &name, const QDateTime &firstContact,
                  std::optional<Grade> grade = std::nullopt,
                  const QString &owner = QStringLiteral("senior"))
    {
        m_now = firstContact.addSecs(3600);
        Customer c;
        c.name = name;
        c.region = QStringLiteral("HZ");
        c.firstContactAt = firstContact;
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.grade = grade;
        c.ownerLogin = owner;
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored)) << name.toStdString();
        return stored.ok() ? stored->id : QString();
    }

    // Records a contact at `contactAt` (recorded 10 minutes later), with a next action when given.
    void recordAt(const QString &customerId, const QDateTime &contactAt,
                  const QString &nextAction = {}, std::optional<QDate> nextDue = std::nullopt)
    {
        m_now = contactAt.addSecs(600);
        FollowUpRecord r;
        r.customerId = customerId;
        r.contactAt = contactAt;
        r.counterpart = QStringLiteral("技术总监李工");
        r.content = QStringLiteral("电话沟通需求细节");
        r.nextAction = nextAction;
        r.nextActionDue = nextDue;
        ASSERT_TRUE(succeeded(m_ws->followUps().record(r))) << customerId.toStdString();
    }

    void plan(const QString &customerId, const QString &action, QDate start, QDate due,
              PlanItemStatus status = PlanItemStatus::Planned, int progress = 0)
    {
        PlanItem item;
        item.customerId = customerId;
        item.action = action;
        item.counterpart = QStringLiteral("技术总监李工");
        item.start = start;
        item.due = due;
        item.status = status;
        item.progress = progress;
        auto saved = m_ws->followUps().addPlanItem(item);
        ASSERT_TRUE(succeeded(saved)) << action.toStdString();
    }

    // The day of `owner` (default: the acting user's) at `at`.
    MyDay dayAt(const QDateTime &at, const QString &owner = QStringLiteral("senior"))
    {
        m_now = at;
        auto day = m_ws->myDay().day(owner);
        EXPECT_TRUE(succeeded(day));
        return day.ok() ? *day : MyDay{};
    }

    QString m_admin;
};

TEST_F(MyDayTest, NextActionsComeFromEachCustomersLatestRecordOnly)
{
    const QDateTime known = shanghai(2026, 2, 23, 9, 0);
    const QString laterNotDue = enter(QStringLiteral("杭州华信科技"), known);
    const QString dueToday = enter(QStringLiteral("杭州恒泰物流"), known);
    const QString overdue = enter(QStringLiteral("杭州鼎盛电子"), known);
    const QString latestWithout = enter(QStringLiteral("杭州宏远环保"), known);
    const QString enteredOutOfOrder = enter(QStringLiteral("杭州明德数据"), known);
    const QString othersOverdue =
        enter(QStringLiteral("杭州天合物流"), known, std::nullopt, QStringLiteral("other"));

    // An overdue next action, superseded by a later record whose next action is not due yet.
    recordAt(laterNotDue, shanghai(2026, 3, 2, 10, 0), QStringLiteral("发送报价单"),
             QDate(2026, 3, 3));
    recordAt(laterNotDue, shanghai(2026, 3, 3, 10, 0), QStringLiteral("电话回访"),
             QDate(2026, 3, 10));
    recordAt(dueToday, shanghai(2026, 3, 2, 10, 0));
    recordAt(dueToday, shanghai(2026, 3, 3, 15, 0), QStringLiteral("发送竞品对比"),
             QDate(2026, 3, 4));
    recordAt(overdue, shanghai(2026, 3, 3, 9, 0), QStringLiteral("提交技术方案"),
             QDate(2026, 3, 3));
    // The latest record has no next action: the older one's is done with.
    recordAt(latestWithout, shanghai(2026, 3, 2, 10, 0), QStringLiteral("寄送样品"),
             QDate(2026, 3, 2));
    recordAt(latestWithout, shanghai(2026, 3, 3, 11, 0));
    // Latest by contact time, not by the order of recording: an older contact recorded last.
    recordAt(enteredOutOfOrder, shanghai(2026, 3, 3, 16, 0), QStringLiteral("预约演示"),
             QDate(2026, 3, 3));
    recordAt(enteredOutOfOrder, shanghai(2026, 3, 1, 16, 0));
    recordAt(othersOverdue, shanghai(2026, 3, 3, 9, 0), QStringLiteral("催回款"),
             QDate(2026, 3, 3));

    const MyDay day = dayAt(shanghai(2026, 3, 4, 10, 0));
    EXPECT_EQ(day.ownerLogin, QStringLiteral("senior"));
    EXPECT_EQ(day.today, QDate(2026, 3, 4));
    const QList<MyDayEntry> actions = ofKind(day, Kind::NextAction);
    ASSERT_EQ(customersOf(actions), (QStringList{overdue, enteredOutOfOrder, dueToday}))
        << describe(day);
    EXPECT_EQ(day.count(Kind::NextAction), 3);
    EXPECT_EQ(actions.at(0).text, QStringLiteral("提交技术方案"));
    EXPECT_EQ(actions.at(0).due, QDate(2026, 3, 3));
    EXPECT_TRUE(actions.at(0).late);
    EXPECT_EQ(actions.at(0).customerName, QStringLiteral("杭州鼎盛电子"));
    EXPECT_EQ(actions.at(1).text, QStringLiteral("预约演示"));
    EXPECT_EQ(actions.at(2).text, QStringLiteral("发送竞品对比"));
    EXPECT_EQ(actions.at(2).due, QDate(2026, 3, 4));
    EXPECT_FALSE(actions.at(2).late); // due today is not late

    // The other rep's day has their own overdue next action only.
    EXPECT_EQ(customersOf(ofKind(dayAt(m_now, QStringLiteral("other")), Kind::NextAction)),
              QStringList{othersOverdue});
    // A week later the next action of the first customer is due as well.
    EXPECT_EQ(customersOf(ofKind(dayAt(shanghai(2026, 3, 10, 9, 0)), Kind::NextAction)),
              (QStringList{overdue, enteredOutOfOrder, dueToday, laterNotDue}));
}

TEST_F(MyDayTest, PlanItemsDueTodayOrOverdueUnlessDoneOrCancelled)
{
    const QString id = enter(QStringLiteral("杭州华信科技"), shanghai(2026, 2, 23, 9, 0));
    const QString others = enter(QStringLiteral("杭州恒泰物流"), shanghai(2026, 2, 23, 9, 0),
                                 std::nullopt, QStringLiteral("other"));
    plan(id, QStringLiteral("今天到期"), QDate(2026, 3, 2), QDate(2026, 3, 4));
    plan(id, QStringLiteral("昨天到期"), QDate(2026, 3, 2), QDate(2026, 3, 3),
         PlanItemStatus::InProgress, 40);
    plan(id, QStringLiteral("已完成"), QDate(2026, 3, 2), QDate(2026, 3, 3), PlanItemStatus::Done,
         100);
    plan(id, QStringLiteral("已取消"), QDate(2026, 3, 2), QDate(2026, 3, 2),
         PlanItemStatus::Cancelled);
    plan(id, QStringLiteral("明天到期"), QDate(2026, 3, 2), QDate(2026, 3, 5));
    plan(others, QStringLiteral("别人的"), QDate(2026, 3, 2), QDate(2026, 3, 3));

    const MyDay day = dayAt(shanghai(2026, 3, 4, 10, 0));
    const QList<MyDayEntry> items = ofKind(day, Kind::PlanItem);
    ASSERT_EQ(items.size(), 2) << describe(day);
    EXPECT_EQ(customersOf(items), (QStringList{id, id}));
    EXPECT_TRUE(items.at(0).text.contains(QStringLiteral("昨天到期"))) << describe(day);
    EXPECT_TRUE(items.at(0).text.contains(QStringLiteral("40%"))) << describe(day);
    EXPECT_EQ(items.at(0).due, QDate(2026, 3, 3));
    EXPECT_TRUE(items.at(0).late);
    EXPECT_TRUE(items.at(1).text.contains(QStringLiteral("今天到期"))) << describe(day);
    EXPECT_EQ(items.at(1).due, QDate(2026, 3, 4));
    EXPECT_FALSE(items.at(1).late);

    // Late on Wednesday evening in UTC is already Thursday in Shanghai: tomorrow's item is due.
    const MyDay thursday = dayAt(QDateTime(QDate(2026, 3, 4), QTime(16, 30), QTimeZone::utc()));
    EXPECT_EQ(thursday.today, QDate(2026, 3, 5));
    EXPECT_EQ(thursday.count(Kind::PlanItem), 3) << describe(thursday);
}

TEST_F(MyDayTest, RecordToWriteIsAnItemUnderWayWithoutAContactSinceItStarted)
{
    const QDateTime known = shanghai(2026, 2, 23, 9, 0);
    const QString none = enter(QStringLiteral("杭州华信科技"), known);
    const QString morningCall = enter(QStringLiteral("杭州恒泰物流"), known);
    const QString eveBefore = enter(QStringLiteral("杭州鼎盛电子"), known);
    const QString notStarted = enter(QStringLiteral("杭州宏远环保"), known);
    const QString ended = enter(QStringLiteral("杭州明德数据"), known);
    const QString done = enter(QStringLiteral("杭州天合物流"), known);
    for (const QString &id : {none, morningCall, eveBefore})
        plan(id, QStringLiteral("现场演示"), QDate(2026, 3, 3), QDate(2026, 3, 6));
    plan(notStarted, QStringLiteral("现场演示"), QDate(2026, 3, 5), QDate(2026, 3, 6));
    plan(ended, QStringLiteral("现场演示"), QDate(2026, 3, 2), QDate(2026, 3, 3));
    plan(done, QStringLiteral("现场演示"), QDate(2026, 3, 3), QDate(2026, 3, 6),
         PlanItemStatus::Done, 100);
    // 07:30 on the start day in Shanghai is still the day before in UTC: it is since the start.
    recordAt(morningCall, shanghai(2026, 3, 3, 7, 30));
    // 23:00 the evening before the start is not.
    recordAt(eveBefore, shanghai(2026, 3, 2, 23, 0));

    const MyDay day = dayAt(shanghai(2026, 3, 4, 10, 0));
    const QList<MyDayEntry> toRecord = ofKind(day, Kind::RecordToWrite);
    EXPECT_EQ(customersOf(toRecord), (QStringList{none, eveBefore})) << describe(day);
    for (const MyDayEntry &entry : toRecord) {
        EXPECT_TRUE(entry.text.contains(QStringLiteral("现场演示")));
        EXPECT_TRUE(entry.text.contains(QStringLiteral("R11")));
        EXPECT_EQ(entry.due, QDate(2026, 3, 6));
        EXPECT_FALSE(entry.late);
    }

    // Once the contact is recorded the entry goes.
    recordAt(none, shanghai(2026, 3, 4, 9, 0));
    EXPECT_EQ(customersOf(ofKind(dayAt(shanghai(2026, 3, 4, 10, 0)), Kind::RecordToWrite)),
              QStringList{eveBefore});
}

// R6 this week: contacts since Monday 00:00 in Asia/Shanghai; Sunday 23:59 is last week.
TEST_F(MyDayTest, ShortOfTwoCountsContactsSinceLocalMondayMidnight)
{
    const QDateTime known = shanghai(2026, 2, 16, 9, 0);
    const QString zero = enter(QStringLiteral("杭州华信科技"), known, Grade::A);
    const QString sundayNight = enter(QStringLiteral("杭州恒泰物流"), known, Grade::A);
    const QString earlyMonday = enter(QStringLiteral("杭州鼎盛电子"), known, Grade::A);
    const QString two = enter(QStringLiteral("杭州宏远环保"), known, Grade::A);
    const QString b = enter(QStringLiteral("杭州明德数据"), known, Grade::B);
    const QString othersA =
        enter(QStringLiteral("杭州天合物流"), known, Grade::A, QStringLiteral("other"));

    recordAt(sundayNight, shanghai(2026, 3, 1, 23, 59));
    recordAt(sundayNight, shanghai(2026, 3, 2, 0, 0));
    // Monday 07:00 in Shanghai is Sunday 23:00 UTC: this week all the same.
    recordAt(earlyMonday, shanghai(2026, 3, 2, 7, 0));
    recordAt(earlyMonday, shanghai(2026, 3, 3, 10, 0));
    recordAt(two, shanghai(2026, 3, 2, 10, 0));
    recordAt(two, shanghai(2026, 3, 3, 10, 0));

    const MyDay day = dayAt(shanghai(2026, 3, 4, 10, 0));
    const QList<MyDayEntry> short2 = ofKind(day, Kind::ShortOfTwo);
    ASSERT_EQ(customersOf(short2), (QStringList{zero, sundayNight})) << describe(day);
    EXPECT_TRUE(short2.at(0).text.startsWith(QStringLiteral("0 "))) << describe(day);
    EXPECT_TRUE(short2.at(1).text.startsWith(QStringLiteral("1 "))) << describe(day);
    EXPECT_TRUE(short2.at(1).text.contains(QStringLiteral("R6")));
    for (const MyDayEntry &entry : short2) {
        EXPECT_EQ(entry.due, QDate(2026, 3, 8)); // by Sunday
        EXPECT_FALSE(entry.late);
    }
    EXPECT_FALSE(customersOf(short2).contains(b));
    EXPECT_FALSE(customersOf(short2).contains(othersA));

    // The last second of the week counts the same contacts.
    EXPECT_EQ(customersOf(ofKind(dayAt(shanghai(2026, 3, 8, 23, 59, 59)), Kind::ShortOfTwo)),
              (QStringList{zero, sundayNight}));
    // Monday 00:00 local (Sunday 16:00 UTC) starts a new week without any contact yet.
    const MyDay monday = dayAt(shanghai(2026, 3, 9, 0, 0));
    EXPECT_EQ(monday.today, QDate(2026, 3, 9));
    const QList<MyDayEntry> newWeek = ofKind(monday, Kind::ShortOfTwo);
    EXPECT_EQ(customersOf(newWeek), (QStringList{zero, sundayNight, earlyMonday, two}))
        << describe(monday);
    for (const MyDayEntry &entry : newWeek) {
        EXPECT_TRUE(entry.text.startsWith(QStringLiteral("0 "))) << describe(monday);
        EXPECT_EQ(entry.due, QDate(2026, 3, 15));
    }
}

// R7: a C customer is due after more than the interval (30 days by default) without contact.
TEST_F(MyDayTest, MaintenanceFollowsTheIntervalSetting)
{
    const QDateTime t = shanghai(2026, 3, 4, 10, 0);
    const QString c31 = enter(QStringLiteral("杭州华信科技"), t.addDays(-31), Grade::C);
    const QString c30 = enter(QStringLiteral("杭州恒泰物流"), t.addDays(-30), Grade::C);
    const QString c29 = enter(QStringLiteral("杭州鼎盛电子"), t.addDays(-29), Grade::C);
    const QString contacted29 = enter(QStringLiteral("杭州宏远环保"), t.addDays(-40), Grade::C);
    const QString contacted35 = enter(QStringLiteral("杭州明德数据"), t.addDays(-50), Grade::C);
    const QString a31 = enter(QStringLiteral("杭州天合物流"), t.addDays(-31), Grade::A);
    const QString ungraded31 = enter(QStringLiteral("杭州星辰电子"), t.addDays(-31));
    const QString others31 =
        enter(QStringLiteral("杭州启明软件"), t.addDays(-31), Grade::C, QStringLiteral("other"));
    recordAt(contacted29, t.addDays(-29).addSecs(-3600));
    recordAt(contacted35, t.addDays(-35));

    EXPECT_EQ(m_ws->settings().maintenanceDays(), 30);
    const MyDay day = dayAt(t);
    const QList<MyDayEntry> due = ofKind(day, Kind::Maintenance);
    // Longest without contact first.
    ASSERT_EQ(customersOf(due), (QStringList{contacted35, c31})) << describe(day);
    EXPECT_TRUE(due.at(0).text.contains(QStringLiteral("35 days"))) << describe(day);
    EXPECT_TRUE(due.at(1).text.contains(QStringLiteral("31 days"))) << describe(day);
    EXPECT_TRUE(due.at(1).text.contains(QStringLiteral("30 days"))) << describe(day);
    EXPECT_EQ(due.at(0).due, QDate(2026, 1, 28).addDays(30));
    EXPECT_EQ(due.at(1).due, QDate(2026, 3, 3));
    for (const MyDayEntry &entry : due)
        EXPECT_TRUE(entry.late);
    for (const QString &id : {a31, ungraded31, others31})
        EXPECT_FALSE(customersOf(due).contains(id)) << id.toStdString();

    // One second past 30 days is due.
    EXPECT_TRUE(customersOf(ofKind(dayAt(t.addSecs(1)), Kind::Maintenance)).contains(c30));

    // A shorter interval (an administrator's setting) lists more.
    m_now = t;
    ASSERT_TRUE(succeeded(m_ws->settings().setMaintenanceDays(28)));
    const MyDay shorter = dayAt(t);
    QStringList ids = customersOf(ofKind(shorter, Kind::Maintenance));
    EXPECT_EQ(ids.size(), 5) << describe(shorter);
    ids.sort();
    QStringList expected{c31, c30, c29, contacted29, contacted35};
    expected.sort();
    EXPECT_EQ(ids, expected) << describe(shorter);
    for (const MyDayEntry &entry : ofKind(shorter, Kind::Maintenance))
        EXPECT_TRUE(entry.text.contains(QStringLiteral("every 28 days"))) << describe(shorter);
}

// R8: the plan of an A customer is due by the end of the 3rd working day after the later of the
// first contact and the grading as A.
TEST_F(MyDayTest, PlanDueCountsWorkingDaysAcrossTheWeekend)
{
    // First contact and graded A on Thursday 5 March: Friday 6, Monday 9, Tuesday 10.
    const QString thursday =
        enter(QStringLiteral("杭州华信科技"), shanghai(2026, 3, 5, 9, 0), Grade::A);
    const QString planned =
        enter(QStringLiteral("杭州恒泰物流"), shanghai(2026, 3, 5, 9, 0), Grade::A);
    plan(planned, QStringLiteral("拜访技术总监"), QDate(2026, 3, 9), QDate(2026, 3, 9));
    // Known since Monday 2 March as B, graded A on Friday 6 March: Monday 9 to Wednesday 11.
    const QString promoted =
        enter(QStringLiteral("杭州鼎盛电子"), shanghai(2026, 3, 2, 9, 0), Grade::B);
    const QString othersA = enter(QStringLiteral("杭州宏远环保"), shanghai(2026, 3, 5, 9, 0),
                                  Grade::A, QStringLiteral("other"));
    m_now = shanghai(2026, 3, 6, 15, 0);
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));
    GradeDecision a;
    a.grade = Grade::A;
    a.reason = QStringLiteral("预算已批，决策人明确");
    ASSERT_TRUE(succeeded(m_ws->customers().grade({promoted}, a)));
    ASSERT_TRUE(succeeded(m_ws->actAs(m_admin)));

    const MyDay monday = dayAt(shanghai(2026, 3, 9, 10, 0));
    const QList<MyDayEntry> due = ofKind(monday, Kind::PlanDue);
    ASSERT_EQ(customersOf(due), (QStringList{thursday, promoted})) << describe(monday);
    EXPECT_EQ(due.at(0).due, QDate(2026, 3, 10));
    EXPECT_TRUE(due.at(0).text.contains(QStringLiteral("2026-03-10 23:59"))) << describe(monday);
    EXPECT_FALSE(due.at(0).late);
    EXPECT_EQ(due.at(1).due, QDate(2026, 3, 11));
    EXPECT_TRUE(due.at(1).text.contains(QStringLiteral("2026-03-11 23:59"))) << describe(monday);
    EXPECT_FALSE(due.at(1).late);
    EXPECT_FALSE(customersOf(due).contains(othersA));

    const auto late = [&](const QDateTime &at) {
        QStringList ids;
        for (const MyDayEntry &entry : ofKind(dayAt(at), Kind::PlanDue)) {
            if (entry.late)
                ids << entry.customerId;
        }
        return ids;
    };
    EXPECT_EQ(late(shanghai(2026, 3, 10, 23, 59, 59)), QStringList{});
    EXPECT_EQ(late(shanghai(2026, 3, 11, 0, 0)), QStringList{thursday});
    EXPECT_EQ(late(shanghai(2026, 3, 11, 23, 59, 59)), QStringList{thursday});
    EXPECT_EQ(late(shanghai(2026, 3, 12, 0, 0)), (QStringList{thursday, promoted}));

    // A plan, even a late one, ends the reminder.
    m_now = shanghai(2026, 3, 12, 9, 0);
    plan(thursday, QStringLiteral("拜访技术总监"), QDate(2026, 3, 13), QDate(2026, 3, 13));
    EXPECT_EQ(customersOf(ofKind(dayAt(shanghai(2026, 3, 12, 10, 0)), Kind::PlanDue)),
              QStringList{promoted});
}

TEST_F(MyDayTest, OnlyTheOwnersCustomersAreListed)
{
    const QDateTime known = shanghai(2026, 2, 2, 9, 0);
    QStringList notMine;
    // Everything My day can list, for the other rep's customers and for nobody's.
    for (const QString &owner : {QStringLiteral("other"), QString()}) {
        const QString a = enter(QStringLiteral("外部A客户") + owner, known, Grade::A, owner);
        const QString c = enter(QStringLiteral("外部C客户") + owner, known, Grade::C, owner);
        recordAt(a, shanghai(2026, 3, 3, 9, 0), QStringLiteral("提交方案"), QDate(2026, 3, 3));
        m_now = shanghai(2026, 3, 3, 10, 0);
        plan(c, QStringLiteral("现场演示"), QDate(2026, 3, 3), QDate(2026, 3, 4));
        notMine << a << c;
    }
    const QString mine = enter(QStringLiteral("杭州华信科技"), known, Grade::A);

    const MyDay day = dayAt(shanghai(2026, 3, 4, 10, 0));
    ASSERT_FALSE(day.entries.isEmpty());
    for (const MyDayEntry &entry : day.entries)
        EXPECT_EQ(entry.customerId, mine) << describe(day);
    EXPECT_EQ(day.count(Kind::ShortOfTwo), 1);
    EXPECT_EQ(day.count(Kind::PlanDue), 1);

    // The other rep's day lists their own and nothing of the senior rep's or of nobody's.
    const MyDay others = dayAt(shanghai(2026, 3, 4, 10, 0), QStringLiteral("other"));
    EXPECT_EQ(others.count(Kind::NextAction), 1) << describe(others);
    EXPECT_EQ(others.count(Kind::PlanItem), 1) << describe(others);
    EXPECT_EQ(others.count(Kind::Maintenance), 1) << describe(others);
    for (const MyDayEntry &entry : others.entries)
        EXPECT_TRUE(entry.customerId == notMine.at(0) || entry.customerId == notMine.at(1))
            << describe(others);
}

TEST_F(MyDayTest, ARepSeesOnlyTheirOwnDayAManagerAnyRepsDay)
{
    const QString mine =
        enter(QStringLiteral("杭州华信科技"), shanghai(2026, 3, 2, 9, 0), Grade::A);
    enter(QStringLiteral("杭州恒泰物流"), shanghai(2026, 3, 2, 9, 0), Grade::A,
          QStringLiteral("other"));
    m_now = shanghai(2026, 3, 4, 10, 0);

    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("senior"))));
    auto refused = m_ws->myDay().day(QStringLiteral("other"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    EXPECT_FALSE(refused.error().message.isEmpty());
    auto own = m_ws->myDay().day();
    ASSERT_TRUE(succeeded(own));
    EXPECT_EQ(own->ownerLogin, QStringLiteral("senior"));
    EXPECT_EQ(customersOf(ofKind(*own, Kind::ShortOfTwo)), QStringList{mine});
    auto byName = m_ws->myDay().day(QStringLiteral("senior"));
    ASSERT_TRUE(succeeded(byName));
    EXPECT_EQ(byName->entries.size(), own->entries.size());

    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));
    auto managers = m_ws->myDay().day(QStringLiteral("senior"));
    ASSERT_TRUE(succeeded(managers));
    EXPECT_EQ(managers->ownerLogin, QStringLiteral("senior"));
    ASSERT_EQ(managers->entries.size(), own->entries.size());
    for (qsizetype i = 0; i < own->entries.size(); ++i) {
        EXPECT_EQ(managers->entries.at(i).customerId, own->entries.at(i).customerId);
        EXPECT_EQ(managers->entries.at(i).kind, own->entries.at(i).kind);
    }
    auto bossOwn = m_ws->myDay().day();
    ASSERT_TRUE(succeeded(bossOwn));
    EXPECT_EQ(bossOwn->ownerLogin, QStringLiteral("boss"));
    EXPECT_TRUE(bossOwn->entries.isEmpty()) << describe(*bossOwn);
}
