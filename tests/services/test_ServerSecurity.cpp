// SPDX-License-Identifier: MIT
// The team server holds the permission matrix itself (postgresql/0008_server_security.sql, and
// the contract steps by role: 0009_contract_steps.sql): a user who connects with their own role and
// password, as psql would, reads and changes no more than the services let them
// (docs/permissions.md). The data is set up through the services as the superuser `postgres` (the
// first administrator); every check then runs plain SQL on a QPSQL connection of the user's role,
// without any SalesFlow code. Compiled into test_services_pg only.
#include "WorkspaceFixture.h"
#include "core/ServerLocation.h"
#include "services/ContractService.h"
#include "services/CustomerBrowseService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/PaymentService.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <map>
#include <optional>

using namespace sf;
using sf::test::refusedAs;
using sf::test::shanghai;
using sf::test::succeeded;

static_assert(test::kOnPostgreSQL, "test_ServerSecurity.cpp belongs to test_services_pg only");

namespace {

const QString kPassword = QStringLiteral("Spring2026!");

// What a statement did: its error, or the rows it affected and the first column it returned.
struct Outcome
{
    bool ok = false;
    int rows = -1;
    QStringList values;
    QString error;
};

// One connection of a database role with its password, as psql would make it: plain SQL.
class RoleSession
{
public:
    RoleSession(const QString &location, const QString &login, const QString &password)
        : m_name(QStringLiteral("role-") + QUuid::createUuid().toString())
    {
        m_db = test::anotherConnection(location, m_name, login, password);
        m_opened = m_db.open();
        if (!m_opened)
            m_error = m_db.lastError().text();
    }
    ~RoleSession()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RoleSession(const RoleSession &) = delete;
    RoleSession &operator=(const RoleSession &) = delete;

    bool opened() const { return m_opened; }
    const QString &error() const { return m_error; }

    Outcome run(const QString &statement, const QVariantList &values = {})
    {
        Outcome outcome;
        QSqlQuery query(m_db);
        // Without values the statement is sent as it is (PostgreSQL prepares no ALTER ROLE).
        if (!values.isEmpty() && !query.prepare(statement)) {
            outcome.error = query.lastError().text();
            return outcome;
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!(values.isEmpty() ? query.exec(statement) : query.exec())) {
            outcome.error = query.lastError().text();
            return outcome;
        }
        outcome.ok = true;
        outcome.rows = query.numRowsAffected();
        while (query.isSelect() && query.next())
            outcome.values << query.value(0).toString();
        return outcome;
    }

    // The first column of a query as a set (an error makes the set hold it, so that comparing
    // it with the expected set fails and shows why).
    QSet<QString> set(const QString &statement, const QVariantList &values = {})
    {
        const Outcome outcome = run(statement, values);
        if (!outcome.ok)
            return {QStringLiteral("error: ") + outcome.error};
        return QSet<QString>(outcome.values.cbegin(), outcome.values.cend());
    }

    QString single(const QString &statement, const QVariantList &values = {})
    {
        const Outcome outcome = run(statement, values);
        if (!outcome.ok)
            return QStringLiteral("error: ") + outcome.error;
        return outcome.values.value(0, QStringLiteral("<no row>"));
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_opened = false;
    QString m_error;
};

::testing::AssertionResult changed(const Outcome &outcome, int rows)
{
    if (!outcome.ok)
        return ::testing::AssertionFailure() << "it failed: " << outcome.error.toStdString();
    if (outcome.rows != rows)
        return ::testing::AssertionFailure()
               << "it changed " << outcome.rows << " rows, not " << rows;
    return ::testing::AssertionSuccess();
}

// Refused by the server with a message that contains `reason`.
::testing::AssertionResult refused(const Outcome &outcome, const QString &reason)
{
    if (outcome.ok)
        return ::testing::AssertionFailure() << "it succeeded (" << outcome.rows << " rows)";
    if (!outcome.error.contains(reason))
        return ::testing::AssertionFailure()
               << "refused for another reason: " << outcome.error.toStdString();
    return ::testing::AssertionSuccess();
}

const QString kPolicy = QStringLiteral("row-level security");

} // namespace

// Users with passwords in two teams (华东: the reps li.lei and zhao.min, the manager boss and
// the assistant; 华南: the rep chen.gang), legal and finance; customers of each rep, one of the
// assistant and one of nobody, each with a contact and a follow-up; a contract of li.lei's first
// customer with two instalments.
class ServerSecurityTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        if (HasFatalFailure())
            return;
        m_now = shanghai(2026, 9, 28, 9, 0); // a Monday
        user("li.lei", Role::Rep, QStringLiteral("华东"), true);
        user("zhao.min", Role::Rep, QStringLiteral("华东"));
        user("chen.gang", Role::Rep, QStringLiteral("华南"));
        user("boss", Role::Manager, QStringLiteral("华东"));
        user("assistant", Role::Assistant, QStringLiteral("华东"));
        user("legal", Role::Legal, {});
        user("finance", Role::Finance, {});
        m_lei1 = customer("杭州华信科技", "li.lei", "0571-8888-0001");
        m_lei2 = customer("杭州恒泰软件", "li.lei", "0571-8888-0002");
        m_zhao = customer("杭州鼎盛电子", "zhao.min", "0571-8888-0003");
        m_chen = customer("广州宏远物流", "chen.gang", "020-8888-0004");
        m_assistants = customer("杭州明德数据", "assistant", "0571-8888-0005");
        m_unowned = customer("深圳星辰科技", "", "0755-8888-0006");
        for (const QString &code : {m_lei1, m_zhao, m_chen})
            followUp(code);
        contract(m_lei1);

