// SPDX-License-Identifier: MIT
#include "DialectDatabase.h"
#include "storage/AuditRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/IdSequenceRepository.h"
#include "storage/RawStatement.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

using namespace sf;
using sf::test::succeeded;

namespace {

// Every test runs against a new SQLite file and a new database of the PostgreSQL test cluster.
class Repositories : public ::testing::TestWithParam<Dialect>
{
protected:
    void SetUp() override { ASSERT_TRUE(test::openEmptyDatabase(GetParam(), m_folder, m_db)); }

    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    test::TempFolder m_folder;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_P(Repositories, RegionsFindInsertAndUpdateWithVersionCheck)
{
    RegionRepository regions(*m_db);
    auto hz = regions.find(QStringLiteral("HZ"));
    ASSERT_TRUE(succeeded(hz));
    ASSERT_TRUE(hz->has_value());
    EXPECT_EQ(hz->value().name, QStringLiteral("杭州"));

    ASSERT_TRUE(
        succeeded(regions.insert({QStringLiteral("NB"), QStringLiteral("宁波"), true, 1}, m_now)));
    EXPECT_FALSE(
        regions.insert({QStringLiteral("NB"), QStringLiteral("again"), true, 1}, m_now).ok());

    Region nb{QStringLiteral("NB"), QStringLiteral("宁波市"), true, 1};
    ASSERT_TRUE(succeeded(regions.update(nb)));
    // The same stale version again is a conflict, not a silent overwrite.
    const Status stale = regions.update(nb);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    auto all = regions.all();
    ASSERT_TRUE(succeeded(all));
    EXPECT_EQ(all->size(), 13);
}

TEST_P(Repositories, SettingsUpsert)
{
    SettingsRepository settings(*m_db);
    auto missing = settings.value(QStringLiteral("team.time_zone"));
    ASSERT_TRUE(succeeded(missing));
    EXPECT_FALSE(missing->has_value());
    ASSERT_TRUE(succeeded(settings.setValue(QStringLiteral("k"), QStringLiteral("1"), m_now)));
    ASSERT_TRUE(succeeded(settings.setValue(QStringLiteral("k"), QStringLiteral("2"), m_now)));
    auto value = settings.value(QStringLiteral("k"));
    ASSERT_TRUE(succeeded(value));
    EXPECT_EQ(value->value_or(QString()), QStringLiteral("2"));
    EXPECT_EQ(settings.all()->size(), 1);
}

TEST_P(Repositories, CalendarReplaceYearUpsertAndRemove)
{
    CalendarRepository calendar(*m_db);
    const QList<CalendarDay> days = {{QDate(2026, 2, 14), false, QStringLiteral("春节")},
                                     {QDate(2026, 2, 16), true, QStringLiteral("春节")}};
    ASSERT_TRUE(succeeded(calendar.replaceYear(2026, days, QStringLiteral("2026.json"), m_now)));
    ASSERT_TRUE(
        succeeded(calendar.replaceYear(2026, days.mid(1), QStringLiteral("2026.ics"), m_now)));
    auto stored = calendar.daysOfYear(2026);
    ASSERT_TRUE(succeeded(stored));
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().date, QDate(2026, 2, 16));
    EXPECT_TRUE(stored->first().offDay);

    ASSERT_TRUE(succeeded(
        calendar.upsertDay(2027, {QDate(2027, 1, 1), true, QStringLiteral("元旦")}, m_now)));
    auto years = calendar.years();
    ASSERT_TRUE(succeeded(years));
    ASSERT_EQ(years->size(), 2);
    EXPECT_EQ(years->at(0).source, QStringLiteral("2026.ics"));
    EXPECT_EQ(years->at(1).year, 2027);
    EXPECT_EQ(years->at(1).daysOff, 1);

    auto removed = calendar.removeDay(QDate(2027, 1, 1));
    ASSERT_TRUE(succeeded(removed));
    EXPECT_TRUE(*removed);
    EXPECT_FALSE(*calendar.removeDay(QDate(2027, 1, 1)));
    EXPECT_EQ(calendar.allDays()->size(), 1);
}

TEST_P(Repositories, UsersInsertAndFindIgnoringCase)
{
    UserRepository users(*m_db);
    User li;
    li.login = QStringLiteral("li.lei");
    li.name = QStringLiteral("李雷");
    li.role = Role::Rep;
    li.senior = true;
    auto id = users.insert(li, m_now);
    ASSERT_TRUE(succeeded(id));
    EXPECT_GT(*id, 0);
    auto found = users.findByLogin(QStringLiteral("LI.LEI"));
    ASSERT_TRUE(succeeded(found));
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(found->value().name, QStringLiteral("李雷"));
    EXPECT_TRUE(found->value().senior);
    EXPECT_EQ(found->value().role, Role::Rep);
    EXPECT_EQ(found->value().id, *id);
    EXPECT_FALSE(users.insert(li, m_now).ok()); // login is unique
    EXPECT_EQ(*users.countByRole(Role::Rep), 1);
}

TEST_P(Repositories, AuditNewestFirst)
{
    AuditRepository audit(*m_db);
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(succeeded(
            audit.append({m_now.addSecs(i), QStringLiteral("admin"), QStringLiteral("region"),
                          QStringLiteral("HZ"), QStringLiteral("name"), QString::number(i),
                          QString::number(i + 1)})));
    }
    auto entries = audit.forEntity(QStringLiteral("region"), QStringLiteral("HZ"));
    ASSERT_TRUE(succeeded(entries));
    ASSERT_EQ(entries->size(), 3);
    EXPECT_EQ(entries->first().newValue, QStringLiteral("3"));
    EXPECT_EQ(entries->first().at, m_now.addSecs(2));
    EXPECT_EQ(audit.latest(2)->size(), 2);
}

