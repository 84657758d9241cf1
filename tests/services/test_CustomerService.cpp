// SPDX-License-Identifier: MIT
// Stage 1: entering, editing, grading, assigning, tagging and listing customers (R1–R6,
// duplicates).
#include "WorkspaceFixture.h"
#include "services/CustomerService.h"
#include "services/UserService.h"

#include <QMap>
#include <QTimeZone>

#include <algorithm>

using namespace sf;
using sf::test::refusedAs;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

QStringList idsOf(const QList<CustomerRow> &rows)
{
    QStringList ids;
    for (const CustomerRow &row : rows)
        ids << row.id;
    return ids;
}

} // namespace

class CustomerServiceTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 3, 2, 9, 0); // a Monday
    }

    CustomerService &customers() { return m_ws->customers(); }

    static Customer draft(const QString &name, const QString &region = QStringLiteral("HZ"),
                          const QString &phone = QString())
    {
        Customer c;
        c.name = name;
        c.region = region;
        c.firstContactAt = shanghai(2026, 3, 2, 8, 0); // an hour ago
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线，先试点销售部");
        if (!phone.isEmpty())
            c.contacts.append(
                {0, QStringLiteral("王伟"), QStringLiteral("CTO"), phone, {}, {}, true});
        return c;
    }

    Customer created(const Customer &c)
    {
        auto stored = customers().create(c);
        EXPECT_TRUE(succeeded(stored));
        return stored.ok() ? *stored : Customer{};
    }

    // The customer as stored now.
    Customer reload(const QString &id)
    {
        auto found = customers().find(id);
        EXPECT_TRUE(succeeded(found));
        EXPECT_TRUE(found.ok() && found->has_value()) << id.toStdString();
        return found.ok() && found->has_value() ? **found : Customer{};
    }

    // Adds a user as the administrator (the actor stays the administrator).
    QStringList listed(const CustomerFilter &filter, int limit = 100)
    {
        auto list = customers().list(filter, {}, limit);
        EXPECT_TRUE(succeeded(list));
        return list.ok() ? idsOf(list->rows) : QStringList{QStringLiteral("error")};
    }

    QStringList searched(const QString &text)
    {
        CustomerFilter filter;
        filter.search = text;
        return listed(filter);
    }
};

TEST_F(CustomerServiceTest, IssuesIdsPerRegionAndYear)
{
    EXPECT_EQ(created(draft(QStringLiteral("杭州华信科技"))).id, QStringLiteral("HZ2026001"));
    EXPECT_EQ(created(draft(QStringLiteral("杭州恒泰物流"))).id, QStringLiteral("HZ2026002"));
    EXPECT_EQ(created(draft(QStringLiteral("上海明德数据"), QStringLiteral("SH"))).id,
              QStringLiteral("SH2026001"));
    auto check = customers().check(draft(QStringLiteral("杭州鼎盛电子")));
    ASSERT_TRUE(succeeded(check));
    EXPECT_EQ(check->issuedId, QStringLiteral("HZ2026003"));

    // The year is the year of entry in the team's zone: 2025-12-31 23:30 in Shanghai is 15:30 UTC.
    m_now = shanghai(2025, 12, 31, 23, 30);
    Customer late2025 = draft(QStringLiteral("杭州宏远环保"));
    late2025.firstContactAt = shanghai(2025, 12, 30);
    EXPECT_EQ(created(late2025).id, QStringLiteral("HZ2025001"));
}

TEST_F(CustomerServiceTest, AGivenIdIsValidatedAndReserved)
{
    Customer malformed = draft(QStringLiteral("杭州华信科技"));
    malformed.id = QStringLiteral("HZ26001");
    auto refused = customers().create(malformed);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R1")));

    Customer unknownRegion = draft(QStringLiteral("杭州华信科技"));
    unknownRegion.id = QStringLiteral("QQ2026001");
    refused = customers().create(unknownRegion);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R1")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("QQ")));

    Customer given = draft(QStringLiteral("杭州华信科技"));
    given.id = QStringLiteral("HZ2026010");
    EXPECT_EQ(created(given).id, QStringLiteral("HZ2026010"));
    // The counter moved up past the given id: the next issued id never collides.
    EXPECT_EQ(created(draft(QStringLiteral("杭州恒泰物流"))).id, QStringLiteral("HZ2026011"));

    Customer taken = draft(QStringLiteral("杭州鼎盛电子"));
    taken.id = QStringLiteral("HZ2026010");
    auto check = customers().check(taken);
    ASSERT_TRUE(succeeded(check));
    EXPECT_TRUE(check->blocking());
    EXPECT_TRUE(check->idProblem.contains(QStringLiteral("HZ2026010")));
    refused = customers().create(taken);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Conflict));
    EXPECT_EQ(listed({}), (QStringList{QStringLiteral("HZ2026010"), QStringLiteral("HZ2026011")}));
}