        RoleSession admin(location(), {}, {});
        ASSERT_TRUE(admin.opened()) << admin.error().toStdString();
        for (const QString &code : allCodes()) {
            const QString id =
                admin.single(QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code});
            bool number = false;
            m_rowId[code] = id.toLongLong(&number);
            ASSERT_TRUE(number) << code.toStdString() << ": " << id.toStdString();
        }
        for (const char *login : {"li.lei", "zhao.min", "chen.gang", "boss"}) {
            const QString id = admin.single(QStringLiteral("SELECT id FROM users WHERE login = ?"),
                                            {QString::fromLatin1(login)});
            m_userId[QString::fromLatin1(login)] = id.toLongLong();
        }
        m_contractId = admin.single(QStringLiteral("SELECT id FROM contracts")).toLongLong();
        ASSERT_GT(m_contractId, 0);
    }

    QString location() const { return m_ws->databasePath(); }

    void user(const char *login, Role role, const QString &team, bool senior = false)
    {
        User u;
        u.login = QString::fromLatin1(login);
        u.role = role;
        u.team = team;
        u.senior = senior;
        ASSERT_TRUE(succeeded(m_ws->users().add(u, kPassword)));
    }

    QString customer(const char *name, const char *owner, const char *phone)
    {
        Customer c;
        c.name = QString::fromUtf8(name);
        c.region = QStringLiteral("HZ");
        c.firstContactAt = m_now.addDays(-30);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.ownerLogin = QString::fromLatin1(owner);
        c.contacts.append({0,
                           QStringLiteral("王伟"),
                           QStringLiteral("CTO"),
                           QString::fromLatin1(phone),
                           {},
                           {},
                           true});
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored));
        return stored ? stored->id : QString();
    }

    void followUp(const QString &code)
    {
        FollowUpRecord r;
        r.customerId = code;
        r.contactAt = m_now.addSecs(-600);
        r.method = ContactMethod::Phone;
        r.counterpart = QStringLiteral("技术总监李工");
        r.content = QStringLiteral("确认演示时间");
        r.stage = OpportunityStage::Discovery;
        EXPECT_TRUE(succeeded(m_ws->followUps().record(r)));
    }

    // A complete contract of the customer `code` (R14's terms), drafted through `ws` with a
    // schedule of two instalments that add up to its price (R16): ready to submit.
    static std::optional<Contract> contract(Workspace &ws, const QString &code)
    {
        auto drafted = ws.contracts().draft(test::completeContract(code));
        EXPECT_TRUE(succeeded(drafted));
        if (!drafted)
            return std::nullopt;
        const Status scheduled =
            ws.contracts().setSchedule(drafted->id, schedule(3'600'000, 8'400'000));
        EXPECT_TRUE(succeeded(scheduled));
        if (!scheduled)
            return std::nullopt;
        return *drafted;
    }
    void contract(const QString &code) { ASSERT_TRUE(contract(*m_ws, code).has_value()); }

    static QList<Instalment> schedule(qint64 firstFen, qint64 secondFen)
    {
        Instalment first;
        first.due = QDate(2026, 10, 15);
        first.amountFen = firstFen;
        Instalment second;
        second.due = QDate(2026, 12, 1);
        second.amountFen = secondFen;
        return {first, second};
    }

    QStringList allCodes() const
    {
        return {m_lei1, m_lei2, m_zhao, m_chen, m_assistants, m_unowned};
    }
    QSet<QString> codes(std::initializer_list<QString> list) const { return QSet<QString>(list); }
    QSet<QString> rowIds(std::initializer_list<QString> list) const
    {
        QSet<QString> ids;
        for (const QString &code : list)
            ids.insert(QString::number(m_rowId.value(code)));
        return ids;
    }

    // A connection of the superuser, to look at what really is in the database.
    QString asPostgres(const QString &statement, const QVariantList &values = {}) const
    {
        RoleSession admin(location(), {}, {});
        return admin.single(statement, values);
    }

    // A customer row a user tries to insert, owned by `owner` (0: nobody).
    static QString insertCustomer()
    {
        return QStringLiteral(
            "INSERT INTO customers (code, name, name_key, first_contact_at, entered_at, region, "
            "owner_id, updated_at) VALUES (?, ?, ?, '2026-09-01T01:00:00Z', "
            "'2026-09-28T01:00:00Z', 'HZ', ?, '2026-09-28T01:00:00Z')");
    }
    static QVariantList newCustomer(const QString &code, qint64 owner)
    {
        const QString name = QStringLiteral("新客户") + code;
        return {code, name, name,
                owner ? QVariant(owner) : QVariant(QMetaType(QMetaType::LongLong))};
    }

    // A workspace opened on the server as `login` with `password`. Workspace::open takes no
    // password: libpq reads it from PGPASSWORD, set for this call only.
    Result<std::unique_ptr<Workspace>> openAs(const QString &login,
                                              const QString &password = kPassword)
    {
        QUrl url(location());
        url.setUserName(login);
        const bool had = qEnvironmentVariableIsSet("PGPASSWORD");
        const QByteArray before = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", password.toUtf8());
        auto opened = Workspace::open(url.toString(), [this] { return m_now; });
        if (had)
            qputenv("PGPASSWORD", before);
        else
            qunsetenv("PGPASSWORD");
        return opened;
    }

    // The workspace of `login` signed in with their own role (opened once per test): the
    // services act as them on their connection, as the desktop does.
    Workspace &signedIn(const QString &login)
    {
        auto &ws = m_signedIn[login];
        if (!ws) {
            auto opened = openAs(login);
            EXPECT_TRUE(succeeded(opened)) << login.toStdString();
            if (opened)
                ws = std::move(*opened);
        }
        return ws ? *ws : *m_ws;
    }

    // Takes the contract through the approval chain with the services as the superuser's
    // workspace acting as each step's owner, back to the administrator.
    void signThroughTheChain(qint64 contractId)
    {
        ASSERT_TRUE(succeeded(m_ws->contracts().submit(contractId)));
        for (const char *login : {"legal", "finance", "boss"}) {
            ASSERT_TRUE(succeeded(m_ws->actAs(QString::fromLatin1(login))));
            ASSERT_TRUE(succeeded(m_ws->contracts().approve(contractId)));
        }
        ASSERT_TRUE(succeeded(m_ws->actAs(m_admin)));
    }

    QString contractColumn(const char *column) const
    {
        return asPostgres(QStringLiteral("SELECT %1::text FROM contracts WHERE id = ?")
                              .arg(QString::fromLatin1(column)),
                          {m_contractId});
    }

    std::map<QString, std::unique_ptr<Workspace>> m_signedIn;
    QString m_lei1;
    QString m_lei2;
    QString m_zhao;
    QString m_chen;
    QString m_assistants;
    QString m_unowned;
    QHash<QString, qint64> m_rowId;
    QHash<QString, qint64> m_userId;
    qint64 m_contractId = 0;
};

