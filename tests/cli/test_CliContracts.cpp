// SPDX-License-Identifier: MIT
// Stage 3 from the command line: `import contracts|instalments|payments`, `receivables` and the
// R15/R16 findings of `rules check`.
#include "CliRunner.h"

#include <QFile>

using namespace sf::test;

namespace {

const char *const kCustomers = "customer_id,name,first_contact,region\n"
                               "HZ2025001,杭州华信科技有限公司,2025-01-02 09:00,\n"
                               "SH2025001,上海明德数据,2025-01-02 09:00,\n";

// A signed contract of 10,000.00, one in legal review since 30 September 2025, and one for a
// customer that does not exist.
const char *const kContracts =
    "number,customer_id,title,products,price,currency,delivery,payment_terms,liability,status,"
    "submitted_at,legal_approved_at,finance_approved_at,signed_at\n"
    "HT-2025-001,HZ2025001,CRM采购,CRM软件,\"10,000.00\",CNY,30天,两期,违约金5%,signed,"
    "2025-01-06 09:00,2025-01-06 15:00,2025-01-07 10:00,2025-01-08 10:00\n"
    "HT-2025-002,SH2025001,实施服务,实施,5000,CNY,30天,一次付清,违约金5%,法务审核,"
    "2025-09-30 16:00,,,\n"
    "HT-2025-003,SH2025999,实施服务,实施,5000,CNY,30天,一次付清,违约金5%,draft,,,,\n";

const char *const kInstalments = "合同编号,到期日,金额\n"
                                 "HT-2025-001,2025-02-01,4000\n"
                                 "HT-2025-001,2025-03-15,\"6,000.00\"\n";

// 4,500.00 pays the first instalment and 500.00 of the second; 9,000.00 more is too much.
const char *const kPayments = "contract,received_at,amount,reference\n"
                              "HT-2025-001,2025-02-05,4500,B1\n"
                              "HT-2025-001,2025-02-06,9000,B2\n";

} // namespace

class CliContracts : public CliTest
{
protected:
    CliRun import(const QString &kind, const QByteArray &bytes, bool dryRun = false) const
    {
        const QString path = m_folder.path(kind + QStringLiteral(".csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QStringList arguments{QStringLiteral("import"), kind, path, QStringLiteral("--json")};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return runOnDb(arguments);
    }

    // Imports a file and checks which lines were rejected.
    void expectImport(const QString &kind, const QByteArray &bytes, int imported,
                      const QList<int> &rejectedLines) const
    {
        const CliRun run = import(kind, bytes);
        ASSERT_EQ(run.exitCode, 0) << kind.toStdString() << run.err.toStdString();
        const QJsonObject json = run.json();
        EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), imported)
            << run.out.toStdString();
        QList<int> lines;
        for (const QJsonValue &value : json.value(QStringLiteral("rejected")).toArray())
            lines << value.toObject().value(QStringLiteral("line")).toInt();
        EXPECT_EQ(lines, rejectedLines) << run.out.toStdString();
        EXPECT_EQ(json.value(QStringLiteral("dry_run")), QJsonValue(false));
        EXPECT_EQ(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    }

    void seed() const
    {
        expectImport(QStringLiteral("customers"), kCustomers, 2, {});
        expectImport(QStringLiteral("contracts"), kContracts, 2, {4});
        expectImport(QStringLiteral("instalments"), kInstalments, 2, {});
        expectImport(QStringLiteral("payments"), kPayments, 1, {3});
    }

    CliRun receivables(const QString &asOf, bool json = true) const
    {
        QStringList arguments{QStringLiteral("receivables"), QStringLiteral("--as-of"), asOf};
        if (json)
            arguments << QStringLiteral("--json");
        return runOnDb(arguments);
    }
};

TEST_F(CliContracts, ImportsContractsInstalmentsAndPaymentsWithRejectedLines)
{
    seed();
    const CliRun contracts = import(QStringLiteral("contracts"), kContracts);
    // Every row again: two numbers that exist and the unknown customer; nothing imported: exit 2.
    EXPECT_EQ(contracts.exitCode, 2) << contracts.out.toStdString();
    const QJsonArray rejected = contracts.json().value(QStringLiteral("rejected")).toArray();
    ASSERT_EQ(rejected.size(), 3);
    EXPECT_TRUE(rejected.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("HT-2025-001")));
    EXPECT_TRUE(rejected.at(2)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("SH2025999")));

    // Only an over-payment: exit 2, nothing written.
    const CliRun over = import(QStringLiteral("payments"), "contract,received_at,amount,reference\n"
                                                           "HT-2025-001,2025-03-01,5500.01,B9\n");
    EXPECT_EQ(over.exitCode, 2) << over.out.toStdString();
    EXPECT_TRUE(over.json()
                    .value(QStringLiteral("rejected"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("5,500.00 still open")))
        << over.out.toStdString();

    // A dry run reports what it would import and writes nothing.
    const CliRun dry = import(QStringLiteral("payments"),
                              "contract,received_at,amount,reference\n"
                              "HT-2025-001,2025-03-01,100,B3\n",
                              true);
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.json().value(QStringLiteral("imported")).toInt(), 1);
    EXPECT_EQ(dry.json().value(QStringLiteral("dry_run")), QJsonValue(true));
    const QJsonArray lines = receivables(QStringLiteral("2025-04-15"))
                                 .json()
                                 .value(QStringLiteral("instalments"))
                                 .toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).toObject().value(QStringLiteral("paid")).toInteger(), 50000);
}

