// SPDX-License-Identifier: MIT
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ImmediateTransaction.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

using namespace sf;
using sf::test::succeeded;

namespace {

class AuditSearch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_folder.path(QStringLiteral("t.db")));
        ASSERT_TRUE(succeeded(opened));
        m_db = std::move(*opened);
    }

    void add(int second, const QString &actor, const QString &entity, const QString &id,
             const QString &field, const QString &oldValue, const QString &newValue)
    {
        ASSERT_TRUE(succeeded(AuditRepository(*m_db).append(
            {m_now.addSecs(second), actor, entity, id, field, oldValue, newValue})));
    }

    // The new values of a search's entries, in the order found.
    QStringList newValues(const AuditQuery &query) const
    {
        auto page = AuditRepository(*m_db).search(query);
        EXPECT_TRUE(succeeded(page));
        QStringList values;
        if (page) {
            for (const AuditEntry &entry : page->entries)
                values << entry.newValue;
        }
        return values;
    }

    // The local administrator's creation is in the trail of every new database: a filter keeps
    // the tests to their own rows.
    const QDateTime m_now = QDateTime(QDate(2030, 3, 2), QTime(9, 0), QTimeZone::utc());
    test::TempFolder m_folder;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(AuditSearch, FiltersByEntityIdActorTextAndTime)
{
    add(0, QStringLiteral("li"), QStringLiteral("customer"), QStringLiteral("HZ2026001"),
        QStringLiteral("grade"), QStringLiteral("C"), QStringLiteral("1"));
    add(1, QStringLiteral("li"), QStringLiteral("customer"), QStringLiteral("HZ2026002"),
        QStringLiteral("name"), QStringLiteral("旧名"), QStringLiteral("2"));
    add(2, QStringLiteral("wang"), QStringLiteral("contract"), QStringLiteral("HT-2026-0001"),
        QStringLiteral("status"), QStringLiteral("draft"), QStringLiteral("3"));
    add(3, QStringLiteral("Wang"), QStringLiteral("plan_item"), QStringLiteral("7"),
        QStringLiteral("due_date"), QStringLiteral("2026-03-01"), QStringLiteral("4 hz2026001"));

    AuditQuery all;
    all.from = m_now;
    EXPECT_EQ(newValues(all), (QStringList{"4 hz2026001", "3", "2", "1"}));

    AuditQuery byEntity = all;
    byEntity.entity = QStringLiteral("customer");
    EXPECT_EQ(newValues(byEntity), (QStringList{"2", "1"}));
    byEntity.entity = QStringLiteral("Customer"); // the entity type is exact
    EXPECT_TRUE(newValues(byEntity).isEmpty());

    AuditQuery byId = all;
    byId.entityId = QStringLiteral("hz2026001"); // exact, in any case
    EXPECT_EQ(newValues(byId), (QStringList{"1"}));

    AuditQuery byActor = all;
    byActor.actor = QStringLiteral("WANG");
    EXPECT_EQ(newValues(byActor), (QStringList{"4 hz2026001", "3"}));

    AuditQuery byText = all;
    byText.text = QStringLiteral("hz2026001"); // entity id or a value, any case
    EXPECT_EQ(newValues(byText), (QStringList{"4 hz2026001", "1"}));
    byText.text = QStringLiteral("旧"); // the old value
    EXPECT_EQ(newValues(byText), (QStringList{"2"}));
    byText.text = QStringLiteral("due_"); // the field
    EXPECT_EQ(newValues(byText), (QStringList{"4 hz2026001"}));
    byText.text = QStringLiteral("nowhere");
    EXPECT_TRUE(newValues(byText).isEmpty());

    AuditQuery window = all;
    window.from = m_now.addSecs(1);
    window.to = m_now.addSecs(3); // the end is excluded
    EXPECT_EQ(newValues(window), (QStringList{"3", "2"}));

    AuditQuery combined = all;
    combined.entity = QStringLiteral("customer");
    combined.actor = QStringLiteral("li");
    combined.text = QStringLiteral("旧名");
    EXPECT_EQ(newValues(combined), (QStringList{"2"}));

    auto counted = AuditRepository(*m_db).count(byActor, 100);
    ASSERT_TRUE(succeeded(counted));
    EXPECT_EQ(counted->count, 2);
    EXPECT_FALSE(counted->atLeast);
    counted = AuditRepository(*m_db).count(all, 3);
    ASSERT_TRUE(succeeded(counted));
    EXPECT_EQ(counted->count, 3);
    EXPECT_TRUE(counted->atLeast);
}

