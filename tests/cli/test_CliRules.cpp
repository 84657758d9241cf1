// SPDX-License-Identifier: MIT
// Stage 2 from the command line: `rules check` and `import followups|plan-items`.
#include "CliRunner.h"

#include <QFile>

#include <sqlite3.h>

using namespace sf::test;

namespace {

// The command line runs on the real clock: the dates are in the past and the ids are given.
// Both A customers are graded on Monday 3 March 2025; HZ2025001 belongs to a senior rep,
// SH2025001 to nobody; BJ2025001 is a C customer last contacted on 2 January.
const char *const kCustomers =
    "customer_id,name,first_contact,region,grade,graded_at,owner\n"
    "HZ2025001,杭州华信科技有限公司,2025-03-03 09:00,,A,2025-03-03 10:00,senior1\n"
    "SH2025001,上海明德数据,2025-03-03 09:00,,A,2025-03-03 10:00,\n"
    "BJ2025001,北京天合物流,2025-01-02 10:00,,C,2025-01-02 11:00,\n";

// HZ2025001: two records in the week of 3 March; SH2025001: one, recorded 3 hours late (R11).
const char *const kFollowUps =
    "customer_id,contact_at,recorded_at,method,counterpart,content,progress,stage\n"
    "HZ2025001,2025-03-04 10:00,2025-03-04 10:30,phone,李工,需求沟通,,需求挖掘\n"
    "HZ2025001,2025-03-06 10:00,2025-03-06 10:30,visit,李工,现场演示,是,\n"
    "SH2025001,2025-03-05 09:00,2025-03-05 12:00,online,王总,线上会议,,\n";

// HZ2025001's plan, made on time (R8) with a support request a day before the item (R10).
const char *const kPlanItems =
    "customer_id,goal,action,counterpart,method,start,due,support_needed,support_requested_at,"
    "status,created_at\n"
    "HZ2025001,第1周,现场演示,技术总监李工,visit,2025-03-07,2025-03-07,售前演示,2025-03-06,,"
    "2025-03-04 10:00\n";

// (rule, customer id) of each finding, in order.
QStringList findingsOf(const QJsonObject &json)
{
    QStringList found;
    for (const QJsonValue &value : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        found << finding.value(QStringLiteral("rule")).toString() + u' ' +
                     finding.value(QStringLiteral("customer_id")).toString();
    }
    return found;
}

} // namespace