TEST_F(ServerSecurityTest, ARepSeesOnlyTheirOwnCustomersAndWhatHangsOffThem)
{
    // What is there, seen by the superuser.
    RoleSession admin(location(), {}, {});
    ASSERT_TRUE(admin.opened()) << admin.error().toStdString();
    const QStringList everyCode = allCodes();
    const QSet<QString> all(everyCode.cbegin(), everyCode.cend());
    ASSERT_EQ(admin.set(QStringLiteral("SELECT code FROM customers")), all);
    ASSERT_EQ(admin.set(QStringLiteral("SELECT customer_id FROM followups")),
              rowIds({m_lei1, m_zhao, m_chen}));

    RoleSession lei(location(), QStringLiteral("li.lei"), kPassword);
    ASSERT_TRUE(lei.opened()) << lei.error().toStdString();
    EXPECT_EQ(lei.single(QStringLiteral("SELECT current_user")), QStringLiteral("li.lei"));
    EXPECT_EQ(lei.set(QStringLiteral("SELECT code FROM customers")), codes({m_lei1, m_lei2}));
    EXPECT_EQ(lei.set(QStringLiteral("SELECT customer_id FROM contacts")),
              rowIds({m_lei1, m_lei2}));
    EXPECT_EQ(lei.set(QStringLiteral("SELECT customer_id FROM followups")), rowIds({m_lei1}));
    EXPECT_EQ(lei.set(QStringLiteral("SELECT rowid FROM customer_search")),
              rowIds({m_lei1, m_lei2}));
    EXPECT_EQ(lei.set(QStringLiteral("SELECT customer_id FROM customer_grades")),
              rowIds({m_lei1, m_lei2}));
    EXPECT_EQ(lei.set(QStringLiteral("SELECT customer_id FROM contracts")), rowIds({m_lei1}));
    EXPECT_EQ(lei.single(QStringLiteral("SELECT count(*) FROM instalments")), QStringLiteral("2"));
    // Naming another rep's customer finds nothing either.
    EXPECT_EQ(
        lei.set(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {m_rowId.value(m_zhao)}),
        QSet<QString>{});
    // The audit trail: only the entries of their customers.
    const QSet<QString> audited =
        admin.set(QStringLiteral("SELECT entity_id FROM audit_log WHERE entity = 'customer' "
                                 "AND entity_id IN (?, ?)"),
                  {m_lei1, m_lei2});
    ASSERT_FALSE(audited.isEmpty());
    EXPECT_EQ(lei.set(QStringLiteral("SELECT entity_id FROM audit_log")), audited);

    // Another rep of the same team sees their own, nothing of li.lei's contract.
    RoleSession zhao(location(), QStringLiteral("zhao.min"), kPassword);
    ASSERT_TRUE(zhao.opened()) << zhao.error().toStdString();
    EXPECT_EQ(zhao.set(QStringLiteral("SELECT code FROM customers")), codes({m_zhao}));
    EXPECT_EQ(zhao.set(QStringLiteral("SELECT customer_id FROM followups")), rowIds({m_zhao}));
    EXPECT_EQ(zhao.single(QStringLiteral("SELECT count(*) FROM contracts")), QStringLiteral("0"));
    EXPECT_EQ(zhao.single(QStringLiteral("SELECT count(*) FROM instalments")), QStringLiteral("0"));
}

// The issue's own words: a rep who connects with psql — PostgreSQL's own client, not SalesFlow —
// as their role sees only their customers, and changes no one else's.
TEST_F(ServerSecurityTest, ARepConnectedThroughPsqlSeesOnlyTheirOwnCustomers)
{
    const auto server = ServerLocation::parse(location());
    ASSERT_TRUE(server);
    // The statement goes in on standard input, so that psql puts `target` in as a quoted literal.
    const auto psql = [&](const QString &statement, const QString &target = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), kPassword);
        environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        process.setProcessEnvironment(environment);
        process.start(test::PostgresCluster::shared().program(QStringLiteral("psql")),
                      {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-h"), server->host, QStringLiteral("-p"),
                       QString::number(server->port), QStringLiteral("-U"),
                       QStringLiteral("li.lei"), QStringLiteral("-d"), server->database,
                       QStringLiteral("-v"), QStringLiteral("target=") + target});
        process.write(statement.toUtf8() + ";\n");
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
        EXPECT_EQ(process.exitCode(), 0) << errors.toStdString();
        return output;
    };

    const QStringList seen =
        psql(QStringLiteral("SELECT code FROM customers ORDER BY code")).split(u'\n');
    QStringList own = {m_lei1, m_lei2};
    own.sort();
    EXPECT_EQ(seen, own);
    EXPECT_EQ(psql(QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("2"));
    // Another rep's customer, named outright: not there to read, nor to change.
    EXPECT_EQ(psql(QStringLiteral("SELECT count(*) FROM customers WHERE code = :'target'"), m_zhao),
              QStringLiteral("0"));
    EXPECT_EQ(psql(QStringLiteral("UPDATE customers SET name = 'mine now' WHERE code = :'target'"),
                   m_zhao),
              QStringLiteral("UPDATE 0"));
    RoleSession admin(location(), {}, {});
    ASSERT_TRUE(admin.opened()) << admin.error().toStdString();
    EXPECT_EQ(admin.single(QStringLiteral("SELECT name FROM customers WHERE code = ?"), {m_zhao}),
              QStringLiteral("杭州鼎盛电子"));
}

TEST_F(ServerSecurityTest, ARepChangesOnlyTheirOwnCustomersAndNeitherGradesNorHandsThemOn)
{
    RoleSession lei(location(), QStringLiteral("li.lei"), kPassword);
    ASSERT_TRUE(lei.opened()) << lei.error().toStdString();
    const QString update = QStringLiteral("UPDATE customers SET industry = ? WHERE id = ?");
    EXPECT_TRUE(changed(lei.run(update, {QStringLiteral("软件"), m_rowId.value(m_lei1)}), 1));
    EXPECT_TRUE(changed(lei.run(update, {QStringLiteral("软件"), m_rowId.value(m_zhao)}), 0));
    EXPECT_TRUE(changed(lei.run(update, {QStringLiteral("软件"), m_rowId.value(m_unowned)}), 0));
    EXPECT_TRUE(changed(lei.run(QStringLiteral("UPDATE contacts SET title = 'CEO'")), 2));
    EXPECT_TRUE(changed(lei.run(QStringLiteral("DELETE FROM followups WHERE customer_id = ?"),
                                {m_rowId.value(m_zhao)}),
                        0));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT industry FROM customers WHERE id = ?"),
                         {m_rowId.value(m_zhao)}),
              QString());
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'CEO'")),
              QStringLiteral("2"));

    // New customers: their own, not someone else's nor nobody's.
    EXPECT_TRUE(changed(lei.run(insertCustomer(),
                                newCustomer(QStringLiteral("HZ2026101"), m_userId.value("li.lei"))),
                        1));
    EXPECT_TRUE(refused(lei.run(insertCustomer(), newCustomer(QStringLiteral("HZ2026102"),
                                                              m_userId.value("zhao.min"))),
                        kPolicy));
    EXPECT_TRUE(
        refused(lei.run(insertCustomer(), newCustomer(QStringLiteral("HZ2026103"), 0)), kPolicy));

    // Handing their customer to another rep, and deleting it.
    EXPECT_TRUE(refused(lei.run(QStringLiteral("UPDATE customers SET owner_id = ? WHERE id = ?"),
                                {m_userId.value("zhao.min"), m_rowId.value(m_lei1)}),
                        kPolicy));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("UPDATE customers SET owner_id = NULL WHERE id = ?"),
                                {m_rowId.value(m_lei1)}),
                        kPolicy));
    EXPECT_TRUE(changed(
        lei.run(QStringLiteral("DELETE FROM customers WHERE id = ?"), {m_rowId.value(m_lei2)}), 0));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT u.login FROM customers c JOIN users u ON "
                                        "u.id = c.owner_id WHERE c.id = ?"),
                         {m_rowId.value(m_lei1)}),
              QStringLiteral("li.lei"));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"),
                         {m_rowId.value(m_lei2)}),
              QStringLiteral("1"));

    // Grading is a manager's.
    EXPECT_TRUE(changed(lei.run(QStringLiteral("UPDATE customer_grades SET grade = 'A' "
                                               "WHERE customer_id = ?"),
                                {m_rowId.value(m_lei1)}),
                        0));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT grade FROM customer_grades WHERE customer_id = ?"),
                         {m_rowId.value(m_lei1)}),
              QString());
}