TEST_F(CustomerServiceTest, AGivenIdMustBelongToTheCustomersRegion)
{
    Customer other = draft(QStringLiteral("上海明德数据"), QStringLiteral("SH"));
    other.id = QStringLiteral("HZ2026010");
    auto check = customers().check(other);
    ASSERT_TRUE(succeeded(check));
    EXPECT_TRUE(check->blocking());
    EXPECT_TRUE(check->idProblem.contains(QStringLiteral("SH"))) << check->idProblem.toStdString();
    auto refused = customers().create(other);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R1")));
    other.id = QStringLiteral("SH2026010");
    EXPECT_EQ(created(other).id, QStringLiteral("SH2026010"));
    // The Hangzhou counter did not move.
    EXPECT_EQ(created(draft(QStringLiteral("杭州恒泰物流"))).id, QStringLiteral("HZ2026001"));
}

TEST_F(CustomerServiceTest, ARepEntersCustomersButDoesNotGradeThem)
{
    actAsNew(QStringLiteral("rep1"), Role::Rep);
    Customer graded = draft(QStringLiteral("杭州华信科技"));
    graded.grade = Grade::A;
    auto refused = customers().create(graded);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Permission));
    EXPECT_EQ(listed({}), QStringList{});
    // Without a grade the rep's lead is entered, and the rep owns it.
    const Customer lead = created(draft(QStringLiteral("杭州华信科技")));
    EXPECT_EQ(lead.ownerLogin, QStringLiteral("rep1"));
    EXPECT_FALSE(lead.grade.has_value());
    EXPECT_EQ(reload(lead.id).ownerLogin, QStringLiteral("rep1"));
}

TEST_F(CustomerServiceTest, RefusesMissingFields)
{
    Customer noName = draft(QStringLiteral("  "));
    EXPECT_TRUE(refusedAs(customers().create(noName), ErrorKind::Invalid));
    Customer noContact = draft(QStringLiteral("杭州华信科技"));
    noContact.firstContactAt = {};
    EXPECT_TRUE(refusedAs(customers().create(noContact), ErrorKind::Invalid));
    Customer future = draft(QStringLiteral("杭州华信科技"));
    future.firstContactAt = m_now.addDays(1);
    EXPECT_TRUE(refusedAs(customers().create(future), ErrorKind::Invalid));
    Customer noRegion = draft(QStringLiteral("杭州华信科技"), QString());
    EXPECT_TRUE(refusedAs(customers().create(noRegion), ErrorKind::Invalid));
    EXPECT_EQ(listed({}), QStringList{});
}

TEST_F(CustomerServiceTest, LateEntryCountsWorkingDaysAcrossAHoliday)
{
    // Friday 2026-04-03, then the Qingming holiday (4–6 April): the next working day is Tuesday
    // 7 April, so the entry is due by 2026-04-07 23:59:59 in Shanghai.
    Customer lead = draft(QStringLiteral("杭州华信科技"));
    lead.firstContactAt = shanghai(2026, 4, 3, 16, 30);
    const QDateTime deadline = shanghai(2026, 4, 7, 23, 59, 59);

    m_now = shanghai(2026, 4, 7, 20, 0); // Monday the 6th is a holiday: still on time
    auto check = customers().check(lead);
    ASSERT_TRUE(succeeded(check));
    EXPECT_EQ(check->entryDeadline, deadline);
    EXPECT_FALSE(check->lateEntry);

    m_now = deadline; // exactly at the deadline second
    EXPECT_FALSE(created(lead).lateEntry);

    Customer next = lead;
    next.name = QStringLiteral("杭州恒泰物流");
    m_now = deadline.addSecs(1);
    EXPECT_TRUE(customers().check(next)->lateEntry);
    const Customer late = created(next);
    EXPECT_TRUE(late.lateEntry);
    EXPECT_TRUE(reload(late.id).lateEntry);
    EXPECT_EQ(reload(late.id).enteredAt, deadline.addSecs(1));

    CustomerFilter lateOnly;
    lateOnly.lateOnly = true;
    EXPECT_EQ(listed(lateOnly), QStringList{late.id});
}

