// SPDX-License-Identifier: MIT
// docs/permissions.md: who may see and change which customer. One test per cell of the matrix
// (action × role): the action is performed as a user of that role on a customer inside their
// scope (allowed unless the cell says "no") and on one outside it (refused for "own" and "team").
#include "WorkspaceFixture.h"
#include "services/ContractService.h"
#include "services/CustomerBrowseService.h"
#include "services/CustomerExportService.h"
#include "services/CustomerImportService.h"
#include "services/CustomerService.h"
#include "services/FollowUpImportService.h"
#include "services/FollowUpService.h"
#include "services/MyDayService.h"
#include "services/PaymentService.h"
#include "services/ReviewService.h"
#include "services/RuleCheckService.h"
#include "services/ServiceRecordService.h"

#include <QFile>
#include <QSet>

#include <map>

using namespace sf;
using sf::test::refusedAs;
using sf::test::shanghai;
using sf::test::succeeded;

namespace {

enum class Action {
    Read,
    Create,
    Edit,
    Grade,
    Record,
    Review,
    Contract,
    LegalStep,
    FinanceStep,
    Sign,
    Payment,
    Receivables,
    ServiceRecords,
};

// The cells of the matrix: what a role may do, and on which customers.
enum class Cell { No, Own, Team, All };

const std::map<Action, std::array<Cell, 6>> kMatrix = {
    // rep, assistant, manager, legal, finance, admin
    {Action::Read, {Cell::Own, Cell::Own, Cell::Team, Cell::All, Cell::All, Cell::All}},
    {Action::Create, {Cell::Own, Cell::Own, Cell::Team, Cell::No, Cell::No, Cell::All}},
    {Action::Edit, {Cell::Own, Cell::Own, Cell::Team, Cell::No, Cell::No, Cell::All}},
    {Action::Grade, {Cell::No, Cell::No, Cell::Team, Cell::No, Cell::No, Cell::All}},
    {Action::Record, {Cell::Own, Cell::Own, Cell::Team, Cell::No, Cell::No, Cell::All}},
    {Action::Review, {Cell::No, Cell::No, Cell::Team, Cell::No, Cell::No, Cell::All}},
    {Action::Contract, {Cell::Own, Cell::No, Cell::Team, Cell::No, Cell::No, Cell::All}},
    {Action::LegalStep, {Cell::No, Cell::No, Cell::No, Cell::All, Cell::No, Cell::No}},
    {Action::FinanceStep, {Cell::No, Cell::No, Cell::No, Cell::No, Cell::All, Cell::No}},
    {Action::Sign, {Cell::No, Cell::No, Cell::Team, Cell::No, Cell::No, Cell::No}},
    {Action::Payment, {Cell::No, Cell::No, Cell::No, Cell::No, Cell::All, Cell::No}},
    {Action::Receivables, {Cell::Own, Cell::No, Cell::Team, Cell::No, Cell::All, Cell::All}},
    {Action::ServiceRecords, {Cell::Own, Cell::Own, Cell::Team, Cell::No, Cell::No, Cell::All}},
};

const std::array kRoles = {Role::Rep,   Role::Assistant, Role::Manager,
                           Role::Legal, Role::Finance,   Role::Admin};

const char *actionName(Action action)
{
    switch (action) {
    case Action::Read: return "Read";
    case Action::Create: return "Create";
    case Action::Edit: return "Edit";
    case Action::Grade: return "GradeAssign";
    case Action::Record: return "RecordFollowUps";
    case Action::Review: return "MondayReview";
    case Action::Contract: return "DraftEditSubmit";
    case Action::LegalStep: return "LegalStep";
    case Action::FinanceStep: return "FinanceStep";
    case Action::Sign: return "Sign";
    case Action::Payment: return "RecordPayment";
    case Action::Receivables: return "Receivables";
    case Action::ServiceRecords: return "ServiceRecords";
    }
    return "?";
}

using Param = std::tuple<Action, Role>;

template<typename T>
::testing::AssertionResult allowed(const Result<T> &result)
{
    return succeeded(result);
}

template<typename T>
Status statusOf(const Result<T> &result)
{
    if (!result)
        return result.error();
    return Ok{};
}

} // namespace