TEST_P(Repositories, AuditSearchFiltersIgnoringCaseAndPages)
{
    AuditRepository audit(*m_db);
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(succeeded(audit.append(
            {m_now.addSecs(i / 2), QStringLiteral("Li.Lei"), QStringLiteral("customer"),
             QStringLiteral("HZ2026%1").arg(i, 3, 10, QChar(u'0')), QStringLiteral("name"),
             QStringLiteral("Old 50%"), QStringLiteral("New Name %1").arg(i)})));
    }
    AuditQuery query;
    query.entityId = QStringLiteral("hz2026003");
    EXPECT_EQ(audit.search(query)->entries.size(), 1);
    query = {};
    query.actor = QStringLiteral("LI.LEI");
    query.text = QStringLiteral("new name");
    query.limit = 2;
    auto first = audit.search(query);
    ASSERT_TRUE(succeeded(first));
    ASSERT_EQ(first->entries.size(), 2);
    ASSERT_TRUE(first->next.has_value());
    EXPECT_EQ(first->entries.first().entityId, QStringLiteral("HZ2026004"));
    query.after = first->next;
    auto second = audit.search(query);
    ASSERT_TRUE(succeeded(second));
    ASSERT_EQ(second->entries.size(), 2);
    EXPECT_EQ(second->entries.first().entityId, QStringLiteral("HZ2026002"));
    query.after.reset();
    query.text = QStringLiteral("0%"); // the % is literal
    auto counted = audit.count(query, 3);
    ASSERT_TRUE(succeeded(counted));
    EXPECT_EQ(counted->count, 3);
    EXPECT_TRUE(counted->atLeast);
    // A customer row id that does not exist: no entries, but the statement runs on both.
    auto trail = audit.forCustomer(999, 10);
    ASSERT_TRUE(succeeded(trail));
    EXPECT_TRUE(trail->isEmpty());
}

TEST_P(Repositories, IdSerialsOnlyMoveUp)
{
    IdSequenceRepository serials(*m_db);
    EXPECT_EQ(*serials.lastSerial(QStringLiteral("HZ"), 2026), 0);
    ASSERT_TRUE(succeeded(serials.reserve(QStringLiteral("HZ"), 2026, 7)));
    ASSERT_TRUE(succeeded(serials.reserve(QStringLiteral("HZ"), 2026, 3)));
    EXPECT_EQ(*serials.lastSerial(QStringLiteral("HZ"), 2026), 7);
    EXPECT_EQ(*serials.lastSerial(QStringLiteral("HZ"), 2025), 0);
    // An unknown region is refused by the foreign key.
    EXPECT_FALSE(serials.reserve(QStringLiteral("QQ"), 2026, 1).ok());
}

// prepared() says whether the constructor prepared the statement, whatever failed since.
TEST_P(Repositories, ARawStatementSaysWhetherItWasPrepared)
{
    EXPECT_FALSE(RawStatement(*m_db, "INSERT INTO no_such_table (code) VALUES (?)").prepared());
    RawStatement insert(*m_db, "INSERT INTO regions (code, name, created_at) VALUES (?, ?, ?)");
    ASSERT_TRUE(insert.prepared());
    const auto region = [&insert](const char *code, const char *name) {
        return insert.bind(1, QString::fromLatin1(code))
            .bind(2, QString::fromUtf8(name))
            .bind(3, QStringLiteral("2026-03-02T01:00:00Z"))
            .run();
    };
    EXPECT_FALSE(region("HZ", "杭州")); // there already
    EXPECT_TRUE(insert.prepared());
    EXPECT_TRUE(region("NB", "宁波"));
    EXPECT_TRUE(insert.prepared());
    auto nb = RegionRepository(*m_db).find(QStringLiteral("NB"));
    ASSERT_TRUE(succeeded(nb));
    EXPECT_TRUE(nb->has_value());
}

INSTANTIATE_TEST_SUITE_P(Dialects, Repositories, ::testing::ValuesIn(test::kDialects),
                         test::dialectName);
