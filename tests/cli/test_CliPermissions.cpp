// SPDX-License-Identifier: MIT
// docs/permissions.md from the command line: --user LOGIN acts as that user; a refused action
// exits 2 with the reason, lists hold only the customers the user works on.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>

using namespace sf::test;

namespace {

class CliPermissions : public CliTest
{
protected:
    void SetUp() override
    {
        // Users added without a password act without one; set a password anyway when the
        // program asks for it.
        m_env.insert(QStringLiteral("SALESFLOW_PASSWORD"), QStringLiteral("Permission2026!"));
        for (const auto &[login, role, team] :
             {std::tuple{"rep1", "rep", "east"}, std::tuple{"rep2", "rep", "west"},
              std::tuple{"asst1", "assistant", "east"}}) {
            const CliRun added =
                runOnDb({QStringLiteral("users"), QStringLiteral("add"), QString::fromLatin1(login),
                         QStringLiteral("--role"), QString::fromLatin1(role),
                         QStringLiteral("--team"), QString::fromLatin1(team)});
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        const CliRun imported =
            runOnDb({QStringLiteral("import"), QStringLiteral("customers"),
                     write("customer_id,name,needs,first_contact,region,owner\n"
                           "HZ2026001,杭州华信科技,需要CRM系统,2026-03-01,HZ,rep1\n"
                           "GZ2026001,广州鼎盛电子,需要CRM系统,2026-03-01,GZ,rep2\n",
                           QStringLiteral("customers.csv"))});
        ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
    }

    QString write(const char *text, const QString &name) const
    {
        const QString path = m_folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    }

    CliRun as(const char *login, QStringList arguments) const
    {
        arguments << QStringLiteral("--user") << QString::fromLatin1(login)
                  << QStringLiteral("--json");
        return runOnDb(arguments);
    }
};

} // namespace

TEST_F(CliPermissions, ARepListsOnlyTheirCustomers)
{
    const CliRun listed = as("rep1", {QStringLiteral("customers"), QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.json().value(QStringLiteral("total")).toInt(), 1) << listed.out.toStdString();
}

TEST_F(CliPermissions, ARefusedActionExitsTwoWithTheReason)
{
    // An assistant does not follow receivables.
    const CliRun receivables = as("asst1", {QStringLiteral("receivables")});
    EXPECT_EQ(receivables.exitCode, 2) << receivables.out.toStdString();
    EXPECT_TRUE(receivables.err.contains(QStringLiteral("receivables")))
        << receivables.err.toStdString();
    // A rep does not run the Monday review.
    const CliRun review = as("rep1", {QStringLiteral("review")});
    EXPECT_EQ(review.exitCode, 2) << review.out.toStdString();
    EXPECT_TRUE(review.err.contains(QStringLiteral("Monday review"))) << review.err.toStdString();
}

TEST_F(CliPermissions, ARepsImportRejectsAnotherRepsCustomerWithItsReason)
{
    const CliRun imported =
        as("rep1", {QStringLiteral("import"), QStringLiteral("followups"),
                    write("customer_id,contact_at,method,counterpart,content\n"
                          "HZ2026001,2026-03-02 10:00,phone,李工,确认演示时间\n"
                          "GZ2026001,2026-03-02 11:00,phone,王工,确认演示时间\n",
                          QStringLiteral("followups.csv"))});
    EXPECT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("imported")).toInt(), 1);
    const QJsonArray rejected = imported.json().value(QStringLiteral("rejected")).toArray();
    ASSERT_EQ(rejected.size(), 1) << imported.out.toStdString();
    EXPECT_TRUE(rejected.first()
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("GZ2026001")))
        << imported.out.toStdString();
}