// Users of every role in two teams (east: rep1, asst1, mgr1; west: rep2, mgr2), and customers
// owned by rep1, by asst1, by rep2 and by no one.
class PermissionWorkspace : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 9, 28, 9, 0); // a Monday
        user("rep1", Role::Rep, "east", true);
        user("rep2", Role::Rep, "west", true);
        user("asst1", Role::Assistant, "east");
        user("mgr1", Role::Manager, "east");
        user("mgr2", Role::Manager, "west");
        user("legal1", Role::Legal, "");
        user("fin1", Role::Finance, "");
        user("admin1", Role::Admin, "");
        as("admin1");
        m_east = customer("杭州华信科技", "rep1");
        m_assistants = customer("杭州恒泰软件", "asst1");
        m_west = customer("广州鼎盛电子", "rep2");
        m_unowned = customer("深圳宏远物流", "");
    }

    void user(const char *login, Role role, const char *team, bool senior = false)
    {
        User u;
        u.login = QString::fromLatin1(login);
        u.role = role;
        u.team = QString::fromLatin1(team);
        u.senior = senior;
        ASSERT_TRUE(succeeded(m_ws->users().add(u)));
    }

    void as(const QString &login) { ASSERT_TRUE(succeeded(m_ws->actAs(login))); }
    void as(const char *login) { as(QString::fromLatin1(login)); }

    QString customer(const char *name, const char *owner)
    {
        Customer c;
        c.name = QString::fromUtf8(name);
        c.region = QStringLiteral("HZ");
        c.firstContactAt = m_now.addDays(-30);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.ownerLogin = QString::fromLatin1(owner);
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored));
        return stored ? stored->id : QString();
    }

    Contract terms(const QString &customerId) const;
    Contract contractAt(const QString &customerId, ContractStatus status);

    QString m_east;
    QString m_assistants;
    QString m_west;
    QString m_unowned;
};

class PermissionMatrix : public PermissionWorkspace, public ::testing::WithParamInterface<Param>
{
protected:
    static Role role() { return std::get<1>(GetParam()); }
    static Action action() { return std::get<0>(GetParam()); }
    static Cell cell() { return kMatrix.at(action()).at(std::size_t(role())); }

    // The acting user of the role.
    static QString login()
    {
        switch (role()) {
        case Role::Rep: return QStringLiteral("rep1");
        case Role::Assistant: return QStringLiteral("asst1");
        case Role::Manager: return QStringLiteral("mgr1");
        case Role::Legal: return QStringLiteral("legal1");
        case Role::Finance: return QStringLiteral("fin1");
        case Role::Admin: return QStringLiteral("admin1");
        }
        return {};
    }

    // A customer of the acting user's scope: their own (rep, assistant), one of the team (a
    // manager), another team's (everyone else).
    QString inside() const
    {
        switch (role()) {
        case Role::Rep: return m_east;
        case Role::Assistant: return m_assistants;
        case Role::Manager: return m_east;
        default: return m_west;
        }
    }
    // A customer outside the acting user's scope, if the role has one.
    QString outside() const
    {
        switch (role()) {
        case Role::Rep:
        case Role::Assistant: return m_west;
        case Role::Manager: return m_west;
        default: return {};
        }
    }

    // The customers the acting user's lists hold.
    QSet<QString> visible() const
    {
        switch (cell()) {
        case Cell::No: return {};
        case Cell::Own: return {inside()};
        case Cell::Team: return {m_east, m_assistants, m_unowned};
        case Cell::All: return {m_east, m_assistants, m_west, m_unowned};
        }
        return {};
    }

    // Runs `act` on the inside customer (allowed unless the cell is "no") and, for "own" and
    // "team" cells, on the outside one (refused).
    template<typename F>
    void check(F act)
    {
        const auto result = act(inside());
        if (cell() == Cell::No) {
            EXPECT_TRUE(refusedAs(result, ErrorKind::Permission))
                << "inside " << inside().toStdString();
        } else {
            EXPECT_TRUE(allowed(result)) << "inside " << inside().toStdString();
        }
        if (cell() == Cell::Own || cell() == Cell::Team) {
            const auto refused = act(outside());
            EXPECT_TRUE(refusedAs(refused, ErrorKind::Permission))
                << "outside " << (outside()).toStdString();
            if (!refused.ok()) {
                EXPECT_TRUE(refused.error().message.contains(outside()))
                    << refused.error().message.toStdString();
            }
        }
        if (role() == Role::Manager && cell() == Cell::Team) {
            EXPECT_TRUE(allowed(act(m_unowned))) << "unowned " << m_unowned.toStdString();
        }
    }
};

Contract PermissionWorkspace::terms(const QString &customerId) const
{
    return test::completeContract(customerId);
}

