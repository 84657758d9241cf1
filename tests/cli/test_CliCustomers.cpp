// SPDX-License-Identifier: MIT
// The customer pool from the command line: import, list, export and demo data.
#include "CliRunner.h"

#include <QFile>

using namespace sf::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The command line runs on the real clock: the dates are in the past and the ids are given.
const char *const kCustomers =
    "customer_id,name,first_contact,region,grade,tags,contact_name,contact_phone\n"
    "HZ2025001,杭州华信科技有限公司,2025-03-03 10:00,,A,国企;决策链复杂,王伟,0571-8888-6666\n"
    "SH2025001,上海明德数据,2025-03-04,,A,,,\n"
    "BJ2025001,北京天合物流,2025/3/5,,B,外资,,\n"
    "SZ2025001,深圳星辰电子,2025年3月6日,,B,,,\n"
    "GZ2025001,广州启明软件,2025-03-07,,,,,\n";

} // namespace

class CliCustomers : public CliTest
{
protected:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("in.csv")) const
    {
        const QString path = m_folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    CliRun importFile(const QString &path, bool dryRun = false) const
    {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("customers"), path,
                              QStringLiteral("--json")};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return runOnDb(arguments);
    }

    CliRun list(const QStringList &options) const
    {
        return runOnDb(QStringList{QStringLiteral("customers"), QStringLiteral("list"),
                                   QStringLiteral("--json")} +
                       options);
    }

    qint64 total() const
    {
        const CliRun listed = list({});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return listed.json().value(QStringLiteral("total")).toInteger(-1);
    }
};

TEST_F(CliCustomers, ImportReportsImportedAndRejectedRowsAsJson)
{
    const QString path = write(QByteArray(kCustomers) + "QQ2025001,未知区域,2025-03-01,,,,,\n" +
                               "HZ2025002,,2025-03-01,,,,,\n");
    const CliRun imported = importFile(path);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject json = imported.json();
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 5);
    const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
    ASSERT_EQ(rejected.size(), 2) << imported.out.toStdString();
    EXPECT_EQ(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 7);
    EXPECT_TRUE(rejected.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("QQ")));
    EXPECT_EQ(rejected.at(1).toObject().value(QStringLiteral("line")).toInt(), 8);
    EXPECT_FALSE(rejected.at(1).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    EXPECT_EQ(total(), 5);

    // Nothing left to import: every row is rejected (the ids exist), which is invalid input.
    const CliRun again = importFile(write(kCustomers, QStringLiteral("again.csv")));
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(again.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("rejected")).toArray().size(), 5);
    EXPECT_EQ(total(), 5);
}

TEST_F(CliCustomers, ADryRunImportsNothing)
{
    const CliRun dry = importFile(write(kCustomers), true);
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.json().value(QStringLiteral("imported")).toInt(), 5);
    EXPECT_TRUE(dry.json().value(QStringLiteral("dry_run")).toBool());
    EXPECT_TRUE(dry.json().value(QStringLiteral("rejected")).toArray().isEmpty());
    EXPECT_EQ(total(), 0);
}