TEST_F(CustomerServiceTest, AMakeUpSaturdayIsTheNextWorkingDay)
{
    // Friday 2026-02-27; Saturday 28 February is a make-up working day (调休) for the Spring
    // Festival, so the entry was due that Saturday, and Monday is late.
    Customer lead = draft(QStringLiteral("杭州华信科技"));
    lead.firstContactAt = shanghai(2026, 2, 27, 15, 0);
    m_now = shanghai(2026, 3, 2, 9, 0);
    auto check = customers().check(lead);
    ASSERT_TRUE(succeeded(check));
    EXPECT_EQ(check->entryDeadline, shanghai(2026, 2, 28, 23, 59, 59));
    EXPECT_TRUE(created(lead).lateEntry);

    // On a plain Monday, entering on Tuesday is on time.
    Customer monday = draft(QStringLiteral("杭州恒泰物流"));
    monday.firstContactAt = shanghai(2026, 3, 2, 17, 0);
    m_now = shanghai(2026, 3, 3, 23, 0);
    EXPECT_FALSE(created(monday).lateEntry);
}

TEST_F(CustomerServiceTest, VagueNeedsWarnButDoNotBlock)
{
    Customer vague = draft(QStringLiteral("杭州华信科技"));
    vague.needs = QStringLiteral("有软件需求");
    auto check = customers().check(vague);
    ASSERT_TRUE(succeeded(check));
    EXPECT_TRUE(check->needs.vague());
    EXPECT_TRUE(check->needs.missingBudget);
    EXPECT_FALSE(check->blocking());
    EXPECT_TRUE(customers().create(vague).ok());

    auto specific = customers().check(draft(QStringLiteral("杭州恒泰物流")));
    ASSERT_TRUE(succeeded(specific));
    EXPECT_FALSE(specific->needs.vague());
}

TEST_F(CustomerServiceTest, RefusesADuplicateNameUnlessConfirmed)
{
    const Customer first = created(draft(QStringLiteral("杭州 ABC科技有限公司")));
    // Full-width letters, case, spaces and another company suffix do not matter.
    const Customer same = draft(QStringLiteral(" 杭州ａｂｃ 科技股份有限公司"));
    auto check = customers().check(same);
    ASSERT_TRUE(succeeded(check));
    ASSERT_EQ(check->duplicates.size(), 1);
    EXPECT_EQ(check->duplicates.first().on, DuplicateMatch::On::Name);
    EXPECT_EQ(check->duplicates.first().customerId, first.id);
    EXPECT_FALSE(check->blocking()); // a duplicate needs a confirmation, not a correction

    auto refused = customers().create(same);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Conflict));
    EXPECT_TRUE(refused.error().message.contains(first.id));
    EXPECT_EQ(listed({}).size(), 1);

    auto confirmed = customers().create(same, true);
    ASSERT_TRUE(succeeded(confirmed));
    EXPECT_EQ(confirmed->id, QStringLiteral("HZ2026002"));

    // A name that only shares a prefix is not a duplicate.
    EXPECT_TRUE(customers().check(draft(QStringLiteral("杭州ABC")))->duplicates.isEmpty());
}

TEST_F(CustomerServiceTest, RefusesADuplicatePhoneUnlessConfirmed)
{
    const Customer landline = created(draft(QStringLiteral("杭州华信科技"), QStringLiteral("HZ"),
                                            QStringLiteral("0571-8888-6666")));
    const Customer mobile = created(draft(QStringLiteral("上海明德数据"), QStringLiteral("SH"),
                                          QStringLiteral("138 0013 8000")));

    auto check = customers().check(draft(QStringLiteral("杭州恒泰物流"), QStringLiteral("HZ"),
                                         QStringLiteral("+86 571 8888 6666")));
    ASSERT_TRUE(succeeded(check));
    ASSERT_EQ(check->duplicates.size(), 1);
    EXPECT_EQ(check->duplicates.first().on, DuplicateMatch::On::Phone);
    EXPECT_EQ(check->duplicates.first().customerId, landline.id);
    EXPECT_EQ(check->duplicates.first().phone, QStringLiteral("0571-8888-6666"));

    const Customer sameMobile = draft(QStringLiteral("北京天合软件"), QStringLiteral("BJ"),
                                      QStringLiteral("+86-138-0013-8000"));
    auto refused = customers().create(sameMobile);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Conflict));
    EXPECT_TRUE(refused.error().message.contains(mobile.id));
    EXPECT_TRUE(customers().create(sameMobile, true).ok());

    EXPECT_TRUE(customers()
                    .check(draft(QStringLiteral("深圳星辰"), QStringLiteral("SZ"),
                                 QStringLiteral("0755-8888-6666")))
                    ->duplicates.isEmpty());
}

