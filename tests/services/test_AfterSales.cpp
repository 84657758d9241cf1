// SPDX-License-Identifier: MIT
// Stage 4: service records (checks, versions, roles, satisfaction, filters), the renewal reminder
// (exactly N days before the end, idempotent, linking an open opportunity) and the timeline.
#include "WorkspaceFixture.h"
#include "services/AuditTexts.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/MyDayService.h"
#include "services/ServiceRecordService.h"
#include "services/SettingsService.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sf;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

template<typename T>
::testing::AssertionResult refusedAs(const Result<T> &result, ErrorKind kind)
{
    if (result.ok())
        return ::testing::AssertionFailure() << "it succeeded";
    if (result.error().kind != kind)
        return ::testing::AssertionFailure() << "kind " << int(result.error().kind) << ": "
                                             << result.error().message.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace

class AfterSalesTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_admin = m_ws->actor().login;      // on PostgreSQL the role that connected
        m_now = shanghai(2026, 3, 2, 9, 0); // a Monday
        for (const auto &[login, role] : {std::pair{QStringLiteral("rep1"), Role::Rep},
                                          std::pair{QStringLiteral("assistant1"), Role::Assistant},
                                          std::pair{QStringLiteral("manager1"), Role::Manager},
                                          std::pair{QStringLiteral("legal1"), Role::Legal},
                                          std::pair{QStringLiteral("finance1"), Role::Finance}})
            addUser(login, role);
        m_customer = addCustomer(QStringLiteral("杭州华信科技"));
        m_other = addCustomer(QStringLiteral("上海明德数据"));
    }

    QString addCustomer(const QString &name)
    {
        Customer c;
        c.name = name;
        c.region = QStringLiteral("HZ");
        c.firstContactAt = shanghai(2026, 3, 1, 8, 0);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored));
        return stored ? stored->id : QString();
    }

    // A contract taken through the whole approval chain, signed, ending on `end`.
    qint64 signedContract(const QString &customerId, QDate end, qint64 priceFen = 12000000)
    {
        Contract draft;
        draft.customerId = customerId;
        draft.title = QStringLiteral("CRM 系统年度服务");
        draft.products = QStringLiteral("SalesFlow 企业版 50 用户");
        draft.priceFen = priceFen;
        draft.delivery = QStringLiteral("签约后 30 天内上线");
        draft.paymentTerms = QStringLiteral("一次付清");
        draft.liability = QStringLiteral("逾期按日万分之五");
        draft.start = end.addYears(-1);
        draft.end = end;
        auto contract = m_ws->contracts().draft(draft);
        EXPECT_TRUE(succeeded(contract));
        if (!contract)
            return 0;
        Instalment all;
        all.due = draft.start.addDays(30);
        all.amountFen = priceFen;
        EXPECT_TRUE(succeeded(m_ws->contracts().setSchedule(contract->id, {all})));
        EXPECT_TRUE(succeeded(m_ws->contracts().submit(contract->id)));
        for (const QString &login :
             {QStringLiteral("legal1"), QStringLiteral("finance1"), QStringLiteral("manager1")}) {
            EXPECT_TRUE(succeeded(m_ws->actAs(login)));
            EXPECT_TRUE(succeeded(m_ws->contracts().approve(contract->id)));
        }
        EXPECT_TRUE(succeeded(m_ws->actAs(m_admin)));
        return contract->id;
    }

    ServiceRecord visit(const QString &summary = QStringLiteral("上门巡检，系统运行正常")) const
    {
        ServiceRecord record;
        record.customerId = m_customer;
        record.kind = ServiceKind::Visit;
        record.status = ServiceStatus::Closed;
        record.summary = summary;
        record.happenedOn = QDate(2026, 3, 2);
        return record;
    }

    // Rows of the audit trail for an entity, straight from the database by another connection.
    int auditRows(const QString &entity, const QString &field) const
    {
        int rows = 0;
        {
            QSqlDatabase db =
                test::anotherConnection(m_ws->databasePath(), QStringLiteral("audit"));
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ? AND field = ?"));
            query.addBindValue(entity);
            query.addBindValue(field);
            EXPECT_TRUE(query.exec() && query.next());
            rows = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));
        return rows;
    }

    ServiceRecordService &afterSales() { return m_ws->afterSales(); }

    QString m_admin;
    QString m_customer;
    QString m_other;
};