TEST_F(ServerSecurityTest, ARepLeavesTheDirectoryTheAuditTrailAndOthersLoginsAlone)
{
    RoleSession lei(location(), QStringLiteral("li.lei"), kPassword);
    ASSERT_TRUE(lei.opened()) << lei.error().toStdString();
    // The directory is read by everyone, written by administrators.
    EXPECT_EQ(lei.single(QStringLiteral("SELECT count(*) FROM users")), QStringLiteral("8"));
    EXPECT_TRUE(changed(lei.run(QStringLiteral("UPDATE users SET role = 'admin' "
                                               "WHERE login = 'li.lei'")),
                        0));
    EXPECT_TRUE(changed(lei.run(QStringLiteral("UPDATE users SET team = '华南'")), 0));
    EXPECT_TRUE(changed(lei.run(QStringLiteral("UPDATE regions SET name = '杭州市'")), 0));
    EXPECT_TRUE(changed(lei.run(QStringLiteral("DELETE FROM settings")), 0));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT role || ' ' || team FROM users "
                                        "WHERE login = 'li.lei'")),
              QStringLiteral("rep 华东"));

    // The audit trail: appended to in one's own name only, never changed.
    const QString rows = asPostgres(QStringLiteral("SELECT count(*) FROM audit_log"));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("DELETE FROM audit_log")),
                        QStringLiteral("permission denied")));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("UPDATE audit_log SET actor = 'boss'")),
                        QStringLiteral("permission denied")));
    const QString append = QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value) "
        "VALUES ('2026-09-28T01:00:00Z', ?, 'customer', ?, 'grade', '', 'A')");
    EXPECT_TRUE(refused(lei.run(append, {QStringLiteral("boss"), m_lei1}), kPolicy));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM audit_log")), rows);
    EXPECT_TRUE(changed(lei.run(append, {QStringLiteral("li.lei"), m_lei1}), 1));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM audit_log")),
              QString::number(rows.toInt() + 1));

    // Logins and passwords of others are an administrator's.
    EXPECT_TRUE(refused(lei.run(QStringLiteral("SELECT sf_create_login('zhao.min', NULL)")),
                        QStringLiteral("only a SalesFlow administrator")));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("SELECT sf_set_password('zhao.min', ?)"),
                                {QStringLiteral("Stolen2026!")}),
                        QStringLiteral("only a SalesFlow administrator")));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("ALTER ROLE \"zhao.min\" PASSWORD 'Stolen2026!'")),
                        QStringLiteral("permission denied")));
    RoleSession zhao(location(), QStringLiteral("zhao.min"), kPassword);
    EXPECT_TRUE(zhao.opened()) << zhao.error().toStdString();
    RoleSession stolen(location(), QStringLiteral("zhao.min"), QStringLiteral("Stolen2026!"));
    EXPECT_FALSE(stolen.opened());
}

TEST_F(ServerSecurityTest, AManagerWorksOnTheTeamAndTheUnownedOnly)
{
    RoleSession boss(location(), QStringLiteral("boss"), kPassword);
    ASSERT_TRUE(boss.opened()) << boss.error().toStdString();
    EXPECT_EQ(boss.set(QStringLiteral("SELECT code FROM customers")),
              codes({m_lei1, m_lei2, m_zhao, m_assistants, m_unowned}));
    EXPECT_EQ(boss.set(QStringLiteral("SELECT customer_id FROM followups")),
              rowIds({m_lei1, m_zhao}));

    const QString grade =
        QStringLiteral("UPDATE customer_grades SET grade = 'B' WHERE customer_id = ?");
    EXPECT_TRUE(changed(boss.run(grade, {m_rowId.value(m_zhao)}), 1));
    EXPECT_TRUE(changed(boss.run(grade, {m_rowId.value(m_unowned)}), 1));
    EXPECT_TRUE(changed(boss.run(grade, {m_rowId.value(m_chen)}), 0));
    EXPECT_EQ(
        asPostgres(QStringLiteral("SELECT string_agg(c.code || '=' || g.grade, ',' "
                                  "ORDER BY c.code) FROM customer_grades g "
                                  "JOIN customers c ON c.id = g.customer_id "
                                  "WHERE g.grade <> ''")),
        QStringList({m_zhao + QStringLiteral("=B"), m_unowned + QStringLiteral("=B")}).join(u','));

    // Assigning within the team, not to another team.
    const QString assign = QStringLiteral("UPDATE customers SET owner_id = ? WHERE id = ?");
    EXPECT_TRUE(changed(boss.run(assign, {m_userId.value("zhao.min"), m_rowId.value(m_lei2)}), 1));
    EXPECT_TRUE(
        refused(boss.run(assign, {m_userId.value("chen.gang"), m_rowId.value(m_lei1)}), kPolicy));
    EXPECT_TRUE(changed(boss.run(assign, {m_userId.value("boss"), m_rowId.value(m_chen)}), 0));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT string_agg(c.code || '=' || u.login, ',' "
                                        "ORDER BY c.code) FROM customers c "
                                        "JOIN users u ON u.id = c.owner_id "
                                        "WHERE c.code IN (?, ?, ?)"),
                         {m_lei1, m_lei2, m_chen}),
              QStringList({m_lei1 + QStringLiteral("=li.lei"), m_lei2 + QStringLiteral("=zhao.min"),
                           m_chen + QStringLiteral("=chen.gang")})
                  .join(u','));
}

