// SPDX-License-Identifier: MIT
// The audit trail: administrators search and export it; a customer's trail gathers its records.
#include "WorkspaceFixture.h"
#include "services/AuditService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"

#include <QFile>

using namespace sf;
using sf::test::refusedAs;
using sf::test::shanghai;
using sf::test::succeeded;

class AuditServiceTest : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_now = shanghai(2026, 3, 2, 9, 0);
    }

    QString createCustomer(const QString &name)
    {
        Customer c;
        c.name = name;
        c.region = QStringLiteral("HZ");
        c.firstContactAt = m_now.addSecs(-3600);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        auto stored = m_ws->customers().create(c);
        EXPECT_TRUE(succeeded(stored));
        return stored ? stored->id : QString();
    }

    void recordFollowUp(const QString &customerId, const QString &content)
    {
        FollowUpRecord r;
        r.customerId = customerId;
        r.contactAt = m_now.addSecs(-600);
        r.method = ContactMethod::Phone;
        r.counterpart = QStringLiteral("技术总监李工");
        r.content = content;
        r.nextAction = QStringLiteral("发送竞品对比");
        r.nextActionDue = QDate(2026, 3, 5);
        ASSERT_TRUE(succeeded(m_ws->followUps().record(r)));
    }

    AuditService &audit() { return m_ws->audit(); }
};

TEST_F(AuditServiceTest, OnlyAnAdministratorSearchesAndExports)
{
    createCustomer(QStringLiteral("杭州华信科技"));
    AuditQuery all;
    auto page = audit().search(all);
    ASSERT_TRUE(succeeded(page));
    EXPECT_FALSE(page->entries.isEmpty());
    ASSERT_TRUE(succeeded(audit().count(all)));

    addUser(QStringLiteral("boss"), Role::Manager);
    for (const auto &[login, role] : {std::pair{QStringLiteral("rep1"), Role::Rep},
                                      std::pair{QStringLiteral("legal1"), Role::Legal}}) {
        actAsNew(login, role);
        EXPECT_TRUE(refusedAs(audit().search(all), ErrorKind::Permission));
        EXPECT_TRUE(refusedAs(audit().count(all), ErrorKind::Permission));
        const QString path = m_folder.path(QStringLiteral("refused.csv"));
        EXPECT_TRUE(refusedAs(audit().exportCsv(all, path), ErrorKind::Permission));
        EXPECT_FALSE(QFile::exists(path));
        ASSERT_TRUE(succeeded(m_ws->actAs(m_admin)));
    }
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("boss"))));
    auto refused = audit().search(all);
    ASSERT_TRUE(refusedAs(refused, ErrorKind::Permission));
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Only an administrator may read the audit trail."));
}

TEST_F(AuditServiceTest, ACustomersTrailHoldsItsOwnRecordsOnly)
{
    const QString id = createCustomer(QStringLiteral("杭州华信科技"));
    const QString other = createCustomer(QStringLiteral("宁波海天机械"));
    m_now = m_now.addSecs(60);
    GradeDecision decision;
    decision.grade = Grade::B;
    decision.reason = QStringLiteral("预算已确认");
    ASSERT_TRUE(succeeded(m_ws->customers().grade({id}, decision)));
    m_now = m_now.addSecs(60);
    recordFollowUp(id, QStringLiteral("李工关心与现有ERP的兼容性"));
    recordFollowUp(other, QStringLiteral("别家客户的跟进"));

    auto trail = audit().forCustomer(id.toLower()); // a customer id in any case
    ASSERT_TRUE(succeeded(trail));
    QStringList seen;
    for (const AuditEntry &entry : *trail) {
        seen << entry.entity + u'/' + entry.field;
        EXPECT_FALSE(entry.newValue.contains(QStringLiteral("别家")));
        EXPECT_NE(entry.entityId, other);
    }
    EXPECT_TRUE(seen.contains(QStringLiteral("customer/created"))) << seen.join(u' ').toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("customer/grade"))) << seen.join(u' ').toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("followup/created"))) << seen.join(u' ').toStdString();
    // Newest first: the follow-up, then the grade, then the creation.
    ASSERT_GE(trail->size(), 3);
    EXPECT_EQ(trail->first().entity, QStringLiteral("followup"));
    EXPECT_TRUE(trail->first().newValue.contains(QStringLiteral("兼容性")));
    EXPECT_EQ(trail->last().field, QStringLiteral("created"));
    EXPECT_EQ(trail->last().entityId, id);
    for (qsizetype i = 1; i < trail->size(); ++i)
        EXPECT_LE(trail->at(i).at, trail->at(i - 1).at);

    auto limited = audit().forCustomer(id, 1);
    ASSERT_TRUE(succeeded(limited));
    EXPECT_EQ(limited->size(), 1);
    EXPECT_TRUE(refusedAs(audit().forCustomer(QStringLiteral("HZ2099999")), ErrorKind::NotFound));

    // The people who work with the customer read it (a rep: their own customers); legal and
    // finance do not.
    addUser(QStringLiteral("legal1"), Role::Legal);
    addUser(QStringLiteral("rep1"), Role::Rep);
    ASSERT_TRUE(succeeded(m_ws->customers().assign({id}, QStringLiteral("rep1"))));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("rep1"))));
    EXPECT_TRUE(succeeded(audit().forCustomer(id)));
    auto notTheirs = audit().forCustomer(other);
    ASSERT_TRUE(refusedAs(notTheirs, ErrorKind::Permission));
    EXPECT_TRUE(notTheirs.error().message.contains(other));
    ASSERT_TRUE(succeeded(m_ws->actAs(QStringLiteral("legal1"))));
    EXPECT_TRUE(refusedAs(audit().forCustomer(id), ErrorKind::Permission));
}

TEST_F(AuditServiceTest, ExportWritesTheFilterAsCsvWithBom)
{
    const QString id = createCustomer(QStringLiteral("杭州华信科技"));
    createCustomer(QStringLiteral("宁波海天机械"));
    AuditQuery query;
    query.entity = QStringLiteral("customer");
    query.entityId = id;
    const QString path = m_folder.path(QStringLiteral("audit.csv"));
    AuditService::Names names;
    names.entity = [](const QString &key) {
        return key.toUpper();
    };
    auto written = audit().exportCsv(query, path, names);
    ASSERT_TRUE(succeeded(written));
    EXPECT_EQ(*written, 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0), QStringLiteral("Time,User,Entity,Id,Field,Old value,New value"));
    EXPECT_TRUE(lines.at(1).contains(u',' + m_admin + QStringLiteral(",CUSTOMER,") + id + u','));
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("杭州华信科技")));
}