TEST_F(CliContracts, ReceivablesAsJsonWithAgeing)
{
    seed();
    const CliRun run = receivables(QStringLiteral("2025-04-15"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("instalments"),
                                        QStringLiteral("totals")}));
    EXPECT_EQ(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-04-15"));
    // The first instalment is paid and left out.
    const QJsonArray lines = json.value(QStringLiteral("instalments")).toArray();
    ASSERT_EQ(lines.size(), 1) << run.out.toStdString();
    const QJsonObject line = lines.at(0).toObject();
    EXPECT_EQ(line, (QJsonObject{{QStringLiteral("contract"), QStringLiteral("HT-2025-001")},
                                 {QStringLiteral("customer_id"), QStringLiteral("HZ2025001")},
                                 {QStringLiteral("due"), QStringLiteral("2025-03-15")},
                                 {QStringLiteral("amount"), 600000},
                                 {QStringLiteral("paid"), 50000},
                                 {QStringLiteral("outstanding"), 550000},
                                 {QStringLiteral("days_overdue"), 31},
                                 {QStringLiteral("bucket"), QStringLiteral("31-60")}}))
        << run.out.toStdString();
    EXPECT_EQ(
        json.value(QStringLiteral("totals")).toObject(),
        (QJsonObject{{QStringLiteral("outstanding"), 550000},
                     {QStringLiteral("overdue"), 550000},
                     {QStringLiteral("buckets"), QJsonObject{{QStringLiteral("1-30"), 0},
                                                             {QStringLiteral("31-60"), 550000},
                                                             {QStringLiteral("61-90"), 0},
                                                             {QStringLiteral(">90"), 0}}}}))
        << run.out.toStdString();

    // Due on the as-of date: not overdue, bucket null.
    const QJsonObject due = receivables(QStringLiteral("2025-03-15")).json();
    const QJsonObject notYet = due.value(QStringLiteral("instalments")).toArray().at(0).toObject();
    EXPECT_EQ(notYet.value(QStringLiteral("days_overdue")).toInt(), 0);
    EXPECT_TRUE(notYet.value(QStringLiteral("bucket")).isNull());
    EXPECT_EQ(
        due.value(QStringLiteral("totals")).toObject().value(QStringLiteral("overdue")).toInteger(),
        0);

    // The readable table.
    const CliRun text = receivables(QStringLiteral("2025-04-15"), false);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("HT-2025-001"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("5,500.00"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("31-60"))) << text.out.toStdString();
}

TEST_F(CliContracts, AMalformedAsOfIsRefused)
{
    seed();
    for (const QString &bad : {QStringLiteral("2025-13-01"), QStringLiteral("15/04/2025"),
                               QStringLiteral("yesterday")}) {
        const CliRun run = receivables(bad);
        EXPECT_EQ(run.exitCode, 2) << bad.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--as-of"))) << run.err.toStdString();
        EXPECT_TRUE(run.json().contains(QStringLiteral("error"))) << run.out.toStdString();
    }
}

TEST_F(CliContracts, RulesCheckReportsR15AndR16WithTheContract)
{
    seed();
    const CliRun run =
        runOnDb({QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("check"),
                 QStringLiteral("--as-of"), QStringLiteral("2025-12-01")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList found;
    for (const QJsonValue &value : run.json().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        const QString rule = finding.value(QStringLiteral("rule")).toString();
        if (rule != QLatin1String("R15") && rule != QLatin1String("R16"))
            continue;
        found << rule + u' ' + finding.value(QStringLiteral("customer_id")).toString() + u' ' +
                     finding.value(QStringLiteral("contract")).toString();
        EXPECT_TRUE(finding.value(QStringLiteral("detail"))
                        .toString()
                        .contains(finding.value(QStringLiteral("contract")).toString()));
    }
    EXPECT_EQ(found, (QStringList{QStringLiteral("R15 SH2025001 HT-2025-002"),
                                  QStringLiteral("R16 HZ2025001 HT-2025-001")}))
        << run.out.toStdString();
}