// A contract of the customer taken by an administrator and the approvers to `status`.
Contract PermissionWorkspace::contractAt(const QString &customerId, ContractStatus status)
{
    const QString actor = m_ws->actor().login;
    as("admin1");
    auto k = m_ws->contracts().draft(terms(customerId));
    EXPECT_TRUE(succeeded(k));
    Instalment first;
    first.due = QDate(2026, 9, 1); // overdue by the time it is signed
    first.amountFen = 3'600'000;
    Instalment second;
    second.due = QDate(2026, 12, 1);
    second.amountFen = 8'400'000;
    EXPECT_TRUE(succeeded(m_ws->contracts().setSchedule(k->id, {first, second})));
    EXPECT_TRUE(succeeded(m_ws->contracts().submit(k->id)));
    const bool west = customerId == m_west;
    for (const auto &[next, approver] :
         {std::pair{ContractStatus::FinanceReview, "legal1"},
          std::pair{ContractStatus::ManagerSign, "fin1"},
          std::pair{ContractStatus::Signed, west ? "mgr2" : "mgr1"}}) {
        if (m_ws->contracts().contract(k->id)->status == status)
            break;
        as(approver);
        EXPECT_TRUE(succeeded(m_ws->contracts().approve(k->id)));
        EXPECT_EQ(m_ws->contracts().contract(k->id)->status, next);
    }
    as(actor);
    return *m_ws->contracts().contract(k->id);
}

