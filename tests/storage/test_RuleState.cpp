// SPDX-License-Identifier: MIT
// Schema 10 (0010_rule_state.sql): each customer's latest contact and progress record
// (customer_activity) and when it last became its current grade (customer_grades.became_at) follow
// every record and grade change, on both dialects, and an older database gets them on upgrade.
#include "DialectDatabase.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

#include <memory>

using namespace sf;
using sf::test::succeeded;

namespace {

class RuleState : public ::testing::TestWithParam<Dialect>
{
protected:
    void SetUp() override { ASSERT_TRUE(test::openEmptyDatabase(GetParam(), m_folder, m_db)); }

    void exec(const QString &statement, const QVariantList &values = {})
    {
        auto done = sql::run(*m_db, statement, values);
        ASSERT_TRUE(succeeded(done)) << statement.toStdString();
    }

    // A new customer, with an ungraded grade row unless `gradeRow` is false; its row id.
    qint64 customer(const QString &code, bool gradeRow = true)
    {
        auto added = sql::scan(*m_db,
                               QStringLiteral("INSERT INTO customers (code, name, name_key, "
                                              "first_contact_at, entered_at, region, updated_at) "
                                              "VALUES (?, ?, ?, '2026-01-05T01:00:00Z', "
                                              "'2026-01-05T02:00:00Z', 'HZ', "
                                              "'2026-01-05T02:00:00Z') RETURNING id"),
                               {code, code, code});
        EXPECT_TRUE(succeeded(added));
        if (!added || !added->next())
            return -1;
        const qint64 id = added->value(0).toLongLong();
        if (gradeRow)
            exec(QStringLiteral("INSERT INTO customer_grades (customer_id) VALUES (?)"), {id});
        return id;
    }

    void record(qint64 customerId, const QString &contactAt, bool progress)
    {
        exec(QStringLiteral("INSERT INTO followups (customer_id, contact_at, recorded_at, method, "
                            "content, progress, recorded_by) VALUES (?, ?, ?, 'phone', '电话', ?, "
                            "'li')"),
             {customerId, contactAt, contactAt, progress ? 1 : 0});
    }

    void history(qint64 customerId, const QString &from, const QString &to, const QString &at)
    {
        exec(QStringLiteral("INSERT INTO grade_history (customer_id, from_grade, to_grade, actor, "
                            "at) VALUES (?, ?, ?, 'boss', ?)"),
             {customerId, from, to, at});
    }

    // "last contact|last progress" of the customer's activity row; "none" without one.
    QString activity(qint64 customerId)
    {
        auto row = sql::scan(*m_db,
                             QStringLiteral("SELECT last_contact_at, last_progress_at FROM "
                                            "customer_activity WHERE customer_id = ?"),
                             {customerId});
        EXPECT_TRUE(succeeded(row));
        if (!row || !row->next())
            return QStringLiteral("none");
        return row->value(0).toString() + u'|' + row->value(1).toString();
    }

    QString becameAt(qint64 customerId)
    {
        auto row = sql::scan(
            *m_db, QStringLiteral("SELECT became_at FROM customer_grades WHERE customer_id = ?"),
            {customerId});
        EXPECT_TRUE(succeeded(row));
        return row && row->next() ? row->value(0).toString() : QStringLiteral("no row");
    }