// What the rules keep per customer (0010_rule_state.sql) is written by the server's triggers as
// records and grades change: seen with the customer, written by no user, so that no rep can
// hide a customer from R6, R7, R8 or R13.
TEST_F(ServerSecurityTest, WhatTheRulesKeepPerCustomerIsTheServersToWrite)
{
    RoleSession lei(location(), QStringLiteral("li.lei"), kPassword);
    ASSERT_TRUE(lei.opened()) << lei.error().toStdString();
    const QString denied = QStringLiteral("permission denied");
    EXPECT_EQ(lei.set(QStringLiteral("SELECT customer_id FROM customer_activity")),
              rowIds({m_lei1}));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("UPDATE customer_activity SET last_contact_at = "
                                               "'9999-01-01T00:00:00Z'")),
                        denied));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("DELETE FROM customer_activity")), denied));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("INSERT INTO customer_activity (customer_id, "
                                               "last_contact_at) VALUES (?, "
                                               "'9999-01-01T00:00:00Z')"),
                                {m_rowId.value(m_lei2)}),
                        denied));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("UPDATE customer_grades SET became_at = "
                                               "'9999-01-01T00:00:00Z' WHERE customer_id = ?"),
                                {m_rowId.value(m_lei1)}),
                        denied));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("INSERT INTO customer_grades (customer_id, "
                                               "became_at) VALUES (?, '9999-01-01T00:00:00Z')"),
                                {m_rowId.value(m_lei2)}),
                        denied));

    // A record of the rep's and a grade change of the manager's move them, as their roles.
    EXPECT_TRUE(changed(lei.run(QStringLiteral("INSERT INTO followups (customer_id, contact_at, "
                                               "recorded_at, method, content, progress, "
                                               "recorded_by) VALUES (?, '2030-01-07T02:00:00Z', "
                                               "'2030-01-07T02:30:00Z', 'phone', '电话', 1, "
                                               "'li.lei')"),
                                {m_rowId.value(m_lei1)}),
                        1));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT last_contact_at || ' ' || last_progress_at FROM "
                                        "customer_activity WHERE customer_id = ?"),
                         {m_rowId.value(m_lei1)}),
              QStringLiteral("2030-01-07T02:00:00Z 2030-01-07T02:00:00Z"));
    RoleSession boss(location(), QStringLiteral("boss"), kPassword);
    ASSERT_TRUE(boss.opened()) << boss.error().toStdString();
    EXPECT_TRUE(changed(boss.run(QStringLiteral("UPDATE customer_grades SET grade = 'A', "
                                                "graded_at = '2030-01-08T02:00:00Z' WHERE "
                                                "customer_id = ?"),
                                 {m_rowId.value(m_lei1)}),
                        1));
    EXPECT_TRUE(changed(boss.run(QStringLiteral("INSERT INTO grade_history (customer_id, "
                                                "from_grade, to_grade, actor, at) VALUES (?, '', "
                                                "'A', 'boss', '2030-01-08T02:00:00Z')"),
                                 {m_rowId.value(m_lei1)}),
                        1));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT became_at FROM customer_grades WHERE "
                                        "customer_id = ?"),
                         {m_rowId.value(m_lei1)}),
              QStringLiteral("2030-01-08T02:00:00Z"));
    // Not even a manager writes it; downgraded to C, the customer keeps none.
    EXPECT_TRUE(refused(boss.run(QStringLiteral("UPDATE customer_grades SET became_at = NULL "
                                                "WHERE customer_id = ?"),
                                 {m_rowId.value(m_lei1)}),
                        denied));
    EXPECT_TRUE(changed(boss.run(QStringLiteral("UPDATE customer_grades SET grade = 'C' WHERE "
                                                "customer_id = ?"),
                                 {m_rowId.value(m_lei1)}),
                        1));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM customer_grades WHERE "
                                        "customer_id = ? AND became_at IS NULL"),
                         {m_rowId.value(m_lei1)}),
              QStringLiteral("1"));
    // The function the triggers use reads history past row-level security: not for users.
    EXPECT_TRUE(refused(
        lei.run(QStringLiteral("SELECT sf_became(?, 'B')"), {m_rowId.value(m_zhao)}), denied));
}

TEST_F(ServerSecurityTest, LegalAndFinanceReadEveryCustomerAndChangeNone)
{
    const QStringList everyCode = allCodes();
    const QSet<QString> all(everyCode.cbegin(), everyCode.cend());
    for (const QString &login : {QStringLiteral("legal"), QStringLiteral("finance")}) {
        SCOPED_TRACE(login.toStdString());
        RoleSession session(location(), login, kPassword);
        ASSERT_TRUE(session.opened()) << session.error().toStdString();
        EXPECT_EQ(session.set(QStringLiteral("SELECT code FROM customers")), all);
        EXPECT_EQ(session.single(QStringLiteral("SELECT count(*) FROM contacts")),
                  QStringLiteral("6"));
        EXPECT_TRUE(
            changed(session.run(QStringLiteral("UPDATE customers SET industry = '物流'")), 0));
        EXPECT_TRUE(changed(session.run(QStringLiteral("UPDATE contacts SET title = 'CEO'")), 0));
        EXPECT_TRUE(
            changed(session.run(QStringLiteral("UPDATE customer_grades SET grade = 'C'")), 0));
        EXPECT_TRUE(refused(session.run(insertCustomer(), newCustomer(QStringLiteral("HZ2026111"),
                                                                      m_userId.value("li.lei"))),
                            kPolicy));
    }
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM customers WHERE industry <> ''")),
              QStringLiteral("0"));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'CEO'")),
              QStringLiteral("0"));
}

TEST_F(ServerSecurityTest, OnlyFinanceRecordsPayments)
{
    const QString pay = QStringLiteral(
        "INSERT INTO payments (contract_id, received_on, amount_fen, reference, recorded_by, "
        "recorded_at) VALUES (?, '2026-10-15', 3600000, ?, ?, '2026-10-15T02:00:00Z')");
    for (const QString &login : {QStringLiteral("li.lei"), QStringLiteral("boss"),
                                 QStringLiteral("legal"), QStringLiteral("assistant")}) {
        SCOPED_TRACE(login.toStdString());
        RoleSession session(location(), login, kPassword);
        ASSERT_TRUE(session.opened()) << session.error().toStdString();
        EXPECT_TRUE(refused(session.run(pay, {m_contractId, login, login}), kPolicy));
        // The schedule of a draft is its drafter's (and their manager's).
        const bool drafter = login == QStringLiteral("li.lei") || login == QStringLiteral("boss");
        EXPECT_TRUE(changed(session.run(QStringLiteral("UPDATE instalments SET note = ? "
                                                       "WHERE contract_id = ?"),
                                        {login, m_contractId}),
                            drafter ? 2 : 0));
    }
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT count(*) FROM payments")), QStringLiteral("0"));

    // Finance records payments in its own name against a signed contract.
    RoleSession finance(location(), QStringLiteral("finance"), kPassword);
    ASSERT_TRUE(finance.opened()) << finance.error().toStdString();
    EXPECT_TRUE(
        refused(finance.run(pay, {m_contractId, QStringLiteral("F-0"), QStringLiteral("finance")}),
                QStringLiteral("against signed contracts only")));
    signThroughTheChain(m_contractId);
    EXPECT_TRUE(
        refused(finance.run(pay, {m_contractId, QStringLiteral("F-0"), QStringLiteral("li.lei")}),
                QStringLiteral("in their own name only")));
    EXPECT_TRUE(changed(
        finance.run(pay, {m_contractId, QStringLiteral("F-1"), QStringLiteral("finance")}), 1));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT reference FROM payments")), QStringLiteral("F-1"));

    // The rep whose contract it is sees the payment, another rep does not.
    RoleSession lei(location(), QStringLiteral("li.lei"), kPassword);
    EXPECT_EQ(lei.single(QStringLiteral("SELECT reference FROM payments")), QStringLiteral("F-1"));
    RoleSession chen(location(), QStringLiteral("chen.gang"), kPassword);
    EXPECT_EQ(chen.single(QStringLiteral("SELECT count(*) FROM payments")), QStringLiteral("0"));
}