TEST_P(PermissionMatrix, Cell)
{
    switch (action()) {
    case Action::Read: {
        as(login());
        // Lists hold the visible customers only, without an error.
        auto listed = m_ws->customers().list({}, {}, 100);
        ASSERT_TRUE(succeeded(listed));
        QSet<QString> ids;
        for (const CustomerRow &row : listed->rows)
            ids.insert(row.id);
        EXPECT_EQ(ids, visible());
        EXPECT_EQ(listed->total, visible().size());
        auto counted = m_ws->customerBrowse().count({});
        ASSERT_TRUE(succeeded(counted));
        EXPECT_EQ(*counted, visible().size());
        CustomerFilter search;
        search.search = QStringLiteral("杭州");
        auto found = m_ws->customers().list(search, {}, 100);
        ASSERT_TRUE(succeeded(found));
        for (const CustomerRow &row : found->rows)
            EXPECT_TRUE(visible().contains(row.id)) << (row.id).toStdString();
        auto exported = m_ws->customerExport().exportTo(m_folder.path(QStringLiteral("x.csv")), {});
        ASSERT_TRUE(succeeded(exported));
        EXPECT_EQ(*exported, visible().size());
        // Opening one, its history, follow-ups, plan and opportunity.
        check([&](const QString &id) -> Status {
            auto customer = m_ws->customers().find(id);
            if (!customer)
                return customer.error();
            for (Status status :
                 {statusOf(m_ws->followUps().timeline(id)), statusOf(m_ws->followUps().records(id)),
                  statusOf(m_ws->followUps().planItems(id)),
                  statusOf(m_ws->followUps().opportunity(id)),
                  statusOf(m_ws->customers().gradeHistory(id))}) {
                if (!status)
                    return status;
            }
            return Ok{};
        });
        break;
    }
    case Action::Create: {
        as(login());
        Customer c;
        c.name = QStringLiteral("南京新瑞科技");
        c.region = QStringLiteral("NJ");
        c.firstContactAt = m_now.addDays(-1);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        auto created = m_ws->customers().create(c);
        if (cell() == Cell::No) {
            EXPECT_TRUE(refusedAs(created, ErrorKind::Permission));
            break;
        }
        ASSERT_TRUE(succeeded(created));
        // Without an owner given, the creator owns it (an administrator leaves it unowned).
        EXPECT_EQ(created->ownerLogin, role() == Role::Admin ? QString() : login());
        // Giving it to someone else: a rep or an assistant only to themselves, a manager only to
        // the team.
        c.name = QStringLiteral("苏州启明科技");
        c.ownerLogin = QStringLiteral("rep2");
        auto given = m_ws->customers().create(c);
        if (cell() == Cell::All) {
            EXPECT_TRUE(succeeded(given));
        } else {
            EXPECT_TRUE(refusedAs(given, ErrorKind::Permission));
        }
        if (role() == Role::Manager) {
            c.name = QStringLiteral("苏州汇丰科技");
            c.ownerLogin = QStringLiteral("rep1");
            EXPECT_TRUE(succeeded(m_ws->customers().create(c)));
        }
        break;
    }
    case Action::Edit: {
        as(login());
        check([&](const QString &id) -> Status {
            // Read as an administrator: the edit is refused for what it changes, not the read.
            as("admin1");
            auto customer = m_ws->customers().find(id);
            as(login());
            if (!customer || !customer->has_value())
                return Error::notFound(QStringLiteral("lost ") + id);
            Customer edited = **customer;
            edited.industry = QStringLiteral("软件与信息技术");
            if (auto saved = m_ws->customers().update(edited); !saved)
                return saved.error();
            return m_ws->customers().addTag({id}, QStringLiteral("重点"));
        });
        break;
    }
    case Action::Grade: {
        as(login());
        check([&](const QString &id) -> Status {
            GradeDecision decision;
            decision.grade = Grade::B;
            decision.reason = QStringLiteral("预算明确");
            if (auto graded = m_ws->customers().grade({id}, decision); !graded)
                return graded.error();
            // Assigning within the scope: to the customer's owner's team.
            const QString owner = id == m_west ? QStringLiteral("rep2") : QStringLiteral("rep1");
            return statusOf(m_ws->customers().assign({id}, owner));
        });
        if (role() == Role::Manager) { // a manager gives customers to members of the team only
            EXPECT_TRUE(refusedAs(m_ws->customers().assign({m_east}, QStringLiteral("rep2")),
                                  ErrorKind::Permission));
        }
        break;
    }
    case Action::Record: {
        as(login());
        check([&](const QString &id) -> Status {
            FollowUpRecord r;
            r.customerId = id;
            r.contactAt = m_now.addSecs(-600);
            r.method = ContactMethod::Phone;
            r.counterpart = QStringLiteral("技术总监李工");
            r.content = QStringLiteral("确认演示时间");
            r.stage = OpportunityStage::Discovery;
            if (auto recorded = m_ws->followUps().record(r); !recorded)
                return recorded.error();
            PlanItem item;
            item.customerId = id;
            item.action = QStringLiteral("演示销售模块");
            item.counterpart = QStringLiteral("技术总监李工");
            item.method = ContactMethod::Visit;
            item.start = QDate(2026, 10, 12);
            item.due = QDate(2026, 10, 12);
            if (auto added = m_ws->followUps().addPlanItem(item); !added)
                return added.error();
            auto open = m_ws->followUps().opportunity(id);
            if (!open)
                return open.error();
            return m_ws->followUps().setOpportunityTerms(id, 10'000'000, QDate(2026, 12, 31),
                                                         *open ? (**open).version : 1);
        });
        break;
    }
    case Action::Review: {
        // Every customer at B, so each is on the agenda.
        for (const QString &id : {m_east, m_assistants, m_west, m_unowned}) {
            GradeDecision decision;
            decision.grade = Grade::B;
            decision.reason = QStringLiteral("预算明确");
            ASSERT_TRUE(succeeded(m_ws->customers().grade({id}, decision)));
        }
        as(login());
        auto agenda = m_ws->review().agenda();
        if (cell() == Cell::No) {
            EXPECT_TRUE(refusedAs(agenda, ErrorKind::Permission));
        } else {
            ASSERT_TRUE(succeeded(agenda));
            QSet<QString> ids;
            for (const ReviewEntry &entry : agenda->entries)
                ids.insert(entry.customerId);
            EXPECT_EQ(ids, visible());
        }
        // R13 decisions: a permission refusal, or the decision is taken.
        check([&](const QString &id) -> Status {
            return m_ws->review().downgrade(id, false, QStringLiteral("三周无进展"));
        });
        break;
    }
    case Action::Contract: {
        as(login());
        check([&](const QString &id) -> Result<Contract> {
            auto drafted = m_ws->contracts().draft(terms(id));
            if (!drafted)
                return drafted;
            Contract edited = *drafted;
            edited.title = QStringLiteral("CRM系统采购合同（修订）");
            auto updated = m_ws->contracts().update(edited);
            if (!updated)
                return updated;
            Instalment all;
            all.due = QDate(2026, 10, 15);
            all.amountFen = edited.priceFen;
            if (auto scheduled = m_ws->contracts().setSchedule(updated->id, {all}); !scheduled)
                return scheduled.error();
            return m_ws->contracts().submit(updated->id);
        });
        // Another role's draft of the customer outside the scope cannot be submitted either.
        if (cell() == Cell::Own || cell() == Cell::Team) {
            as("admin1");
            auto theirs = m_ws->contracts().draft(terms(outside()));
            ASSERT_TRUE(succeeded(theirs));
            as(login());
            EXPECT_TRUE(refusedAs(m_ws->contracts().submit(theirs->id), ErrorKind::Permission));
            EXPECT_TRUE(refusedAs(m_ws->contracts().contract(theirs->id), ErrorKind::Permission));
            ContractQuery all;
            auto listed = m_ws->contracts().contracts(all);
            ASSERT_TRUE(succeeded(listed));
            for (const Contract &k : *listed)
                EXPECT_TRUE(visible().contains(k.customerId)) << (k.customerId).toStdString();
        }
        break;
    }
    case Action::LegalStep:
    case Action::FinanceStep:
    case Action::Sign: {
        const ContractStatus at = action() == Action::LegalStep     ? ContractStatus::LegalReview
                                  : action() == Action::FinanceStep ? ContractStatus::FinanceReview
                                                                    : ContractStatus::ManagerSign;
        QHash<QString, qint64> contracts;
        for (const QString &id : {inside(), outside(), m_unowned}) {
            if (!id.isEmpty() && !contracts.contains(id))
                contracts.insert(id, contractAt(id, at).id);
        }
        as(login());
        check([&](const QString &id) { return m_ws->contracts().approve(contracts.value(id)); });
        break;
    }
    case Action::Payment: {
        const Contract k = contractAt(inside(), ContractStatus::Signed);
        as(login());
        check([&](const QString &) {
            Payment p;
            p.receivedOn = QDate(2026, 9, 28);
            p.amountFen = 100;
            return m_ws->payments().record(k.number, p);
        });
        break;
    }
    case Action::Receivables: {
        for (const QString &id : {m_east, m_assistants, m_west, m_unowned})
            contractAt(id, ContractStatus::Signed);
        as(login());
        auto report = m_ws->payments().receivables(QDate(2026, 9, 28));
        if (cell() == Cell::No) {
            EXPECT_TRUE(refusedAs(report, ErrorKind::Permission));
            break;
        }
        ASSERT_TRUE(succeeded(report));
        QSet<QString> ids;
        for (const Receivable &line : report->lines)
            ids.insert(line.customerId);
        EXPECT_EQ(ids, visible());
        // `rules check` reports R16 (an overdue instalment) of the same customers.
        auto findings = m_ws->rules().check(m_now, m_now.addDays(-7), {QStringLiteral("R16")});
        ASSERT_TRUE(succeeded(findings));
        QSet<QString> found;
        for (const RuleFinding &finding : findings->findings)
            found.insert(finding.customerId);
        EXPECT_EQ(found, visible());
        break;
    }
    case Action::ServiceRecords: {
        as(login());
        check([&](const QString &id) -> Result<ServiceRecord> {
            ServiceRecord record;
            record.customerId = id;
            record.kind = ServiceKind::Visit;
            record.status = ServiceStatus::Closed;
            record.summary = QStringLiteral("季度回访");
            record.happenedOn = QDate(2026, 9, 25);
            return m_ws->afterSales().add(record);
        });
        if (cell() != Cell::No) {
            ServiceRecordQuery query;
            auto listed = m_ws->afterSales().records(query);
            ASSERT_TRUE(succeeded(listed));
            for (const ServiceRecord &record : *listed)
                EXPECT_TRUE(visible().contains(record.customerId))
                    << (record.customerId).toStdString();
        }
        break;
    }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Matrix, PermissionMatrix,
    ::testing::Combine(::testing::Values(Action::Read, Action::Create, Action::Edit, Action::Grade,
                                         Action::Record, Action::Review, Action::Contract,
                                         Action::LegalStep, Action::FinanceStep, Action::Sign,
                                         Action::Payment, Action::Receivables,
                                         Action::ServiceRecords),
                       ::testing::ValuesIn(kRoles)),
    [](const ::testing::TestParamInfo<Param> &info) {
        return std::string(actionName(std::get<0>(info.param))) + '_' +
               roleKey(std::get<1>(info.param)).toStdString();
    });

// A rep's import: rows of someone else's customers are rejected with their line and reason (and
// not written); the rep's customers, and those without an owner, become theirs.
TEST_F(PermissionWorkspace, ARepImportsOnlyTheirOwnCustomers)
{
    as("rep1");
    const QString path = m_folder.path(QStringLiteral("customers.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("name,needs,first_contact,region,owner\n"
                              "南京新瑞科技,需要CRM系统,2026-09-27,NJ,\n"
                              "南京天合物流,需要CRM系统,2026-09-27,NJ,rep1\n"
                              "南京宏远电子,需要CRM系统,2026-09-27,NJ,rep2\n")
                   .toUtf8());
    file.close();
    auto report = m_ws->customerImport().importFile(path, false);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 2);
    ASSERT_EQ(report->rejected.size(), 1);
    EXPECT_EQ(report->rejected.first().line, 4);
    EXPECT_TRUE(report->rejected.first().reason.contains(QStringLiteral("rep2")))
        << (report->rejected.first().reason).toStdString();
    auto mine = m_ws->customers().list({}, {}, 100);
    ASSERT_TRUE(succeeded(mine));
    EXPECT_EQ(mine->total, 3); // m_east and the two imported
    for (const CustomerRow &row : mine->rows)
        EXPECT_EQ(row.ownerLogin, QStringLiteral("rep1")) << (row.id).toStdString();
}