class CliRules : public CliTest
{
protected:
    QString write(const QByteArray &bytes, const QString &name) const
    {
        const QString path = m_folder.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    CliRun import(const QString &kind, const QByteArray &bytes, bool dryRun = false) const
    {
        QStringList arguments{QStringLiteral("import"), kind,
                              write(bytes, kind + QStringLiteral(".csv")),
                              QStringLiteral("--json")};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return runOnDb(arguments);
    }

    // The senior rep, the customers, their records and plan.
    void seed() const
    {
        const CliRun user =
            runOnDb({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("senior1"),
                     QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--senior")});
        ASSERT_EQ(user.exitCode, 0) << user.err.toStdString();
        for (const auto &[kind, bytes] :
             {std::pair{QStringLiteral("customers"), QByteArray(kCustomers)},
              std::pair{QStringLiteral("followups"), QByteArray(kFollowUps)},
              std::pair{QStringLiteral("plan-items"), QByteArray(kPlanItems)}}) {
            const CliRun imported = import(kind, bytes);
            ASSERT_EQ(imported.exitCode, 0)
                << kind.toStdString() << imported.out.toStdString() << imported.err.toStdString();
            ASSERT_TRUE(imported.json().value(QStringLiteral("rejected")).toArray().isEmpty())
                << imported.out.toStdString();
        }
    }

    CliRun check(const QStringList &options) const
    {
        return runOnDb(QStringList{QStringLiteral("--json"), QStringLiteral("rules"),
                                   QStringLiteral("check")} +
                       options);
    }

    // How many rows a table of the test's database holds (-1 if it cannot be read).
    qint64 rowsOf(const char *table) const
    {
        sqlite3 *handle = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(db()).constData(), &handle, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK) {
            sqlite3_close(handle);
            return -1;
        }
        qint64 count = -1;
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_close(handle);
        return count;
    }
};

TEST_F(CliRules, ChecksTheRulesAsOfALocalTimeAsJson)
{
    seed();
    // A bare date is 00:00: the week of 3 March has just ended; events since 3 March.
    const CliRun checked = check({QStringLiteral("--as-of"), QStringLiteral("2025-03-10")});
    ASSERT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    const QJsonObject json = checked.json();
    EXPECT_EQ(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-03-10T00:00:00"))
        << checked.out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("since")).toString(),
              QStringLiteral("2025-03-03T00:00:00"));
    EXPECT_EQ(findingsOf(json),
              (QStringList{QStringLiteral("R6 SH2025001"), QStringLiteral("R6 SH2025001"),
                           QStringLiteral("R7 BJ2025001"), QStringLiteral("R8 SH2025001"),
                           QStringLiteral("R10 HZ2025001"), QStringLiteral("R11 SH2025001")}))
        << checked.out.toStdString();
    for (const QJsonValue &value : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        EXPECT_EQ(finding.keys(), (QStringList{QStringLiteral("customer_id"),
                                               QStringLiteral("detail"), QStringLiteral("rule")}));
        EXPECT_FALSE(finding.value(QStringLiteral("detail")).toString().isEmpty());
    }
}

TEST_F(CliRules, SinceLimitsTheEventRules)
{
    seed();
    // The late record was made at 12:00:00 on 5 March: a second later it is out of the period;
    // the support request of 6 March is still in it.
    const CliRun after = check({QStringLiteral("--as-of"), QStringLiteral("2025-03-10"),
                                QStringLiteral("--since"), QStringLiteral("2025-03-05T12:00:01")});
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(after.json().value(QStringLiteral("since")).toString(),
              QStringLiteral("2025-03-05T12:00:01"));
    EXPECT_EQ(findingsOf(after.json()),
              (QStringList{QStringLiteral("R6 SH2025001"), QStringLiteral("R6 SH2025001"),
                           QStringLiteral("R7 BJ2025001"), QStringLiteral("R8 SH2025001"),
                           QStringLiteral("R10 HZ2025001")}))
        << after.out.toStdString();

    const CliRun at = check({QStringLiteral("--as-of"), QStringLiteral("2025-03-10"),
                             QStringLiteral("--since"), QStringLiteral("2025-03-05 12:00")});
    ASSERT_EQ(at.exitCode, 0) << at.err.toStdString();
    EXPECT_TRUE(findingsOf(at.json()).contains(QStringLiteral("R11 SH2025001")))
        << at.out.toStdString();

    // The request date counts from 00:00 on 6 March.
    const CliRun later = check({QStringLiteral("--as-of"), QStringLiteral("2025-03-10"),
                                QStringLiteral("--since"), QStringLiteral("2025-03-06 00:01")});
    ASSERT_EQ(later.exitCode, 0) << later.err.toStdString();
    EXPECT_FALSE(findingsOf(later.json()).contains(QStringLiteral("R10 HZ2025001")))
        << later.out.toStdString();
}

TEST_F(CliRules, AcceptsADateAndTimeWithASpace)
{
    seed();
    // Friday 7 March 09:00: the last completed week (24 February – 2 March) ended before the A
    // customers were graded; SH2025001's plan was due by the end of Thursday 6 March.
    const CliRun checked = check({QStringLiteral("--as-of"), QStringLiteral("2025-03-07 09:00")});
    ASSERT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    const QJsonObject json = checked.json();
    EXPECT_EQ(json.value(QStringLiteral("as_of")).toString(),
              QStringLiteral("2025-03-07T09:00:00"));
    EXPECT_EQ(json.value(QStringLiteral("since")).toString(),
              QStringLiteral("2025-02-28T09:00:00"));
    EXPECT_EQ(findingsOf(json),
              (QStringList{QStringLiteral("R6 SH2025001"), QStringLiteral("R7 BJ2025001"),
                           QStringLiteral("R8 SH2025001"), QStringLiteral("R10 HZ2025001"),
                           QStringLiteral("R11 SH2025001")}))
        << checked.out.toStdString();

    const CliRun withSeconds =
        check({QStringLiteral("--as-of"), QStringLiteral("2025-03-07T09:00:30")});
    ASSERT_EQ(withSeconds.exitCode, 0) << withSeconds.err.toStdString();
    EXPECT_EQ(withSeconds.json().value(QStringLiteral("as_of")).toString(),
              QStringLiteral("2025-03-07T09:00:30"));
}

TEST_F(CliRules, AMalformedTimeIsRefusedBeforeTheDatabaseIsCreated)
{
    for (const QString &bad : {QStringLiteral("2025-3-10"), QStringLiteral("10/03/2025"),
                               QStringLiteral("2025-03-10T25:00"), QStringLiteral("2025-02-30"),
                               QStringLiteral("yesterday")}) {
        const CliRun asOf = check({QStringLiteral("--as-of"), bad});
        EXPECT_EQ(asOf.exitCode, 2) << bad.toStdString() << asOf.err.toStdString();
        EXPECT_TRUE(asOf.err.contains(QStringLiteral("--as-of"))) << asOf.err.toStdString();
        EXPECT_TRUE(asOf.json().contains(QStringLiteral("error"))) << asOf.out.toStdString();
        const CliRun since = check({QStringLiteral("--since"), bad});
        EXPECT_EQ(since.exitCode, 2) << bad.toStdString() << since.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(CliRules, ImportsFollowUpsAndPlanItemsWithRejectedLines)
{
    seed();
    EXPECT_EQ(rowsOf("followups"), 3);
    EXPECT_EQ(rowsOf("plan_items"), 1);

    const QByteArray followUps = "customer_id,contact_at,method,content\n"
                                 "HZ2025001,2025-03-11 10:00,phone,电话回访\n"
                                 "XX2025001,2025-03-11 10:00,phone,未知客户\n"
                                 "SH2025001,2025-03-11 10:00,fax,错误方式\n";
    const CliRun dry = import(QStringLiteral("followups"), followUps, true);
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    QJsonObject json = dry.json();
    EXPECT_TRUE(json.value(QStringLiteral("dry_run")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 1);
    const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
    ASSERT_EQ(rejected.size(), 2) << dry.out.toStdString();
    EXPECT_EQ(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_TRUE(rejected.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("XX2025001")));
    EXPECT_EQ(rejected.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
    EXPECT_EQ(rowsOf("followups"), 3);

    const CliRun real = import(QStringLiteral("followups"), followUps);
    ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    json = real.json();
    EXPECT_FALSE(json.value(QStringLiteral("dry_run")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("rejected")).toArray().size(), 2);
    EXPECT_EQ(rowsOf("followups"), 4);

    const QByteArray items = "customer_id,action,counterpart,method,due\n"
                             "SH2025001,发送报价,王总,phone,2025-03-14\n"
                             "SH2025001,,王总,phone,2025-03-14\n";
    const CliRun dryItems = import(QStringLiteral("plan-items"), items, true);
    ASSERT_EQ(dryItems.exitCode, 0) << dryItems.err.toStdString();
    EXPECT_EQ(dryItems.json().value(QStringLiteral("imported")).toInt(), 1);
    const QJsonArray itemRejected = dryItems.json().value(QStringLiteral("rejected")).toArray();
    ASSERT_EQ(itemRejected.size(), 1);
    EXPECT_EQ(itemRejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_TRUE(itemRejected.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("R9")));
    EXPECT_EQ(rowsOf("plan_items"), 1);
    const CliRun realItems = import(QStringLiteral("plan-items"), items);
    ASSERT_EQ(realItems.exitCode, 0) << realItems.err.toStdString();
    EXPECT_EQ(rowsOf("plan_items"), 2);
}

TEST_F(CliRules, AnImportWhoseEveryRowIsRejectedIsInvalidInput)
{
    seed();
    const CliRun followUps =
        import(QStringLiteral("followups"), "customer_id,contact_at,method,content\n"
                                            "XX2025001,2025-03-11 10:00,phone,未知客户\n"
                                            "HZ2025001,2999-01-01 10:00,phone,未来\n");
    EXPECT_EQ(followUps.exitCode, 2) << followUps.out.toStdString();
    EXPECT_EQ(followUps.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(followUps.json().value(QStringLiteral("rejected")).toArray().size(), 2);
    EXPECT_EQ(rowsOf("followups"), 3);

    const CliRun items =
        import(QStringLiteral("plan-items"), "customer_id,action,counterpart,method,due\n"
                                             "HZ2025001,尽快跟进,,phone,\n");
    EXPECT_EQ(items.exitCode, 2) << items.out.toStdString();
    EXPECT_EQ(rowsOf("plan_items"), 1);

    // A file without a required column is refused as a whole, also invalid input.
    const CliRun noColumn = import(QStringLiteral("followups"),
                                   "customer_id,contact_at,method\nHZ2025001,2025-03-11,phone\n");
    EXPECT_EQ(noColumn.exitCode, 2) << noColumn.out.toStdString();
    EXPECT_TRUE(noColumn.err.contains(QStringLiteral("content"))) << noColumn.err.toStdString();
    EXPECT_EQ(rowsOf("followups"), 3);
}

TEST_F(CliRules, ImportingAnUnknownKindIsAUsageError)
{
    const QString path = write("customer_id\nHZ2025001\n", QStringLiteral("x.csv"));
    const CliRun nonsense = runOnDb(
        {QStringLiteral("import"), QStringLiteral("nonsense"), path, QStringLiteral("--json")});
    EXPECT_EQ(nonsense.exitCode, 1) << nonsense.out.toStdString();
    EXPECT_TRUE(nonsense.err.contains(QStringLiteral("nonsense"))) << nonsense.err.toStdString();
}

TEST_F(CliRules, RulesApplyDowngradesStalledBCustomersOnce)
{
    // Two B customers graded on 1 February 2025; only HZ2025002 makes progress within 14 days of
    // 3 March.
    const CliRun imported = import(QStringLiteral("customers"),
                                   "customer_id,name,first_contact,grade,graded_at\n"
                                   "HZ2025002,杭州停滞科技,2025-01-10,B,2025-02-01 10:00\n"
                                   "SH2025002,上海活跃数据,2025-01-10,B,2025-02-01 10:00\n");
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString();
    ASSERT_EQ(import(QStringLiteral("followups"), "customer_id,contact_at,method,content,progress\n"
                                                  "SH2025002,2025-02-25 10:00,phone,确认预算,是\n")
                  .exitCode,
              0);
    const QStringList apply{QStringLiteral("--json"), QStringLiteral("rules"),
                            QStringLiteral("apply"), QStringLiteral("--as-of"),
                            QStringLiteral("2025-03-03T09:00:00")};
    const CliRun first = runOnDb(apply);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.json().value(QStringLiteral("as_of")).toString(),
              QStringLiteral("2025-03-03T09:00:00"));
    const QJsonArray downgraded = first.json().value(QStringLiteral("downgraded")).toArray();
    ASSERT_EQ(downgraded.size(), 1) << first.out.toStdString();
    EXPECT_EQ(downgraded.at(0).toObject(),
              (QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("HZ2025002")},
                           {QStringLiteral("from"), QStringLiteral("B")},
                           {QStringLiteral("to"), QStringLiteral("C")}}));
    const CliRun again = runOnDb(apply);
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.json().value(QStringLiteral("downgraded")).toArray().isEmpty());
    // R13 in rules check: SH2025002 made progress; HZ2025002 is C now.
    const CliRun checked = check({QStringLiteral("--as-of"), QStringLiteral("2025-03-03T09:00")});
    EXPECT_FALSE(findingsOf(checked.json()).join(u',').contains(QStringLiteral("R13")))
        << checked.out.toStdString();
}

TEST_F(CliRules, ReviewListsEveryAAndBCustomerOfTheWeek)
{
    seed();
    const CliRun review = runOnDb({QStringLiteral("--json"), QStringLiteral("review"),
                                   QStringLiteral("--week-of"), QStringLiteral("2025-03-12")});
    ASSERT_EQ(review.exitCode, 0) << review.err.toStdString();
    const QJsonObject json = review.json();
    EXPECT_EQ(json.value(QStringLiteral("week_start")).toString(), QStringLiteral("2025-03-10"));
    const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
    ASSERT_EQ(customers.size(), 2) << review.out.toStdString(); // the two A customers
    QStringList ids;
    for (const QJsonValue &value : customers) {
        const QJsonObject c = value.toObject();
        EXPECT_EQ(c.keys(),
                  (QStringList{QStringLiteral("customer_id"), QStringLiteral("downgrade_candidate"),
                               QStringLiteral("followups_last_week"), QStringLiteral("grade"),
                               QStringLiteral("open_risks"), QStringLiteral("overdue_actions"),
                               QStringLiteral("owner"), QStringLiteral("progress_events")}));
        ids << c.value(QStringLiteral("customer_id")).toString();
        if (ids.last() == QLatin1String("HZ2025001")) {
            EXPECT_EQ(c.value(QStringLiteral("followups_last_week")).toInt(), 2);
            EXPECT_EQ(c.value(QStringLiteral("progress_events")).toInt(), 2); // marked + advance
            EXPECT_EQ(c.value(QStringLiteral("owner")).toString(), QStringLiteral("senior1"));
        }
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("HZ2025001")));
    EXPECT_TRUE(ids.contains(QStringLiteral("SH2025001")));
    const CliRun malformed =
        runOnDb({QStringLiteral("review"), QStringLiteral("--week-of"), QStringLiteral("3/12")});
    EXPECT_EQ(malformed.exitCode, 2);
}

TEST_F(CliRules, ReviewWritesThePackAsAPdfWithChineseText)
{
    seed();
    const QString pdf = m_folder.path(QStringLiteral("复盘.pdf"));
    const CliRun review =
        runOnDb({QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("--week-of"),
                 QStringLiteral("2025-03-12"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(review.exitCode, 0) << review.err.toStdString();
    EXPECT_EQ(review.json().value(QStringLiteral("pdf")).toString(), pdf);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_GT(bytes.size(), 5000);
    // The customer names are Chinese: a CJK font had to be embedded to draw them.
    EXPECT_TRUE(bytes.contains("CJK")) << "no CJK font in the PDF";
    // A folder that does not exist: refused, nothing written.
    const CliRun refused = runOnDb({QStringLiteral("review"), QStringLiteral("--pdf"),
                                    m_folder.path(QStringLiteral("missing/pack.pdf"))});
    EXPECT_NE(refused.exitCode, 0);
}