TEST_F(CustomerServiceTest, EditsAndRefusesAStaleEdit)
{
    const Customer stored = created(draft(QStringLiteral("杭州华信科技")));
    Customer mine = reload(stored.id);
    Customer theirs = mine; // read before my change
    mine.industry = QStringLiteral("软件与信息技术");
    mine.name = QStringLiteral("杭州华信智能科技");
    auto saved = customers().update(mine);
    ASSERT_TRUE(succeeded(saved));
    EXPECT_EQ(saved->version, stored.version + 1);

    theirs.industry = QStringLiteral("装备制造");
    auto stale = customers().update(theirs);
    ASSERT_TRUE(refusedAs(stale, ErrorKind::Conflict));
    // Who changed it, when, and what: the fields of that change.
    EXPECT_TRUE(stale.error().message.contains(m_ws->actor().login))
        << stale.error().message.toStdString();
    for (const QString &field : {QStringLiteral("Name"), QStringLiteral("Industry")})
        EXPECT_TRUE(stale.error().message.contains(field)) << stale.error().message.toStdString();
    EXPECT_FALSE(stale.error().message.contains(QStringLiteral("Created")));
    const Customer now = reload(stored.id);
    EXPECT_EQ(now.industry, QStringLiteral("软件与信息技术"));
    EXPECT_EQ(now.name, QStringLiteral("杭州华信智能科技"));
    // A contact added in the form has only the fields the user filled in.
    Customer withContact = now;
    Contact contact;
    contact.name = QStringLiteral("欧阳娜");
    contact.phone = QStringLiteral("139-0013-9000");
    withContact.contacts.append(contact);
    auto added = customers().update(withContact);
    ASSERT_TRUE(succeeded(added));
    ASSERT_EQ(added->contacts.size(), 1);
    EXPECT_EQ(added->contacts.first().name, QStringLiteral("欧阳娜"));
    EXPECT_EQ(searched(QStringLiteral("欧阳")), QStringList{stored.id});
    EXPECT_EQ(searched(QStringLiteral("13900139")), QStringList{stored.id});
    // The search index follows the edit.
    EXPECT_EQ(searched(QStringLiteral("智能")), QStringList{stored.id});
    EXPECT_EQ(searched(QStringLiteral("华信智能")), QStringList{stored.id});
    EXPECT_EQ(searched(QStringLiteral("华信科技")), QStringList{});
}

TEST_F(CustomerServiceTest, OnlyAManagerGrades)
{
    const QString admin = m_ws->actor().login;
    addUser(QStringLiteral("rep1"), Role::Rep);
    const Customer c = created(draft(QStringLiteral("杭州华信科技")));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    GradeDecision decision;
    decision.grade = Grade::A;
    decision.reason = QStringLiteral("大客户");
    auto refused = customers().grade({c.id}, decision);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Permission));
    EXPECT_TRUE(
        refusedAs(customers().assign({c.id}, QStringLiteral("rep1")), ErrorKind::Permission));
    ASSERT_TRUE(succeeded(m_ws->actAs(admin))); // the customer is not rep1's to look at
    EXPECT_FALSE(reload(c.id).grade.has_value());
    EXPECT_TRUE(reload(c.id).ownerLogin.isEmpty());
}