TEST_F(CliCustomers, ListsByGradeAndCountsEveryMatchBeyondTheLimit)
{
    ASSERT_EQ(importFile(write(kCustomers)).exitCode, 0);
    const CliRun gradeA = list({QStringLiteral("--grade"), QStringLiteral("A"),
                                QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_EQ(gradeA.exitCode, 0) << gradeA.err.toStdString();
    const QJsonObject json = gradeA.json();
    EXPECT_EQ(json.value(QStringLiteral("total")).toInt(), 2);
    const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
    ASSERT_EQ(customers.size(), 1);
    const QJsonObject first = customers.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("HZ2025001"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(),
              QStringLiteral("杭州华信科技有限公司"));
    EXPECT_EQ(first.value(QStringLiteral("grade")).toString(), QStringLiteral("A"));
    EXPECT_EQ(first.value(QStringLiteral("region")).toString(), QStringLiteral("HZ"));
    EXPECT_TRUE(first.value(QStringLiteral("owner")).isString());
    EXPECT_EQ(first.value(QStringLiteral("tags")).toArray(),
              QJsonArray({QStringLiteral("国企"), QStringLiteral("决策链复杂")}));

    const CliRun all = list({QStringLiteral("--grade"), QStringLiteral("a")});
    ASSERT_EQ(all.exitCode, 0);
    EXPECT_EQ(all.json().value(QStringLiteral("customers")).toArray().size(), 2);

    const CliRun ungraded = list({QStringLiteral("--grade"), QStringLiteral("none")});
    ASSERT_EQ(ungraded.exitCode, 0);
    const QJsonArray none = ungraded.json().value(QStringLiteral("customers")).toArray();
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none.at(0).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("GZ2025001"));
    EXPECT_TRUE(none.at(0).toObject().value(QStringLiteral("grade")).isNull());

    const CliRun tagged = list({QStringLiteral("--tag"), QStringLiteral("外资")});
    EXPECT_EQ(tagged.json().value(QStringLiteral("total")).toInt(), 1);
    const CliRun searched = list({QStringLiteral("--search"), QStringLiteral("明德")});
    EXPECT_EQ(searched.json().value(QStringLiteral("total")).toInt(), 1);
    const CliRun byPhone = list({QStringLiteral("--search"), QStringLiteral("88886666")});
    EXPECT_EQ(byPhone.json().value(QStringLiteral("total")).toInt(), 1);
}

TEST_F(CliCustomers, InvalidOptionsAreRefusedBeforeTheDatabaseIsOpened)
{
    const CliRun badGrade = list({QStringLiteral("--grade"), QStringLiteral("X")});
    EXPECT_EQ(badGrade.exitCode, 2);
    EXPECT_TRUE(badGrade.err.contains(QStringLiteral("--grade"))) << badGrade.err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));

    const CliRun badLimit = list({QStringLiteral("--limit"), QStringLiteral("abc")});
    EXPECT_EQ(badLimit.exitCode, 2);
    EXPECT_FALSE(QFile::exists(db()));

    const CliRun negative = list({QStringLiteral("--limit"), QStringLiteral("-1")});
    EXPECT_EQ(negative.exitCode, 2);

    const CliRun exportBadGrade = runOnDb({QStringLiteral("export"), QStringLiteral("customers"),
                                           m_folder.path(QStringLiteral("out.csv")),
                                           QStringLiteral("--grade"), QStringLiteral("D")});
    EXPECT_EQ(exportBadGrade.exitCode, 2);
    EXPECT_FALSE(QFile::exists(m_folder.path(QStringLiteral("out.csv"))));
    EXPECT_FALSE(QFile::exists(db()));

    const CliRun unknownOwner = list({QStringLiteral("--owner"), QStringLiteral("nobody")});
    EXPECT_EQ(unknownOwner.exitCode, 2);
}

TEST_F(CliCustomers, ExportsTheCustomersOfAGrade)
{
    ASSERT_EQ(importFile(write(kCustomers)).exitCode, 0);
    const QString out = m_folder.path(QStringLiteral("out.csv"));
    const CliRun exported =
        runOnDb({QStringLiteral("export"), QStringLiteral("customers"), out,
                 QStringLiteral("--grade"), QStringLiteral("B"), QStringLiteral("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value(QStringLiteral("exported")).toInt(), 2);
    const QByteArray bytes = readAll(out);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "customer_id,name,"));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(1).startsWith("BJ2025001,北京天合物流,"));
    EXPECT_TRUE(lines.at(2).startsWith("SZ2025001,深圳星辰电子,"));
    EXPECT_FALSE(bytes.contains("HZ2025001"));

    // The export imports back into an empty database.
    const QString copy = m_folder.path(QStringLiteral("copy.db"));
    const CliRun reimported = run({QStringLiteral("import"), QStringLiteral("customers"), out,
                                   QStringLiteral("--db"), copy, QStringLiteral("--json")});
    ASSERT_EQ(reimported.exitCode, 0) << reimported.out.toStdString();
    EXPECT_EQ(reimported.json().value(QStringLiteral("imported")).toInt(), 2);
}

TEST_F(CliCustomers, InitWithDemoDataAddsThatManyCustomers)
{
    const CliRun init = runOnDb({QStringLiteral("init"), QStringLiteral("--demo"),
                                 QStringLiteral("200"), QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.json().value(QStringLiteral("demo_customers")).toInt(), 200);
    const CliRun listed = list({QStringLiteral("--limit"), QStringLiteral("10")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.json().value(QStringLiteral("total")).toInt(), 200);
    EXPECT_EQ(listed.json().value(QStringLiteral("customers")).toArray().size(), 10);
    // Demo customers come graded A, B and C, and some not yet graded.
    qint64 graded = 0;
    for (const QString &grade : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        const qint64 count = list({QStringLiteral("--grade"), grade})
                                 .json()
                                 .value(QStringLiteral("total"))
                                 .toInteger();
        EXPECT_GT(count, 0) << grade.toStdString();
        graded += count;
    }
    EXPECT_LE(graded, 200);
}