    test::TempFolder m_folder;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_P(RuleState, TheLatestContactAndProgressFollowEveryRecordInAnyOrder)
{
    const qint64 id = customer(QStringLiteral("HZ2026001"));
    const qint64 other = customer(QStringLiteral("HZ2026002"));
    EXPECT_EQ(activity(id), QStringLiteral("none"));

    record(id, QStringLiteral("2026-02-10T02:00:00Z"), false);
    EXPECT_EQ(activity(id), QStringLiteral("2026-02-10T02:00:00Z|"));
    record(id, QStringLiteral("2026-02-03T02:00:00Z"), true); // an older contact, recorded later
    EXPECT_EQ(activity(id), QStringLiteral("2026-02-10T02:00:00Z|2026-02-03T02:00:00Z"));
    record(id, QStringLiteral("2026-02-01T02:00:00Z"), true);
    EXPECT_EQ(activity(id), QStringLiteral("2026-02-10T02:00:00Z|2026-02-03T02:00:00Z"));
    record(id, QStringLiteral("2026-02-20T02:00:00Z"), true);
    EXPECT_EQ(activity(id), QStringLiteral("2026-02-20T02:00:00Z|2026-02-20T02:00:00Z"));
    EXPECT_EQ(activity(other), QStringLiteral("none"));

    // A record changed or deleted (SalesFlow does neither; psql might): worked out again.
    exec(QStringLiteral("UPDATE followups SET progress = 0 WHERE customer_id = ? AND "
                        "contact_at = '2026-02-20T02:00:00Z'"),
         {id});
    EXPECT_EQ(activity(id), QStringLiteral("2026-02-20T02:00:00Z|2026-02-03T02:00:00Z"));
    exec(QStringLiteral("UPDATE followups SET customer_id = ? WHERE customer_id = ? AND "
                        "contact_at = '2026-02-20T02:00:00Z'"),
         {other, id});
    EXPECT_EQ(activity(id), QStringLiteral("2026-02-10T02:00:00Z|2026-02-03T02:00:00Z"));
    EXPECT_EQ(activity(other), QStringLiteral("2026-02-20T02:00:00Z|"));
    exec(QStringLiteral("DELETE FROM followups WHERE customer_id = ?"), {other});
    EXPECT_EQ(activity(other), QStringLiteral("none"));

    // Deleting the customer takes its records and its row.
    exec(QStringLiteral("DELETE FROM customers WHERE id = ?"), {id});
    EXPECT_EQ(activity(id), QStringLiteral("none"));
}

TEST_P(RuleState, BecameAtIsTheLatestChangeToTheCurrentGrade)
{
    const qint64 id = customer(QStringLiteral("HZ2026003"));
    EXPECT_EQ(becameAt(id), QString());
    // As CustomerRepository::setGrade and `rules apply` do: the grade row, then its history.
    const auto change = [&](const QString &from, const QString &to, const QString &at) {
        exec(QStringLiteral("UPDATE customer_grades SET grade = ?, graded_at = ? WHERE "
                            "customer_id = ?"),
             {to, at, id});
        history(id, from, to, at);
    };
    change(QStringLiteral(""), QStringLiteral("B"), QStringLiteral("2026-01-06T02:00:00Z"));
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-01-06T02:00:00Z"));
    // Rescored at the same grade: it did not become B again.
    change(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("2026-01-20T02:00:00Z"));
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-01-06T02:00:00Z"));
    change(QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("2026-02-01T02:00:00Z"));
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-02-01T02:00:00Z"));
    // Times need not come in order: `rules apply --as-of` a later day, then a manager's change
    // (or two desktops whose clocks differ). The latest change to the current grade counts.
    // A C customer keeps none (no rule asks since when it is C).
    change(QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("2026-04-01T00:00:00Z"));
    EXPECT_EQ(becameAt(id), QString());
    change(QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("2026-03-14T02:00:00Z"));
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-14T02:00:00Z"));
    change(QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("2026-03-13T02:00:00Z"));
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-13T02:00:00Z"));
    change(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("2026-03-12T02:00:00Z"));
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-14T02:00:00Z"));
    // As DowngradeQueries::regrade does: the history, then the grade row.
    history(id, QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("2026-03-15T02:00:00Z"));
    exec(QStringLiteral("UPDATE customer_grades SET grade = 'A' WHERE customer_id = ?"), {id});
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-15T02:00:00Z"));
    // The grade row changed with no history (a manager with psql): from the history of the
    // grade it now has.
    exec(QStringLiteral("UPDATE customer_grades SET grade = 'B' WHERE customer_id = ?"), {id});
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-14T02:00:00Z"));
    exec(QStringLiteral("UPDATE customer_grades SET grade = 'C' WHERE customer_id = ?"), {id});
    EXPECT_EQ(becameAt(id), QString());
    // A history row to another grade than the current one changes nothing.
    history(id, QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("2026-03-20T02:00:00Z"));
    EXPECT_EQ(becameAt(id), QString());
    exec(QStringLiteral("UPDATE customer_grades SET grade = 'A' WHERE customer_id = ?"), {id});
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-20T02:00:00Z"));
    // History changed or deleted (psql): worked out again from the current grade.
    exec(QStringLiteral("DELETE FROM grade_history WHERE customer_id = ? AND at = "
                        "'2026-03-20T02:00:00Z'"),
         {id});
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-15T02:00:00Z"));
    exec(QStringLiteral("DELETE FROM grade_history WHERE customer_id = ? AND at = "
                        "'2026-03-15T02:00:00Z'"),
         {id});
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-13T02:00:00Z"));
    exec(QStringLiteral("UPDATE grade_history SET at = '2026-03-16T02:00:00Z' WHERE customer_id "
                        "= ? AND at = '2026-02-01T02:00:00Z'"),
         {id});
    EXPECT_EQ(becameAt(id), QStringLiteral("2026-03-16T02:00:00Z"));

    // A grade row written after its history (as a bulk load may) finds it there.
    const qint64 loaded = customer(QStringLiteral("HZ2026004"), false);
    history(loaded, QStringLiteral(""), QStringLiteral("A"),
            QStringLiteral("2026-01-06T02:00:00Z"));
    history(loaded, QStringLiteral("A"), QStringLiteral("B"),
            QStringLiteral("2026-01-07T02:00:00Z"));
    history(loaded, QStringLiteral("B"), QStringLiteral("B"),
            QStringLiteral("2026-01-08T02:00:00Z"));
    exec(QStringLiteral("INSERT INTO customer_grades (customer_id, grade) VALUES (?, 'B')"),
         {loaded});
    EXPECT_EQ(becameAt(loaded), QStringLiteral("2026-01-07T02:00:00Z"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, RuleState, ::testing::ValuesIn(test::kDialects),
                         test::dialectName);

// A database of schema 9 with records and grade history gets both on upgrade (0010), and its
// history index by customer loses the time (0011).
TEST(RuleStateUpgrade, AnOlderDatabaseIsFilledInFromItsRecordsAndHistory)
{
    test::TempFolder folder;
    auto opened = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(opened));
    Database &db = **opened;
    QList<Migrator::Migration> migrations = Migrator::bundled();
    ASSERT_EQ(migrations.last().version, 11);
    // Back to schema 9: what 0010 and 0011 change is undone, as in a file of that release.
    for (const char *statement :
         {"DROP TRIGGER grade_history_became",
          "DROP TRIGGER customer_grades_became",
          "DROP TRIGGER customer_grades_regraded",
          "DROP TRIGGER customer_grades_regraded_other",
          "DROP TRIGGER grade_history_became_changed",
          "DROP TRIGGER grade_history_became_deleted",
          "DROP INDEX grade_history_became",
          "CREATE INDEX grade_history_became_a ON grade_history (customer_id, at, to_grade, "
          "from_grade) WHERE to_grade = 'A' AND from_grade <> 'A'",
          "DROP TRIGGER followups_activity",
          "DROP TRIGGER followups_activity_changed",
          "DROP TRIGGER followups_activity_deleted",
          "DROP TABLE customer_activity",
          "ALTER TABLE customer_grades DROP COLUMN became_at",
          "DROP INDEX grade_history_by_customer",
          "CREATE INDEX grade_history_by_customer ON grade_history (customer_id, at)",
          "PRAGMA user_version = 9",
          "INSERT INTO customers (id, code, name, name_key, first_contact_at, entered_at, region, "
          "updated_at) VALUES (7, 'HZ2026007', 'a', 'a', '2026-01-05T01:00:00Z', "
          "'2026-01-05T02:00:00Z', 'HZ', '2026-01-05T02:00:00Z')",
          "INSERT INTO customer_grades (customer_id, grade) VALUES (7, 'B')",
          "INSERT INTO grade_history (customer_id, from_grade, to_grade, actor, at) VALUES "
          "(7, '', 'A', 'boss', '2026-01-06T00:00:00Z'), (7, 'A', 'B', 'boss', "
          "'2026-01-09T00:00:00Z'), (7, 'B', 'B', 'boss', '2026-01-12T00:00:00Z'), (7, 'C', "
          "'A', 'boss', '2026-01-10T00:00:00Z')",
          "INSERT INTO followups (customer_id, contact_at, recorded_at, method, content, "
          "progress, recorded_by) VALUES (7, '2026-01-10T00:00:00Z', '2026-01-10T00:00:00Z', "
          "'phone', 'x', 1, 'li'), (7, '2026-01-11T00:00:00Z', '2026-01-11T00:00:00Z', 'phone', "
          "'x', 0, 'li')"}) {
        auto done = sql::run(db, QString::fromUtf8(statement));
        ASSERT_TRUE(succeeded(done)) << statement;
    }
    migrations.removeIf([](const Migrator::Migration &m) { return m.version < 10; });
    ASSERT_TRUE(succeeded(Migrator::apply(db, migrations, true)));
    EXPECT_EQ(db.schemaVersion(), 11);
    auto columns = sql::scan(db, QStringLiteral("SELECT group_concat(name) FROM "
                                                "pragma_index_info('grade_history_by_customer')"));
    ASSERT_TRUE(succeeded(columns));
    ASSERT_TRUE(columns->next());
    EXPECT_EQ(columns->value(0).toString(), QStringLiteral("customer_id"));

    auto row = sql::scan(db, QStringLiteral("SELECT g.became_at, a.last_contact_at, "
                                            "a.last_progress_at FROM customer_grades g JOIN "
                                            "customer_activity a ON a.customer_id = g.customer_id "
                                            "WHERE g.customer_id = 7"));
    ASSERT_TRUE(succeeded(row));
    ASSERT_TRUE(row->next());
    EXPECT_EQ(row->value(0).toString(), QStringLiteral("2026-01-09T00:00:00Z"));
    EXPECT_EQ(row->value(1).toString(), QStringLiteral("2026-01-11T00:00:00Z"));
    EXPECT_EQ(row->value(2).toString(), QStringLiteral("2026-01-10T00:00:00Z"));
}