TEST_F(AuditSearch, WildcardsInTheTextAreLiteral)
{
    add(0, QStringLiteral("li"), QStringLiteral("setting"), QStringLiteral("a"),
        QStringLiteral("value"), QString(), QStringLiteral("100%"));
    add(1, QStringLiteral("li"), QStringLiteral("setting"), QStringLiteral("b"),
        QStringLiteral("value"), QString(), QStringLiteral("1000"));
    add(2, QStringLiteral("li"), QStringLiteral("setting"), QStringLiteral("c"),
        QStringLiteral("value"), QString(), QStringLiteral("x_y"));
    add(3, QStringLiteral("li"), QStringLiteral("setting"), QStringLiteral("d"),
        QStringLiteral("value"), QString(), QStringLiteral("xzy"));
    add(4, QStringLiteral("li"), QStringLiteral("setting"), QStringLiteral("e"),
        QStringLiteral("value"), QString(), QStringLiteral("C:\\temp"));
    add(5, QStringLiteral("li"), QStringLiteral("setting"), QStringLiteral("f"),
        QStringLiteral("value"), QString(), QStringLiteral("C:temp"));

    AuditQuery query;
    query.entity = QStringLiteral("setting");
    query.text = QStringLiteral("0%");
    EXPECT_EQ(newValues(query), (QStringList{"100%"}));
    query.text = QStringLiteral("x_y");
    EXPECT_EQ(newValues(query), (QStringList{"x_y"}));
    query.text = QStringLiteral(":\\t");
    EXPECT_EQ(newValues(query), (QStringList{"C:\\temp"}));
    query.text = QStringLiteral("%");
    EXPECT_EQ(newValues(query), (QStringList{"100%"}));
    query.text = QStringLiteral("' OR 1=1 --");
    EXPECT_TRUE(newValues(query).isEmpty());
}

// Many entries in the same second (one save audits each changed field): keyset pages by (at, id)
// neither skip nor repeat any.
TEST_F(AuditSearch, PagesOverEqualTimesWithoutGapsOrRepeats)
{
    ImmediateTransaction tx(*m_db);
    ASSERT_TRUE(tx.started());
    for (int i = 0; i < 95; ++i)
        add(i / 10, QStringLiteral("li"), QStringLiteral("customer"),
            QStringLiteral("HZ%1").arg(i % 4), QStringLiteral("field"), QString(),
            QString::number(i));
    ASSERT_TRUE(succeeded(tx.commit()));

    AuditQuery query;
    query.entity = QStringLiteral("customer");
    query.limit = 7;
    QStringList seen;
    QDateTime previous;
    int pages = 0;
    while (true) {
        auto page = AuditRepository(*m_db).search(query);
        ASSERT_TRUE(succeeded(page));
        ASSERT_LE(page->entries.size(), 7);
        for (const AuditEntry &entry : page->entries) {
            if (previous.isValid()) {
                EXPECT_LE(entry.at, previous);
            }
            previous = entry.at;
            seen << entry.newValue;
        }
        ++pages;
        if (!page->next)
            break;
        EXPECT_EQ(page->entries.size(), 7);
        EXPECT_EQ(page->next->at, page->entries.last().at);
        query.after = page->next;
    }
    EXPECT_EQ(pages, 14); // 13 full pages and 4 entries
    ASSERT_EQ(seen.size(), 95);
    EXPECT_EQ(QSet<QString>(seen.cbegin(), seen.cend()).size(), 95);
    // Newest first; within a second the later row first.
    EXPECT_EQ(seen.first(), QStringLiteral("94"));
    EXPECT_EQ(seen.last(), QStringLiteral("0"));
    for (int i = 0; i < 95; ++i)
        EXPECT_EQ(seen.at(i), QString::number(94 - i));

    // A page that ends exactly at the last entry says no more follow.
    AuditQuery exact;
    exact.entity = QStringLiteral("customer");
    exact.limit = 95;
    auto whole = AuditRepository(*m_db).search(exact);
    ASSERT_TRUE(succeeded(whole));
    EXPECT_EQ(whole->entries.size(), 95);
    EXPECT_FALSE(whole->next.has_value());
}

// Each filter of the trail reads one index range: 0006_audit_search.sql.
TEST_F(AuditSearch, FiltersHaveIndexes)
{
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'audit_log'")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    for (const char *name : {"audit_log_by_time", "audit_log_by_entity", "audit_log_by_entity_time",
                             "audit_log_by_actor_time", "audit_log_by_entity_id"})
        EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
}