TEST_F(PermissionWorkspace, ARepsFollowUpAndPlanImportRejectsOtherCustomers)
{
    as("rep1");
    const QString followUps = m_folder.path(QStringLiteral("followups.csv"));
    QFile file(followUps);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("customer_id,contact_at,method,counterpart,content\n"
                              "%1,2026-09-27 10:00,phone,李工,确认演示时间\n"
                              "%2,2026-09-27 11:00,phone,王工,确认演示时间\n")
                   .arg(m_east, m_west)
                   .toUtf8());
    file.close();
    auto report = m_ws->followUpImport().importFollowUps(followUps, false);
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(report->imported, 1);
    ASSERT_EQ(report->rejected.size(), 1);
    EXPECT_EQ(report->rejected.first().line, 3);
    EXPECT_TRUE(report->rejected.first().reason.contains(m_west))
        << (report->rejected.first().reason).toStdString();
    as("admin1");
    auto west = m_ws->followUps().records(m_west);
    ASSERT_TRUE(succeeded(west));
    EXPECT_TRUE(west->isEmpty());

    as("rep1");
    const QString plans = m_folder.path(QStringLiteral("plans.csv"));
    QFile planFile(plans);
    ASSERT_TRUE(planFile.open(QIODevice::WriteOnly));
    planFile.write(QStringLiteral("customer_id,action,counterpart,method,start,due\n"
                                  "%1,演示销售模块,李工,visit,2026-10-12,2026-10-12\n"
                                  "%2,演示销售模块,王工,visit,2026-10-12,2026-10-12\n")
                       .arg(m_unowned, m_east)
                       .toUtf8());
    planFile.close();
    auto planned = m_ws->followUpImport().importPlanItems(plans, false);
    ASSERT_TRUE(succeeded(planned));
    EXPECT_EQ(planned->imported, 1);
    ASSERT_EQ(planned->rejected.size(), 1);
    EXPECT_EQ(planned->rejected.first().line, 2);
}