TEST_F(CustomerServiceTest, ScoresProposeAGradeAndAnOverrideNeedsAReason)
{
    addUser(QStringLiteral("boss"), Role::Manager);
    const Customer c = created(draft(QStringLiteral("杭州华信科技")));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));

    const GradeScores strong{5, 5, 4, 4};
    EXPECT_EQ(*customers().propose(strong), Grade::A);
    EXPECT_EQ(*customers().propose({4, 4, 3, 1}), Grade::B);
    EXPECT_EQ(*customers().propose({2, 2, 2, 2}), Grade::C);
    EXPECT_TRUE(
        refusedAs(customers().propose({0, 5, 5, 5}), ErrorKind::Invalid, QStringLiteral("R4")));

    GradeDecision byScores;
    byScores.scores = strong;
    ASSERT_TRUE(succeeded(customers().grade({c.id}, byScores)));
    Customer graded = reload(c.id);
    EXPECT_EQ(graded.grade, Grade::A);
    EXPECT_EQ(graded.scores, strong);

    GradeDecision overrideWithoutReason;
    overrideWithoutReason.scores = strong;
    overrideWithoutReason.grade = Grade::B;
    auto refused = customers().grade({c.id}, overrideWithoutReason);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Invalid, QStringLiteral("R4")));
    GradeDecision noScoresNoReason;
    noScoresNoReason.grade = Grade::C;
    EXPECT_TRUE(refusedAs(customers().grade({c.id}, noScoresNoReason), ErrorKind::Invalid,
                          QStringLiteral("R4")));
    EXPECT_TRUE(refusedAs(customers().grade({c.id}, GradeDecision{}), ErrorKind::Invalid,
                          QStringLiteral("R4")));
    EXPECT_EQ(reload(c.id).grade, Grade::A);

    m_now = m_now.addSecs(3600);
    GradeDecision overrideWithReason = overrideWithoutReason;
    overrideWithReason.reason = QStringLiteral("预算要到下半年才批");
    ASSERT_TRUE(succeeded(customers().grade({c.id}, overrideWithReason)));

    auto history = customers().gradeHistory(c.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 2);
    const GradeChange &latest = history->at(0);
    EXPECT_EQ(latest.from, Grade::A);
    EXPECT_EQ(latest.to, Grade::B);
    EXPECT_EQ(latest.reason, QStringLiteral("预算要到下半年才批"));
    EXPECT_EQ(latest.actor, QStringLiteral("boss"));
    EXPECT_EQ(latest.at, m_now);
    EXPECT_EQ(latest.scores, strong);
    const GradeChange &first = history->at(1);
    EXPECT_FALSE(first.from.has_value());
    EXPECT_EQ(first.to, Grade::A);
    EXPECT_EQ(first.actor, QStringLiteral("boss"));
    EXPECT_EQ(first.at, m_now.addSecs(-3600));
}

TEST_F(CustomerServiceTest, ACustomerEnteredWithAGradeStartsItsHistory)
{
    Customer c = draft(QStringLiteral("杭州华信科技"));
    c.grade = Grade::B;
    const Customer stored = created(c);
    auto history = customers().gradeHistory(stored.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1);
    EXPECT_FALSE(history->first().from.has_value());
    EXPECT_EQ(history->first().to, Grade::B);
    EXPECT_EQ(history->first().actor, m_ws->actor().login);
    EXPECT_TRUE(
        refusedAs(customers().gradeHistory(QStringLiteral("HZ2026999")), ErrorKind::NotFound));
}

TEST_F(CustomerServiceTest, WarnsWhenAnACustomerIsNotOwnedByASeniorRep)
{
    addUser(QStringLiteral("junior"), Role::Rep, false);
    addUser(QStringLiteral("senior"), Role::Rep, true);
    Customer juniors = draft(QStringLiteral("杭州华信科技"));
    juniors.ownerLogin = QStringLiteral("junior");
    const Customer j = created(juniors);
    Customer seniors = draft(QStringLiteral("杭州恒泰物流"));
    seniors.ownerLogin = QStringLiteral("senior");
    const Customer s = created(seniors);

    GradeDecision a;
    a.grade = Grade::A;
    a.reason = QStringLiteral("战略客户");
    auto warnings = customers().grade({j.id, s.id}, a);
    ASSERT_TRUE(succeeded(warnings));
    ASSERT_EQ(warnings->size(), 1);
    EXPECT_TRUE(warnings->first().contains(j.id));
    EXPECT_TRUE(warnings->first().contains(QStringLiteral("R6")));

    // Assigning an A customer: to a junior rep warns, to a senior rep does not.
    auto toJunior = customers().assign({s.id}, QStringLiteral("junior"));
    ASSERT_TRUE(succeeded(toJunior));
    ASSERT_EQ(toJunior->size(), 1);
    EXPECT_TRUE(toJunior->first().contains(s.id));
    EXPECT_EQ(reload(s.id).ownerLogin, QStringLiteral("junior"));
    auto toSenior = customers().assign({j.id, s.id}, QStringLiteral("senior"));
    ASSERT_TRUE(succeeded(toSenior));
    EXPECT_TRUE(toSenior->isEmpty());
    EXPECT_EQ(reload(j.id).ownerLogin, QStringLiteral("senior"));

    // A B customer may go to anyone.
    Customer b = draft(QStringLiteral("杭州鼎盛电子"));
    b.grade = Grade::B;
    const Customer bc = created(b);
    EXPECT_TRUE(customers().assign({bc.id}, QStringLiteral("junior"))->isEmpty());
    EXPECT_TRUE(
        refusedAs(customers().assign({bc.id}, QStringLiteral("nobody")), ErrorKind::Invalid));

    // The form warns too, before saving.
    Customer draftA = draft(QStringLiteral("杭州宏远环保"));
    draftA.grade = Grade::A;
    draftA.ownerLogin = QStringLiteral("junior");
    EXPECT_TRUE(customers().check(draftA)->ownerWarning.contains(QStringLiteral("R6")));
    draftA.ownerLogin = QStringLiteral("senior");
    EXPECT_TRUE(customers().check(draftA)->ownerWarning.isEmpty());
}