TEST_F(ServerSecurityTest, AnAssistantDraftsNoContract)
{
    const QString draft = QStringLiteral(
        "INSERT INTO contracts (number, customer_id, title, owner, created_at, updated_at, "
        "updated_by) VALUES (?, ?, 'CRM系统采购合同', ?, '2026-09-28T01:00:00Z', "
        "'2026-09-28T01:00:00Z', ?)");
    RoleSession assistant(location(), QStringLiteral("assistant"), kPassword);
    ASSERT_TRUE(assistant.opened()) << assistant.error().toStdString();
    EXPECT_EQ(assistant.set(QStringLiteral("SELECT code FROM customers")), codes({m_assistants}));
    EXPECT_TRUE(
        refused(assistant.run(draft, {QStringLiteral("HT-2026-9001"), m_rowId.value(m_assistants),
                                      QStringLiteral("assistant"), QStringLiteral("assistant")}),
                kPolicy));
    // A rep drafts one for their own customer, not for another rep's.
    RoleSession lei(location(), QStringLiteral("li.lei"), kPassword);
    ASSERT_TRUE(lei.opened()) << lei.error().toStdString();
    EXPECT_TRUE(changed(lei.run(draft, {QStringLiteral("HT-2026-9002"), m_rowId.value(m_lei2),
                                        QStringLiteral("li.lei"), QStringLiteral("li.lei")}),
                        1));
    EXPECT_TRUE(refused(lei.run(draft, {QStringLiteral("HT-2026-9003"), m_rowId.value(m_zhao),
                                        QStringLiteral("li.lei"), QStringLiteral("li.lei")}),
                        kPolicy));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT string_agg(number, ',' ORDER BY number) "
                                        "FROM contracts WHERE number LIKE 'HT-2026-900%'")),
              QStringLiteral("HT-2026-9002"));
}

TEST_F(ServerSecurityTest, AWrongPasswordOrADeactivatedUserCannotConnect)
{
    {
        RoleSession wrong(location(), QStringLiteral("li.lei"), QStringLiteral("Autumn2026!"));
        EXPECT_FALSE(wrong.opened());
        EXPECT_TRUE(wrong.error().contains(QStringLiteral("password authentication failed")))
            << wrong.error().toStdString();
        RoleSession right(location(), QStringLiteral("li.lei"), kPassword);
        EXPECT_TRUE(right.opened()) << right.error().toStdString();
    }

    auto zhao = m_ws->users().find(QStringLiteral("zhao.min"));
    ASSERT_TRUE(succeeded(zhao));
    ASSERT_TRUE(zhao->has_value());
    User deactivated = **zhao;
    deactivated.active = false;
    auto updated = m_ws->users().update(deactivated);
    ASSERT_TRUE(succeeded(updated));
    {
        RoleSession refusedSession(location(), QStringLiteral("zhao.min"), kPassword);
        EXPECT_FALSE(refusedSession.opened());
        EXPECT_TRUE(refusedSession.error().contains(QStringLiteral("not permitted to log in")))
            << refusedSession.error().toStdString();
        auto workspace = openAs(QStringLiteral("zhao.min"));
        EXPECT_FALSE(workspace.ok());
    }

    User reactivated = *updated;
    reactivated.active = true;
    ASSERT_TRUE(succeeded(m_ws->users().update(reactivated)));
    RoleSession back(location(), QStringLiteral("zhao.min"), kPassword);
    EXPECT_TRUE(back.opened()) << back.error().toStdString();
}

TEST_F(ServerSecurityTest, AWorkspaceOpenedAsARepListsOnlyTheirCustomersWhoeverItActsAs)
{
    auto opened = openAs(QStringLiteral("li.lei"));
    ASSERT_TRUE(succeeded(opened));
    std::unique_ptr<Workspace> lei = std::move(*opened);
    EXPECT_EQ(lei->actor().login, QStringLiteral("li.lei"));
    EXPECT_EQ(lei->actor().role, Role::Rep);

    const auto listedIds = [&lei] {
        QSet<QString> ids;
        auto listed = lei->customers().list({}, {}, 100);
        EXPECT_TRUE(succeeded(listed));
        if (listed) {
            for (const CustomerRow &row : listed->rows)
                ids.insert(row.id);
        }
        return ids;
    };
    EXPECT_EQ(listedIds(), codes({m_lei1, m_lei2}));
    auto counted = lei->customerBrowse().count({});
    ASSERT_TRUE(succeeded(counted));
    EXPECT_EQ(*counted, 2);

    // The services acting as the administrator on li.lei's connection: the server still shows
    // and changes only li.lei's customers.
    ASSERT_TRUE(succeeded(lei->actAs(m_admin)));
    EXPECT_EQ(listedIds(), codes({m_lei1, m_lei2}));
    counted = lei->customerBrowse().count({});
    ASSERT_TRUE(succeeded(counted));
    EXPECT_EQ(*counted, 2);
    auto other = lei->customers().find(m_zhao);
    EXPECT_TRUE(!other.ok() || !other->has_value());
    EXPECT_FALSE(lei->customers().assign({m_lei1}, QStringLiteral("chen.gang")).ok());
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT u.login FROM customers c JOIN users u ON "
                                        "u.id = c.owner_id WHERE c.code = ?"),
                         {m_lei1}),
              QStringLiteral("li.lei"));

    // A wrong password opens no workspace.
    EXPECT_FALSE(openAs(QStringLiteral("li.lei"), QStringLiteral("Autumn2026!")).ok());
}