TEST_F(PermissionWorkspace, AManagerSeesOnlyTheDaysOfTheTeam)
{
    as("mgr1");
    EXPECT_TRUE(succeeded(m_ws->myDay().day(QStringLiteral("rep1"))));
    EXPECT_TRUE(refusedAs(m_ws->myDay().day(QStringLiteral("rep2")), ErrorKind::Permission));
}

TEST_F(PermissionWorkspace, AManagerWithoutATeamSeesEveryCustomer)
{
    user("mgr0", Role::Manager, "");
    as("mgr0");
    auto listed = m_ws->customers().list({}, {}, 100);
    ASSERT_TRUE(succeeded(listed));
    EXPECT_EQ(listed->total, 4);
}

TEST_F(PermissionWorkspace, ARepsOwnerFilterForSomeoneElseListsNothing)
{
    as("rep1");
    CustomerFilter theirs;
    theirs.ownerLogin = QStringLiteral("rep2");
    auto listed = m_ws->customers().list(theirs, {}, 100);
    ASSERT_TRUE(succeeded(listed));
    EXPECT_EQ(listed->total, 0);
    EXPECT_TRUE(listed->rows.isEmpty());
    CustomerFilter mine;
    mine.ownerLogin = QStringLiteral("REP1");
    auto own = m_ws->customers().list(mine, {}, 100);
    ASSERT_TRUE(succeeded(own));
    EXPECT_EQ(own->total, 1);
}