TEST_F(AfterSalesTest, KindsAndStatusesHaveKeysAndChineseNames)
{
    EXPECT_EQ(serviceKindFromText(QStringLiteral("问题处理")), ServiceKind::Issue);
    EXPECT_EQ(serviceKindFromText(QStringLiteral("Training")), ServiceKind::Training);
    EXPECT_EQ(serviceKindKey(ServiceKind::Renewal), QStringLiteral("renewal"));
    EXPECT_EQ(serviceStatusFromText(QStringLiteral("处理中")), ServiceStatus::InProgress);
    EXPECT_EQ(serviceStatusFromText(QStringLiteral("已关闭")), ServiceStatus::Closed);
    EXPECT_EQ(serviceStatusKey(ServiceStatus::InProgress), QStringLiteral("in_progress"));
    EXPECT_FALSE(serviceStatusFromText(QStringLiteral("done")));
    EXPECT_EQ(ServiceRecordRules::stars(3), QStringLiteral("★★★☆☆"));
    EXPECT_TRUE(ServiceRecordRules::stars(std::nullopt).isEmpty());
}

TEST_F(AfterSalesTest, ARecordNeedsASummaryASatisfactionOfOneToFiveAndALaterMaintenance)
{
    ServiceRecord empty = visit(QStringLiteral("  "));
    EXPECT_TRUE(refusedAs(afterSales().add(empty), ErrorKind::Invalid));
    for (int wrong : {0, 6}) {
        ServiceRecord rated = visit();
        rated.satisfaction = wrong;
        EXPECT_TRUE(refusedAs(afterSales().add(rated), ErrorKind::Invalid)) << wrong;
    }
    ServiceRecord early = visit();
    early.nextMaintenance = early.happenedOn.addDays(-1);
    EXPECT_TRUE(refusedAs(afterSales().add(early), ErrorKind::Invalid));
    ServiceRecord unknown = visit();
    unknown.customerId = QStringLiteral("HZ2026999");
    EXPECT_TRUE(refusedAs(afterSales().add(unknown), ErrorKind::NotFound));

    ServiceRecord fine = visit();
    fine.satisfaction = 5;
    fine.nextMaintenance = fine.happenedOn; // the same day is not before it
    auto saved = afterSales().add(fine);
    ASSERT_TRUE(succeeded(saved));
    EXPECT_EQ(saved->customerName, QStringLiteral("杭州华信科技"));
    EXPECT_EQ(saved->satisfaction, 5);
    EXPECT_EQ(saved->createdBy, m_admin);
    EXPECT_EQ(saved->version, 1);
    ServiceRecord unrated = visit();
    EXPECT_TRUE(succeeded(afterSales().add(unrated))); // no satisfaction asked
    EXPECT_EQ(auditRows(QStringLiteral("service_record"), QStringLiteral("created")), 2);
}

TEST_F(AfterSalesTest, TheContractMustBeOneOfTheCustomers)
{
    const qint64 theirs = signedContract(m_other, QDate(2026, 12, 31));
    ServiceRecord record = visit();
    record.contractId = theirs;
    EXPECT_TRUE(refusedAs(afterSales().add(record), ErrorKind::Invalid));
    const qint64 ours = signedContract(m_customer, QDate(2026, 12, 31));
    record.contractId = ours;
    auto saved = afterSales().add(record);
    ASSERT_TRUE(succeeded(saved));
    EXPECT_FALSE(saved->contractNumber.isEmpty());
}

TEST_F(AfterSalesTest, RepsAssistantsAndManagersRecordLegalAndFinanceDoNot)
{
    // Each on a customer of their own (docs/permissions.md); rep1 keeps it.
    const QString admin = m_ws->actor().login;
    for (const QString &login :
         {QStringLiteral("assistant1"), QStringLiteral("manager1"), QStringLiteral("rep1")}) {
        ASSERT_TRUE(succeeded(m_ws->actAs(admin)));
        ASSERT_TRUE(succeeded(m_ws->customers().assign({m_customer}, login)));
        ASSERT_TRUE(succeeded(m_ws->actAs(login)));
        EXPECT_TRUE(succeeded(afterSales().add(visit()))) << login.toStdString();
    }
    for (const QString &login : {QStringLiteral("legal1"), QStringLiteral("finance1")}) {
        ASSERT_TRUE(succeeded(m_ws->actAs(login)));
        EXPECT_TRUE(refusedAs(afterSales().add(visit()), ErrorKind::Permission))
            << login.toStdString();
    }
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    auto saved = afterSales().add(visit());
    ASSERT_TRUE(succeeded(saved));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("legal1"))));
    ServiceRecord edited = *saved;
    edited.status = ServiceStatus::Open;
    EXPECT_TRUE(refusedAs(afterSales().update(edited), ErrorKind::Permission));
}