TEST_F(CustomerServiceTest, AddsAndRemovesTags)
{
    const Customer c1 = created(draft(QStringLiteral("杭州华信科技")));
    const Customer c2 = created(draft(QStringLiteral("杭州恒泰物流")));
    ASSERT_TRUE(succeeded(customers().addTag({c1.id, c2.id}, QStringLiteral("国企"))));
    ASSERT_TRUE(succeeded(customers().addTag({c1.id}, QStringLiteral(" 决策链复杂 "))));
    ASSERT_TRUE(succeeded(customers().addTag({c1.id}, QStringLiteral("国企")))); // already there
    EXPECT_EQ(reload(c1.id).tags,
              (QStringList{QStringLiteral("国企"), QStringLiteral("决策链复杂")}));
    auto counts = customers().tags();
    ASSERT_TRUE(succeeded(counts));
    ASSERT_EQ(counts->size(), 2);
    EXPECT_EQ(counts->at(0), qMakePair(QStringLiteral("国企"), 2));
    EXPECT_EQ(counts->at(1), qMakePair(QStringLiteral("决策链复杂"), 1));

    CustomerFilter tagged;
    tagged.tag = QStringLiteral("国企");
    EXPECT_EQ(listed(tagged), (QStringList{c1.id, c2.id}));
    ASSERT_TRUE(succeeded(customers().removeTag({c1.id}, QStringLiteral("国企"))));
    EXPECT_EQ(listed(tagged), QStringList{c2.id});
    EXPECT_EQ(reload(c1.id).tags, QStringList{QStringLiteral("决策链复杂")});
    // Removing the last tag leaves none.
    ASSERT_TRUE(succeeded(customers().removeTag({c1.id}, QStringLiteral("决策链复杂"))));
    EXPECT_TRUE(reload(c1.id).tags.isEmpty());

    EXPECT_TRUE(refusedAs(customers().addTag({c1.id}, QStringLiteral("国企;外资")),
                          ErrorKind::Invalid, QStringLiteral("R5")));
    EXPECT_TRUE(refusedAs(customers().addTag({c1.id}, QStringLiteral("  ")), ErrorKind::Invalid));
    EXPECT_TRUE(refusedAs(customers().addTag({QStringLiteral("HZ2026999")}, QStringLiteral("外资")),
                          ErrorKind::NotFound));
}