TEST_F(ServerSecurityTest, TwoDesktopsEditingTheSameCustomerLoseNoUpdate)
{
    auto openedLei = openAs(QStringLiteral("li.lei"));
    ASSERT_TRUE(succeeded(openedLei));
    auto openedBoss = openAs(QStringLiteral("boss"));
    ASSERT_TRUE(succeeded(openedBoss));
    std::unique_ptr<Workspace> lei = std::move(*openedLei);
    std::unique_ptr<Workspace> boss = std::move(*openedBoss);

    auto mine = lei->customers().find(m_lei1);
    ASSERT_TRUE(succeeded(mine));
    ASSERT_TRUE(mine->has_value());
    auto theirs = boss->customers().find(m_lei1);
    ASSERT_TRUE(succeeded(theirs));
    ASSERT_TRUE(theirs->has_value());

    Customer leiEdit = **mine;
    leiEdit.industry = QStringLiteral("软件与信息技术");
    ASSERT_TRUE(succeeded(lei->customers().update(leiEdit)));

    Customer bossEdit = **theirs;
    bossEdit.industry = QStringLiteral("装备制造");
    auto stale = boss->customers().update(bossEdit);
    ASSERT_TRUE(refusedAs(stale, ErrorKind::Conflict));
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("li.lei")))
        << stale.error().message.toStdString();
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT industry FROM customers WHERE code = ?"), {m_lei1}),
              QStringLiteral("软件与信息技术"));

    // Reloaded, the manager's edit goes through.
    auto reloaded = boss->customers().find(m_lei1);
    ASSERT_TRUE(succeeded(reloaded));
    ASSERT_TRUE(reloaded->has_value());
    Customer again = **reloaded;
    again.industry = QStringLiteral("装备制造");
    ASSERT_TRUE(succeeded(boss->customers().update(again)));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT industry FROM customers WHERE code = ?"), {m_lei1}),
              QStringLiteral("装备制造"));
}

// postgresql/0009_contract_steps.sql: each step of R14–R16 is its owner's at the server too.
TEST_F(ServerSecurityTest, EachContractStepIsOnlyItsOwnersAtTheServer)
{
    RoleSession lei(location(), QStringLiteral("li.lei"), kPassword);
    RoleSession boss(location(), QStringLiteral("boss"), kPassword);
    RoleSession legal(location(), QStringLiteral("legal"), kPassword);
    RoleSession finance(location(), QStringLiteral("finance"), kPassword);
    for (const RoleSession *session : {&lei, &boss, &legal, &finance})
        ASSERT_TRUE(session->opened()) << session->error().toStdString();
    const QString stamp = QStringLiteral("2026-09-28T02:00:00Z");
    const QString move = QStringLiteral("UPDATE contracts SET status = ?, %1 = ? WHERE id = ?");
    const QString moveRefused = QStringLiteral("cannot move contract");
    // Whether the server refuses `session` moving the contract to `status` with its stamp.
    const auto refusesMove = [&](RoleSession &session, const char *status, const char *column) {
        return refused(session.run(move.arg(QString::fromLatin1(column)),
                                   {QString::fromLatin1(status), stamp, m_contractId}),
                       moveRefused);
    };
    const QString termsRefused = QStringLiteral("cannot change the terms");
    const QString price = QStringLiteral("UPDATE contracts SET price_fen = 1 WHERE id = ?");

    // A draft: the rep neither signs it nor approves it, nor drafts a contract already signed.
    EXPECT_TRUE(refused(lei.run(QStringLiteral("UPDATE contracts SET status = 'signed' "
                                               "WHERE id = ?"),
                                {m_contractId}),
                        moveRefused));
    EXPECT_TRUE(refusesMove(lei, "signed", "signed_at"));
    EXPECT_TRUE(refusesMove(lei, "finance_review", "legal_approved_at"));
    EXPECT_TRUE(refused(
        lei.run(QStringLiteral("INSERT INTO contracts (number, customer_id, title, status, owner, "
                               "created_at, updated_at, updated_by) VALUES ('HT-2026-9101', ?, "
                               "'CRM系统采购合同', 'signed', 'li.lei', ?, ?, 'li.lei')"),
                {m_rowId.value(m_lei2), stamp, stamp}),
        QStringLiteral("only as a draft")));
    // Nor does legal touch a draft, nor anyone delete one.
    EXPECT_TRUE(refused(legal.run(price, {m_contractId}), termsRefused));
    EXPECT_TRUE(refusesMove(legal, "finance_review", "legal_approved_at"));
    EXPECT_TRUE(
        changed(lei.run(QStringLiteral("DELETE FROM contracts WHERE id = ?"), {m_contractId}), 0));

    // Submitted by the rep (through the services, signed in as li.lei).
    ASSERT_TRUE(succeeded(signedIn(QStringLiteral("li.lei")).contracts().submit(m_contractId)));
    ASSERT_EQ(contractColumn("status"), QStringLiteral("legal_review"));
    // The terms of a submitted contract change only with its approvals reset.
    EXPECT_TRUE(refused(lei.run(price, {m_contractId}), QStringLiteral("sends it back to draft")));
    EXPECT_TRUE(refused(lei.run(QStringLiteral("UPDATE instalments SET amount_fen = amount_fen - 1 "
                                               "WHERE contract_id = ? AND due_date = '2026-10-15'"),
                                {m_contractId}),
                        QStringLiteral("sends it back to draft")));
    // Legal changes no term and gives no other step than its own; finance does not give legal's.
    EXPECT_TRUE(refused(legal.run(price, {m_contractId}), termsRefused));
    EXPECT_TRUE(refusesMove(legal, "signed", "signed_at"));
    EXPECT_TRUE(refusesMove(legal, "manager_sign", "finance_approved_at"));
    EXPECT_TRUE(refusesMove(finance, "finance_review", "legal_approved_at"));
    EXPECT_TRUE(refusesMove(boss, "finance_review", "legal_approved_at"));

    // Approved by legal (its own step, through the services): now legal does not do finance's.
    ASSERT_TRUE(succeeded(signedIn(QStringLiteral("legal")).contracts().approve(m_contractId)));
    ASSERT_EQ(contractColumn("status"), QStringLiteral("finance_review"));
    EXPECT_TRUE(refusesMove(legal, "manager_sign", "finance_approved_at"));
    EXPECT_TRUE(refused(finance.run(price, {m_contractId}), termsRefused));
    EXPECT_TRUE(refusesMove(lei, "manager_sign", "finance_approved_at"));

    // What was paid is finance's: neither the rep nor the manager marks an instalment paid.
    for (RoleSession *session : {&lei, &boss})
        EXPECT_TRUE(refused(session->run(QStringLiteral("UPDATE instalments SET paid_fen = "
                                                        "amount_fen WHERE contract_id = ?"),
                                         {m_contractId}),
                            QStringLiteral("cannot change what was paid")));

    // The history: no forged step, no event in someone else's name.
    const QString event = QStringLiteral("INSERT INTO contract_events (contract_id, action, step, "
                                         "actor, at) VALUES (?, ?, ?, ?, ?)");
    EXPECT_TRUE(
        refused(lei.run(event, {m_contractId, QStringLiteral("approved"), QStringLiteral("finance"),
                                QStringLiteral("finance"), stamp}),
                QStringLiteral("in their own name only")));
    EXPECT_TRUE(
        refused(lei.run(event, {m_contractId, QStringLiteral("approved"), QStringLiteral("finance"),
                                QStringLiteral("li.lei"), stamp}),
                QStringLiteral("cannot record the contract event")));
    EXPECT_TRUE(
        refused(legal.run(event, {m_contractId, QStringLiteral("approved"),
                                  QStringLiteral("finance"), QStringLiteral("legal"), stamp}),
                QStringLiteral("cannot record the contract event")));
    EXPECT_TRUE(
        refused(boss.run(event, {m_contractId, QStringLiteral("signed"), QStringLiteral("manager"),
                                 QStringLiteral("li.lei"), stamp}),
                QStringLiteral("in their own name only")));

    // Nothing of it reached the contract.
    EXPECT_EQ(contractColumn("status"), QStringLiteral("finance_review"));
    EXPECT_EQ(contractColumn("price_fen"), QStringLiteral("12000000"));
    EXPECT_EQ(contractColumn("finance_approved_at"), QString());
    EXPECT_EQ(
        asPostgres(QStringLiteral("SELECT string_agg(amount_fen || '/' || paid_fen, ',' "
                                  "ORDER BY due_date) FROM instalments WHERE contract_id = ?"),
                   {m_contractId}),
        QStringLiteral("3600000/0,8400000/0"));
    EXPECT_EQ(
        asPostgres(QStringLiteral("SELECT string_agg(action || ':' || actor, ',' ORDER BY id) "
                                  "FROM contract_events WHERE contract_id = ?"),
                   {m_contractId}),
        QStringLiteral("drafted:%1,submitted:li.lei,approved:legal").arg(m_admin));
}