TEST_F(AfterSalesTest, AStaleEditIsAConflictNamingWhoChangedItAndWhen)
{
    ASSERT_TRUE(succeeded(m_ws->customers().assign({m_customer}, QStringLiteral("rep1"))));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    auto saved = afterSales().add(visit());
    ASSERT_TRUE(succeeded(saved));
    // Two people open the record (the rep and the manager, who may change the rep's
    // customers); the manager saves first.
    ServiceRecord mine = *saved;
    ServiceRecord theirs = *saved;
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("manager1"))));
    m_now = m_now.addSecs(600);
    theirs.status = ServiceStatus::InProgress;
    theirs.satisfaction = 4;
    auto first = afterSales().update(theirs);
    ASSERT_TRUE(succeeded(first));
    EXPECT_EQ(first->version, 2);
    EXPECT_EQ(first->status, ServiceStatus::InProgress);

    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    mine.summary = QStringLiteral("上门巡检，更换了服务器硬盘");
    auto stale = afterSales().update(mine);
    ASSERT_TRUE(refusedAs(stale, ErrorKind::Conflict));
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("manager1")))
        << stale.error().message.toStdString();
    EXPECT_TRUE(stale.error().message.contains(
        m_now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    for (const char *field : {"status", "satisfaction"})
        EXPECT_TRUE(stale.error().message.contains(AuditTexts::field(QString::fromLatin1(field))))
            << stale.error().message.toStdString();
    // Reloaded, the change goes through and each changed field is audited.
    mine = *afterSales().record(saved->id);
    mine.summary = QStringLiteral("上门巡检，更换了服务器硬盘");
    auto second = afterSales().update(mine);
    ASSERT_TRUE(succeeded(second));
    EXPECT_EQ(second->version, 3);
    EXPECT_EQ(second->satisfaction, 4);
    EXPECT_EQ(auditRows(QStringLiteral("service_record"), QStringLiteral("summary")), 1);
    EXPECT_EQ(auditRows(QStringLiteral("service_record"), QStringLiteral("status")), 1);
}

TEST_F(AfterSalesTest, SatisfactionIsTheAverageOfTheRatedRecords)
{
    for (std::optional<int> stars :
         {std::optional<int>(4), std::optional<int>(5), std::optional<int>()}) {
        ServiceRecord record = visit();
        record.satisfaction = stars;
        ASSERT_TRUE(succeeded(afterSales().add(record)));
    }
    auto satisfaction = afterSales().satisfaction(m_customer);
    ASSERT_TRUE(succeeded(satisfaction));
    EXPECT_DOUBLE_EQ(satisfaction->average, 4.5);
    EXPECT_EQ(satisfaction->rated, 2);
    auto none = afterSales().satisfaction(m_other);
    ASSERT_TRUE(succeeded(none));
    EXPECT_EQ(none->rated, 0);
}

TEST_F(AfterSalesTest, ListsFilterByKindStatusAndMaintenanceDue)
{
    ServiceRecord issue = visit(QStringLiteral("报表导出报错，远程处理"));
    issue.kind = ServiceKind::Issue;
    issue.status = ServiceStatus::Open;
    issue.happenedOn = QDate(2026, 2, 20);
    issue.nextMaintenance = QDate(2026, 3, 1); // superseded by the visit below
    ASSERT_TRUE(succeeded(afterSales().add(issue)));
    ServiceRecord later = visit();
    later.nextMaintenance = QDate(2026, 4, 1);
    ASSERT_TRUE(succeeded(afterSales().add(later)));
    ServiceRecord training = visit(QStringLiteral("新员工培训"));
    training.customerId = m_other;
    training.kind = ServiceKind::Training;
    training.happenedOn = QDate(2026, 1, 10);
    training.nextMaintenance = QDate(2026, 2, 28);
    ASSERT_TRUE(succeeded(afterSales().add(training)));

    ServiceRecordQuery query;
    EXPECT_EQ(afterSales().records(query)->size(), 3);
    query.kind = ServiceKind::Issue;
    EXPECT_EQ(afterSales().records(query)->size(), 1);
    query = {};
    query.status = ServiceStatus::Closed;
    EXPECT_EQ(afterSales().records(query)->size(), 2);
    query = {};
    query.customerId = m_customer;
    auto mine = afterSales().records(query);
    ASSERT_EQ(mine->size(), 2);
    EXPECT_EQ(mine->first().happenedOn, QDate(2026, 3, 2)); // newest first
    // Maintenance due by 2 March: the other customer's training; this customer's issue is
    // followed by a visit with a later date.
    query = {};
    query.maintenanceDueBy = QDate(2026, 3, 2);
    auto due = afterSales().records(query);
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->first().customerId, m_other);
    query.maintenanceDueBy = QDate(2026, 4, 1);
    EXPECT_EQ(afterSales().records(query)->size(), 2);
}

