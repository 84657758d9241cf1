// SPDX-License-Identifier: MIT
// Stage 4 from the command line: `rules apply` runs the renewal reminder and reports it.
#include "CliRunner.h"

#include <QFile>

#include <sqlite3.h>

using namespace sf::test;

class CliRenewals : public CliTest
{
protected:
    // Runs one statement on the test's database (the contract is put there as signed, as an
    // import of signed contracts would).
    bool exec(const char *statement) const
    {
        sqlite3 *handle = nullptr;
        const bool opened = sqlite3_open(QFile::encodeName(db()).constData(), &handle) == SQLITE_OK;
        const bool done =
            opened && sqlite3_exec(handle, statement, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(handle);
        return done;
    }
};

TEST_F(CliRenewals, RulesApplyOpensTheRenewalOpportunityOnce)
{
    QFile csv(m_folder.path(QStringLiteral("customers.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("customer_id,name,first_contact\nHZ2025007,杭州续约科技,2025-01-10\n");
    csv.close();
    const CliRun imported = runOnDb({QStringLiteral("import"), QStringLiteral("customers"),
                                     csv.fileName(), QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
    ASSERT_TRUE(exec("INSERT INTO contracts (number, customer_id, title, products, price_fen, "
                     "delivery, payment_terms, liability, start_date, end_date, status, owner, "
                     "created_at, updated_at, updated_by) SELECT 'HT20250007', id, '年度订阅', "
                     "'企业版', 6600000, '15 天', '一次付清', '违约金', '2024-05-01', "
                     "'2025-04-30', 'signed', 'admin', '2024-04-20T02:00:00Z', "
                     "'2024-04-20T02:00:00Z', 'admin' FROM customers WHERE code = 'HZ2025007'"));

    const QStringList apply{QStringLiteral("--json"), QStringLiteral("rules"),
                            QStringLiteral("apply"), QStringLiteral("--as-of"),
                            QStringLiteral("2025-03-01T09:00:00")};
    const CliRun first = runOnDb(apply);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonArray renewals = first.json().value(QStringLiteral("renewals")).toArray();
    ASSERT_EQ(renewals.size(), 1) << first.out.toStdString();
    const QJsonObject renewal = renewals.at(0).toObject();
    EXPECT_EQ(renewal.value(QStringLiteral("contract")).toString(), QStringLiteral("HT20250007"));
    EXPECT_EQ(renewal.value(QStringLiteral("customer_id")).toString(), QStringLiteral("HZ2025007"));
    EXPECT_GT(renewal.value(QStringLiteral("opportunity")).toInteger(), 0);

    const CliRun again = runOnDb(apply);
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.json().value(QStringLiteral("renewals")).toArray().isEmpty())
        << again.out.toStdString();
}