// The same checks let every step through when the services take it, signed in as its owner.
TEST_F(ServerSecurityTest, TheContractPathWorksSignedInAsEachRole)
{
    Workspace &lei = signedIn(QStringLiteral("li.lei"));
    Workspace &legal = signedIn(QStringLiteral("legal"));
    Workspace &finance = signedIn(QStringLiteral("finance"));
    Workspace &boss = signedIn(QStringLiteral("boss"));
    for (const char *login : {"li.lei", "legal", "finance", "boss"})
        ASSERT_NE(m_signedIn[QString::fromLatin1(login)], nullptr) << login;

    // Drafted, edited and submitted by the rep; returned by legal with comments.
    auto drafted = contract(lei, m_lei2);
    ASSERT_TRUE(drafted.has_value());
    const qint64 id = drafted->id;
    Contract edited = *drafted;
    edited.delivery = QStringLiteral("签订后45日内上线");
    ASSERT_TRUE(succeeded(lei.contracts().update(edited)));
    ASSERT_TRUE(succeeded(lei.contracts().submit(id)));
    ASSERT_TRUE(succeeded(legal.contracts().reject(id, QStringLiteral("违约条款需修改"))));
    // Resubmitted; a new schedule during the chain resets it, and so does an edit.
    ASSERT_TRUE(succeeded(lei.contracts().submit(id)));
    ASSERT_TRUE(succeeded(legal.contracts().approve(id)));
    ASSERT_TRUE(succeeded(lei.contracts().setSchedule(id, schedule(6'000'000, 6'000'000))));
    auto reset = lei.contracts().contract(id);
    ASSERT_TRUE(succeeded(reset));
    EXPECT_EQ(reset->status, ContractStatus::Draft);
    ASSERT_TRUE(succeeded(lei.contracts().submit(id)));
    ASSERT_TRUE(succeeded(legal.contracts().approve(id)));
    auto current = lei.contracts().contract(id);
    ASSERT_TRUE(succeeded(current));
    Contract again = *current;
    again.liability = QStringLiteral("逾期按日万分之三支付违约金");
    auto editedInChain = lei.contracts().update(again);
    ASSERT_TRUE(succeeded(editedInChain));
    EXPECT_EQ(editedInChain->status, ContractStatus::Draft);

    // The whole chain: legal, finance (returning once), the manager's signature.
    ASSERT_TRUE(succeeded(lei.contracts().submit(id)));
    ASSERT_TRUE(succeeded(legal.contracts().approve(id)));
    ASSERT_TRUE(succeeded(finance.contracts().reject(id, QStringLiteral("付款比例需调整"))));
    ASSERT_TRUE(succeeded(lei.contracts().submit(id)));
    ASSERT_TRUE(succeeded(legal.contracts().approve(id)));
    ASSERT_TRUE(succeeded(finance.contracts().approve(id)));
    ASSERT_TRUE(succeeded(boss.contracts().reject(id, QStringLiteral("价格需复核"))));
    ASSERT_TRUE(succeeded(boss.contracts().submit(id)));
    ASSERT_TRUE(succeeded(legal.contracts().approve(id)));
    ASSERT_TRUE(succeeded(finance.contracts().approve(id)));
    auto signedContract = boss.contracts().approve(id);
    ASSERT_TRUE(succeeded(signedContract));
    EXPECT_EQ(signedContract->status, ContractStatus::Signed);

    // Delivery by the rep; a payment recorded by finance.
    ASSERT_TRUE(succeeded(lei.contracts().startDelivery(id)));
    Payment payment;
    payment.receivedOn = QDate(2026, 9, 28);
    payment.amountFen = 2'000'000;
    payment.reference = QStringLiteral("HZ-0928-01");
    auto recorded = finance.payments().record(signedContract->number, payment);
    ASSERT_TRUE(succeeded(recorded));

    EXPECT_EQ(asPostgres(QStringLiteral("SELECT status FROM contracts WHERE id = ?"), {id}),
              QStringLiteral("in_delivery"));
    EXPECT_EQ(
        asPostgres(QStringLiteral("SELECT string_agg(amount_fen || '/' || paid_fen, ',' "
                                  "ORDER BY due_date) FROM instalments WHERE contract_id = ?"),
                   {id}),
        QStringLiteral("6000000/2000000,6000000/0"));
    EXPECT_EQ(
        asPostgres(QStringLiteral("SELECT recorded_by FROM payments WHERE contract_id = ?"), {id}),
        QStringLiteral("finance"));
    EXPECT_EQ(asPostgres(QStringLiteral("SELECT string_agg(action || ':' || coalesce(step, '') || "
                                        "':' || actor, ',' ORDER BY id) FROM contract_events "
                                        "WHERE contract_id = ? AND action IN ('rejected', "
                                        "'signed', 'delivery')"),
                         {id}),
              QStringLiteral("rejected:legal:legal,rejected:finance:finance,"
                             "rejected:manager:boss,signed:manager:boss,delivery::li.lei"));

    // Once paid, the schedule stays: not even finance replaces it at the server.
    RoleSession financeSql(location(), QStringLiteral("finance"), kPassword);
    ASSERT_TRUE(financeSql.opened()) << financeSql.error().toStdString();
    EXPECT_TRUE(refused(financeSql.run(QStringLiteral("DELETE FROM instalments WHERE "
                                                      "contract_id = ?"),
                                       {id}),
                        QStringLiteral("its schedule can no longer change")));
    EXPECT_TRUE(
        refused(financeSql.run(QStringLiteral("DELETE FROM payments WHERE contract_id = ?"), {id}),
                QStringLiteral("permission denied")));
}