TEST_F(AfterSalesTest, ARenewalOpensExactlyTheReminderDaysBeforeTheEnd)
{
    const int days = m_ws->settings().renewalReminderDays();
    ASSERT_EQ(days, 60);
    const QDate end(2026, 6, 30);
    const qint64 contract = signedContract(m_customer, end, 8800000);
    ASSERT_NE(contract, 0);
    const QString number = m_ws->contracts().contract(contract)->number;

    // N + 1 days before the end: not yet.
    auto early = afterSales().createRenewalOpportunities(end.addDays(-days - 1));
    ASSERT_TRUE(succeeded(early));
    EXPECT_TRUE(early->isEmpty());
    EXPECT_FALSE(m_ws->followUps().opportunity(m_customer)->has_value());

    // Exactly N days before: an opportunity at needs discovery with the price and the end date.
    auto opened = afterSales().createRenewalOpportunities(end.addDays(-days));
    ASSERT_TRUE(succeeded(opened));
    ASSERT_EQ(opened->size(), 1);
    const RenewalOpened &renewal = opened->first();
    EXPECT_EQ(renewal.contractNumber, number);
    EXPECT_EQ(renewal.customerId, m_customer);
    EXPECT_FALSE(renewal.linked);
    auto opportunity = m_ws->followUps().opportunity(m_customer);
    ASSERT_TRUE(succeeded(opportunity));
    ASSERT_TRUE(opportunity->has_value());
    EXPECT_EQ((*opportunity)->id, renewal.opportunityId);
    EXPECT_EQ((*opportunity)->stage, OpportunityStage::Discovery);
    EXPECT_EQ((*opportunity)->amountFen, 8800000);
    EXPECT_EQ((*opportunity)->expectedClose, end);

    // Linked on the contract, an automatic renewal record, audit rows.
    auto ending = afterSales().contractsEnding(end.addDays(-days));
    ASSERT_TRUE(succeeded(ending));
    ASSERT_EQ(ending->size(), 1);
    EXPECT_EQ(ending->first().renewalOpportunityId, renewal.opportunityId);
    EXPECT_EQ(ending->first().renewalStage, OpportunityStage::Discovery);
    ServiceRecordQuery renewals;
    renewals.kind = ServiceKind::Renewal;
    auto records = afterSales().records(renewals);
    ASSERT_EQ(records->size(), 1);
    EXPECT_EQ(records->first().contractId, contract);
    EXPECT_EQ(records->first().id, renewal.serviceRecordId);
    EXPECT_TRUE(records->first().summary.contains(number));
    EXPECT_EQ(auditRows(QStringLiteral("contract"), QStringLiteral("renewal_opportunity")), 1);

    // Idempotent: again (the same day, or later) creates nothing.
    for (int later : {0, 10}) {
        auto again = afterSales().createRenewalOpportunities(end.addDays(-days + later));
        ASSERT_TRUE(succeeded(again));
        EXPECT_TRUE(again->isEmpty());
    }
    EXPECT_EQ(afterSales().records(renewals)->size(), 1);
    EXPECT_EQ(m_ws->followUps().stageChanges(m_customer)->size(), 1); // one opportunity opened
}