// The tag filter and the form's completion offer the tags of the customers the user may see,
// counted over those only (docs/permissions.md): a rep sees no tag of another rep's customers.
TEST_F(CustomerServiceTest, TagsAreCountedOverTheCustomersTheUserSees)
{
    addTeamMember(QStringLiteral("rep1"), Role::Rep, QStringLiteral("华东"));
    addTeamMember(QStringLiteral("rep2"), Role::Rep, QStringLiteral("华东"));
    addTeamMember(QStringLiteral("rep3"), Role::Rep, QStringLiteral("华南"));
    addTeamMember(QStringLiteral("newcomer"), Role::Rep, QStringLiteral("华南"));
    addTeamMember(QStringLiteral("east"), Role::Manager, QStringLiteral("华东"));
    addTeamMember(QStringLiteral("legal"), Role::Legal, {});
    const auto tagged = [this](const QString &name, const QString &owner, const QStringList &tags) {
        Customer c = draft(name);
        c.ownerLogin = owner;
        c.tags = tags;
        created(c);
    };
    const QString stateOwned = QStringLiteral("国企");
    const QString complex = QStringLiteral("决策链复杂");
    const QString foreign = QStringLiteral("外资");
    const QString pilot = QStringLiteral("试点");
    tagged(QStringLiteral("杭州华信科技"), QStringLiteral("rep1"), {stateOwned, complex});
    tagged(QStringLiteral("杭州恒泰物流"), QStringLiteral("rep2"), {stateOwned});
    tagged(QStringLiteral("广州宏远物流"), QStringLiteral("rep3"), {stateOwned, foreign});
    tagged(QStringLiteral("深圳星辰科技"), {}, {pilot});

    using Counts = QMap<QString, int>;
    const auto countsAs = [this](const QString &login) {
        EXPECT_TRUE(succeeded(m_ws->actAs(login)));
        auto tags = customers().tags();
        EXPECT_TRUE(succeeded(tags));
        Counts counts;
        if (!tags)
            return counts;
        for (const auto &[tag, count] : *tags)
            counts.insert(tag, count);
        // Most used first.
        EXPECT_TRUE(tags->isEmpty() ||
                    tags->first().second == *std::max_element(counts.begin(), counts.end()));
        return counts;
    };
    const Counts everything{{stateOwned, 3}, {complex, 1}, {foreign, 1}, {pilot, 1}};
    EXPECT_EQ(countsAs(m_admin), everything);
    EXPECT_EQ(countsAs(QStringLiteral("legal")), everything);
    EXPECT_EQ(countsAs(QStringLiteral("rep1")), (Counts{{stateOwned, 1}, {complex, 1}}));
    EXPECT_EQ(countsAs(QStringLiteral("rep3")), (Counts{{stateOwned, 1}, {foreign, 1}}));
    EXPECT_EQ(countsAs(QStringLiteral("newcomer")), Counts{});
    // A manager: the team's customers and those without an owner.
    EXPECT_EQ(countsAs(QStringLiteral("east")),
              (Counts{{stateOwned, 2}, {complex, 1}, {pilot, 1}}));
}

class CustomerListTest : public CustomerServiceTest
{
protected:
    void SetUp() override
    {
        CustomerServiceTest::SetUp();
        addUser(QStringLiteral("rep1"), Role::Rep);
        addUser(QStringLiteral("senior"), Role::Rep, true);

        Customer a = draft(QStringLiteral("杭州华信科技有限公司"), QStringLiteral("HZ"),
                           QStringLiteral("138-0013-8000"));
        a.grade = Grade::A;
        a.ownerLogin = QStringLiteral("rep1");
        a.tags = {QStringLiteral("国企")};
        m_a = created(a).id;

        Customer b = draft(QStringLiteral("上海明德数据股份有限公司"), QStringLiteral("SH"),
                           QStringLiteral("021-6666-7777"));
        b.contacts.first().name = QStringLiteral("欧阳娜");
        b.grade = Grade::B;
        b.ownerLogin = QStringLiteral("senior");
        b.tags = {QStringLiteral("上市公司"), QStringLiteral("外资")};
        b.needs = QStringLiteral("ERP升级，预算50万，年底前完成");
        m_b = created(b).id;

        Customer c = draft(QStringLiteral("北京天合物流"), QStringLiteral("BJ"));
        c.status = CustomerStatus::Opportunity;
        c.firstContactAt = shanghai(2026, 2, 20);
        m_c = created(c).id;
    }

    QString m_a, m_b, m_c;
};

TEST_F(CustomerListTest, FiltersByGradeIncludingUngraded)
{
    using G = CustomerFilter::GradeFilter;
    CustomerFilter filter;
    EXPECT_EQ(listed(filter), (QStringList{m_c, m_a, m_b})); // by id: BJ, HZ, SH
    filter.grade = G::A;
    EXPECT_EQ(listed(filter), QStringList{m_a});
    filter.grade = G::B;
    EXPECT_EQ(listed(filter), QStringList{m_b});
    filter.grade = G::C;
    EXPECT_EQ(listed(filter), QStringList{});
    filter.grade = G::Ungraded;
    EXPECT_EQ(listed(filter), QStringList{m_c});
}

