// SPDX-License-Identifier: MIT
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/ImmediateTransaction.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace sf;
using sf::test::succeeded;

namespace {

int auditRows(const Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST(DatabaseMaintenance, BackupIsACompleteCopy)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    AuditRepository audit(**db);
    ASSERT_TRUE(succeeded(audit.append(
        {QDateTime::currentDateTimeUtc(), QStringLiteral("admin"), QStringLiteral("region"),
         QStringLiteral("HZ"), QStringLiteral("name"), QString(), QStringLiteral("杭州")})));
    auto report =
        DatabaseMaintenance::backup(**db, folder.path(QStringLiteral("copies/backup.db")));
    ASSERT_TRUE(succeeded(report));
    EXPECT_GT(report->bytes, 0);
    EXPECT_FALSE(QFile::exists(folder.path(QStringLiteral("copies/backup.db.partial"))));
    auto copy = Database::open(folder.path(QStringLiteral("copies/backup.db")));
    ASSERT_TRUE(succeeded(copy));
    EXPECT_EQ(auditRows(**copy), 1);
}

TEST(DatabaseMaintenance, BackupRefusesToOverwriteTheDatabase)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    EXPECT_FALSE(DatabaseMaintenance::backup(**db, folder.path(QStringLiteral("t.db"))).ok());
}

// The online backup is a consistent snapshot even while another connection keeps writing.
TEST(DatabaseMaintenance, BackupIsConsistentWhileAnotherConnectionWrites)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    auto db = Database::open(path);
    ASSERT_TRUE(succeeded(db));
    constexpr int kBatches = 300;
    constexpr int kRowsPerBatch = 10;
    std::atomic<bool> started{false};
    std::atomic<int> committed{0};
    std::thread writer([&] {
        auto own = Database::open(path); // one connection per thread
        if (!own)
            return;
        AuditRepository audit(**own);
        for (int batch = 0; batch < kBatches; ++batch) {
            ImmediateTransaction tx(**own);
            for (int row = 0; row < kRowsPerBatch; ++row) {
                (void)audit.append({QDateTime::currentDateTimeUtc(), QStringLiteral("writer"),
                                    QStringLiteral("test"), QString::number(batch),
                                    QString::number(row), QString(), QString()});
            }
            if (tx.commit().ok())
                ++committed;
            started = true;
        }
    });
    while (!started)
        std::this_thread::yield();
    auto report = DatabaseMaintenance::backup(**db, folder.path(QStringLiteral("live.db")));
    writer.join();
    ASSERT_TRUE(succeeded(report));
    EXPECT_EQ(committed.load(), kBatches);
    auto copy = Database::open(folder.path(QStringLiteral("live.db")));
    ASSERT_TRUE(succeeded(copy));
    auto problems = DatabaseMaintenance::check(**copy);
    ASSERT_TRUE(succeeded(problems));
    EXPECT_TRUE(problems->isEmpty());
    // Whole transactions only: never a batch cut in half.
    EXPECT_EQ(auditRows(**copy) % kRowsPerBatch, 0);
}

TEST(DatabaseMaintenance, CheckFindsNoProblemInAHealthyDatabase)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    auto problems = DatabaseMaintenance::check(**db);
    ASSERT_TRUE(succeeded(problems));
    EXPECT_TRUE(problems->isEmpty());
}

TEST(DatabaseMaintenance, CheckReportsABrokenReference)
{
    test::TempFolder folder;
    auto db = Database::open(folder.path(QStringLiteral("t.db")));
    ASSERT_TRUE(succeeded(db));
    QSqlQuery query((*db)->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(query.exec(QStringLiteral(
        "INSERT INTO customer_id_serials (region, year, last_serial) VALUES ('QQ', 2026, 1)")));
    auto problems = DatabaseMaintenance::check(**db);
    ASSERT_TRUE(succeeded(problems));
    ASSERT_EQ(problems->size(), 1);
    EXPECT_TRUE(problems->first().contains(QStringLiteral("customer_id_serials")));
}