// The reminder writes in the name of whoever opens My day or the after-sales page, so it opens
// only the renewals the acting user may change. On PostgreSQL each workspace connects as the
// user's own role, whose row-level security would refuse the others' rows.
TEST_F(AfterSalesTest, TheReminderOpensOnlyWhatTheActingUserMayChange)
{
    const QString password = QStringLiteral("Spring2026!");
    for (const auto &[login, role] : {std::pair{QStringLiteral("li.lei"), Role::Rep},
                                      std::pair{QStringLiteral("chen.gang"), Role::Rep},
                                      std::pair{QStringLiteral("sun.li"), Role::Legal}}) {
        User user;
        user.login = login;
        user.role = role;
        ASSERT_TRUE(succeeded(m_ws->users().add(user, password)));
    }
    ASSERT_TRUE(succeeded(m_ws->customers().assign({m_customer}, QStringLiteral("li.lei"))));
    ASSERT_TRUE(succeeded(m_ws->customers().assign({m_other}, QStringLiteral("chen.gang"))));
    const QDate end(2026, 4, 15);
    ASSERT_NE(signedContract(m_customer, end), 0);
    ASSERT_NE(signedContract(m_other, end), 0);
    const QDate today(2026, 3, 2);
    // Signed in as `login` (on a server: connected as their role).
    const auto signedIn = [&](const QString &login) {
        auto opened =
            Workspace::openAs(m_ws->databasePath(), login, password, [this] { return m_now; });
        EXPECT_TRUE(succeeded(opened));
        if (!opened)
            return std::unique_ptr<Workspace>();
        EXPECT_TRUE(succeeded((*opened)->actAs(login)));
        return std::move(*opened);
    };
    const auto renewed = [&](const QString &customerId) {
        auto ending = afterSales().contractsEnding(today);
        EXPECT_TRUE(succeeded(ending));
        for (const ContractEnding &contract : ending.ok() ? *ending : QList<ContractEnding>{}) {
            if (contract.customerId == customerId)
                return contract.renewalOpportunityId.has_value();
        }
        ADD_FAILURE() << "no contract of " << customerId.toStdString() << " ends";
        return false;
    };

    // Legal changes no contract: nothing opened, nothing refused.
    {
        auto legal = signedIn(QStringLiteral("sun.li"));
        ASSERT_TRUE(legal);
        auto opened = legal->afterSales().createRenewalOpportunities(today);
        ASSERT_TRUE(succeeded(opened));
        EXPECT_TRUE(opened->isEmpty());
    }
    EXPECT_FALSE(renewed(m_customer));
    EXPECT_FALSE(renewed(m_other));

    // A rep: their own customer's renewal, not another rep's.
    {
        auto lei = signedIn(QStringLiteral("li.lei"));
        ASSERT_TRUE(lei);
        auto opened = lei->afterSales().createRenewalOpportunities(today);
        ASSERT_TRUE(succeeded(opened));
        ASSERT_EQ(opened->size(), 1);
        EXPECT_EQ(opened->first().customerId, m_customer);
    }
    EXPECT_TRUE(renewed(m_customer));
    EXPECT_FALSE(renewed(m_other));
    EXPECT_FALSE(m_ws->followUps().opportunity(m_other)->has_value());

    // The administrator: the rest.
    auto opened = afterSales().createRenewalOpportunities(today);
    ASSERT_TRUE(succeeded(opened));
    ASSERT_EQ(opened->size(), 1);
    EXPECT_EQ(opened->first().customerId, m_other);
    EXPECT_TRUE(renewed(m_other));
}

TEST_F(AfterSalesTest, TheReminderFollowsTheSetting)
{
    ASSERT_TRUE(succeeded(m_ws->actAs(m_admin)));
    ASSERT_TRUE(succeeded(m_ws->settings().setRenewalReminderDays(30)));
    const QDate end(2026, 6, 30);
    signedContract(m_customer, end);
    EXPECT_TRUE(afterSales().createRenewalOpportunities(end.addDays(-31))->isEmpty());
    EXPECT_EQ(afterSales().createRenewalOpportunities(end.addDays(-30))->size(), 1);
}

TEST_F(AfterSalesTest, AnOpenOpportunityIsLinkedInsteadOfOpeningASecond)
{
    ASSERT_TRUE(succeeded(
        m_ws->followUps().setOpportunityTerms(m_customer, 5000000, QDate(2026, 9, 1), 0)));
    const qint64 existing = (*m_ws->followUps().opportunity(m_customer))->id;
    const QDate end(2026, 5, 31);
    signedContract(m_customer, end);
    auto opened = afterSales().createRenewalOpportunities(end.addDays(-10));
    ASSERT_TRUE(succeeded(opened));
    ASSERT_EQ(opened->size(), 1);
    EXPECT_TRUE(opened->first().linked);
    EXPECT_EQ(opened->first().opportunityId, existing);
    auto opportunity = *m_ws->followUps().opportunity(m_customer);
    EXPECT_EQ(opportunity->id, existing);
    EXPECT_EQ(opportunity->amountFen, 5000000); // its terms are the rep's, untouched
    EXPECT_EQ(m_ws->followUps().stageChanges(m_customer)->size(), 1);
}