TEST_F(CustomerListTest, FiltersByOwnerRegionTagStatusAndLateEntry)
{
    CustomerFilter byOwner;
    byOwner.ownerLogin = QStringLiteral("rep1");
    EXPECT_EQ(listed(byOwner), QStringList{m_a});
    byOwner.ownerLogin = QStringLiteral("nobody");
    EXPECT_EQ(listed(byOwner), QStringList{});

    CustomerFilter byRegion;
    byRegion.region = QStringLiteral("SH");
    EXPECT_EQ(listed(byRegion), QStringList{m_b});

    CustomerFilter byTag;
    byTag.tag = QStringLiteral("外资");
    EXPECT_EQ(listed(byTag), QStringList{m_b});
    byTag.tag = QStringLiteral("国企");
    EXPECT_EQ(listed(byTag), QStringList{m_a});

    CustomerFilter byStatus;
    byStatus.status = CustomerStatus::Opportunity;
    EXPECT_EQ(listed(byStatus), QStringList{m_c});
    byStatus.status = CustomerStatus::Lead;
    EXPECT_EQ(listed(byStatus), (QStringList{m_a, m_b}));

    // First contact Friday 2026-02-20, in the Spring Festival: due Tuesday 24 February.
    CustomerFilter late;
    late.lateOnly = true;
    EXPECT_EQ(listed(late), QStringList{m_c});

    CustomerFilter combined;
    combined.grade = CustomerFilter::GradeFilter::A;
    combined.region = QStringLiteral("SH");
    EXPECT_EQ(listed(combined), QStringList{});
}

TEST_F(CustomerListTest, SearchesSubstringsOfAnyLength)
{
    EXPECT_EQ(searched(QStringLiteral("华信科")), QStringList{m_a});      // trigram
    EXPECT_EQ(searched(QStringLiteral("明德数据")), QStringList{m_b});    // trigram
    EXPECT_EQ(searched(QStringLiteral("ERP升级")), QStringList{m_b});     // in the needs
    EXPECT_EQ(searched(QStringLiteral("华信")), QStringList{m_a});        // two characters
    EXPECT_EQ(searched(QStringLiteral("物")), QStringList{m_c});          // one character
    EXPECT_EQ(searched(QStringLiteral("娜")), QStringList{m_b});          // a contact's name
    EXPECT_EQ(searched(QStringLiteral("欧阳")), QStringList{m_b});        // two, of a contact
    EXPECT_EQ(searched(QStringLiteral("有限")), (QStringList{m_a, m_b})); // both
    EXPECT_EQ(searched(QStringLiteral("华信 有限")), QStringList{m_a});   // every word
    EXPECT_EQ(searched(QStringLiteral("华德")), QStringList{});           // not adjacent
    // Punctuation typed between the words is not searched for.
    EXPECT_EQ(searched(QStringLiteral("华信 -")), QStringList{m_a});
    EXPECT_EQ(searched(QStringLiteral("( 娜 )")), QStringList{m_b});
    EXPECT_EQ(searched(QStringLiteral("深圳")), QStringList{});
    // Phone fragments, as written and as digits across the dashes.
    EXPECT_EQ(searched(QStringLiteral("6666")), QStringList{m_b});
    EXPECT_EQ(searched(QStringLiteral("0013-8000")), QStringList{m_a});
    EXPECT_EQ(searched(QStringLiteral("00138")), QStringList{m_a});
    EXPECT_EQ(searched(QStringLiteral("216666")), QStringList{m_b});
    // Full-width input finds half-width text.
    EXPECT_EQ(searched(QStringLiteral("ＥＲＰ")), QStringList{m_b});
}

TEST_F(CustomerListTest, TotalCountsEveryMatchBeyondTheLimit)
{
    auto page = customers().list({}, {}, 2);
    ASSERT_TRUE(succeeded(page));
    EXPECT_EQ(page->total, 3);
    EXPECT_EQ(idsOf(page->rows), (QStringList{m_c, m_a}));
    CustomerFilter lead;
    lead.status = CustomerStatus::Lead;
    page = customers().list(lead, {}, 1);
    ASSERT_TRUE(succeeded(page));
    EXPECT_EQ(page->total, 2);
    EXPECT_EQ(page->rows.size(), 1);
    const CustomerSort descending{CustomerSortKey::Id, true};
    page = customers().list({}, descending, 10);
    ASSERT_TRUE(succeeded(page));
    EXPECT_EQ(idsOf(page->rows), (QStringList{m_b, m_a, m_c}));
    // The row carries what the list shows.
    const CustomerRow &a = page->rows.at(1);
    EXPECT_EQ(a.name, QStringLiteral("杭州华信科技有限公司"));
    EXPECT_EQ(a.grade, Grade::A);
    EXPECT_EQ(a.ownerLogin, QStringLiteral("rep1"));
    EXPECT_EQ(a.region, QStringLiteral("HZ"));
    EXPECT_EQ(a.tags, QStringList{QStringLiteral("国企")});
    EXPECT_EQ(a.keyContact, QStringLiteral("王伟"));
    EXPECT_EQ(a.keyPhone, QStringLiteral("138-0013-8000"));
}