TEST_F(AfterSalesTest, DraftsAndContractsEndedOrFarAwayAreNotReminded)
{
    Contract draft;
    draft.customerId = m_customer;
    draft.title = QStringLiteral("草稿合同");
    draft.priceFen = 100000;
    draft.start = QDate(2025, 6, 1);
    draft.end = QDate(2026, 4, 1);
    ASSERT_TRUE(succeeded(m_ws->contracts().draft(draft)));
    signedContract(m_other, QDate(2026, 3, 1));  // ended yesterday
    signedContract(m_other, QDate(2026, 12, 1)); // far away
    auto opened = afterSales().createRenewalOpportunities(QDate(2026, 3, 2));
    ASSERT_TRUE(succeeded(opened));
    EXPECT_TRUE(opened->isEmpty());
}

TEST_F(AfterSalesTest, ServiceRecordsAndRenewalsAreOnTheTimeline)
{
    ServiceRecord record = visit(QStringLiteral("上门巡检，客户对响应速度满意"));
    record.satisfaction = 5;
    record.nextMaintenance = QDate(2026, 6, 1);
    ASSERT_TRUE(succeeded(afterSales().add(record)));
    const QDate end(2026, 4, 30);
    signedContract(m_customer, end);
    ASSERT_EQ(afterSales().createRenewalOpportunities(QDate(2026, 3, 2))->size(), 1);

    auto timeline = m_ws->followUps().timeline(m_customer);
    ASSERT_TRUE(succeeded(timeline));
    QStringList services;
    for (const TimelineEvent &event : *timeline) {
        if (event.kind == TimelineEvent::Kind::Service)
            services << event.title + u'|' + event.detail;
    }
    ASSERT_EQ(services.size(), 2) << services.join(u'\n').toStdString();
    EXPECT_TRUE(services.join(u'\n').contains(QStringLiteral("客户对响应速度满意")));
    EXPECT_TRUE(services.join(u'\n').contains(QStringLiteral("★★★★★")));
    EXPECT_TRUE(services.join(u'\n').contains(QStringLiteral("2026-06-01")));
    EXPECT_TRUE(services.join(u'\n').contains(QStringLiteral("Renewal")));
}

TEST_F(AfterSalesTest, MyDayListsContractsEndingAndMaintenanceDueOfTheOwnersCustomers)
{
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("manager1"))));
    ASSERT_TRUE(succeeded(m_ws->customers().assign({m_customer, m_other}, QStringLiteral("rep1"))));
    ASSERT_TRUE(succeeded(m_ws->actAs(m_admin)));
    signedContract(m_customer, QDate(2026, 4, 15));
    ServiceRecord record = visit();
    record.customerId = m_other;
    record.happenedOn = QDate(2026, 1, 5);
    record.nextMaintenance = QDate(2026, 3, 1);
    ASSERT_TRUE(succeeded(afterSales().add(record)));

    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    auto before = m_ws->myDay().day();
    ASSERT_TRUE(succeeded(before));
    ASSERT_EQ(before->count(MyDayEntry::Kind::Renewal), 2);
    ASSERT_TRUE(succeeded(afterSales().createRenewalOpportunities(m_ws->today())));
    auto day = m_ws->myDay().day();
    ASSERT_TRUE(succeeded(day));
    QList<MyDayEntry> renewals;
    for (const MyDayEntry &entry : day->entries) {
        if (entry.kind == MyDayEntry::Kind::Renewal)
            renewals << entry;
    }
    ASSERT_EQ(renewals.size(), 2);
    // By date: the maintenance (late since 1 March), then the contract ending on 15 April.
    EXPECT_EQ(renewals.at(0).customerId, m_other);
    EXPECT_TRUE(renewals.at(0).late);
    EXPECT_EQ(renewals.at(1).customerId, m_customer);
    EXPECT_EQ(renewals.at(1).due, QDate(2026, 4, 15));
    EXPECT_FALSE(renewals.at(1).text.contains(QStringLiteral("no renewal")));
}
