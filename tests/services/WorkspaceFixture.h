// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "support/PostgresCluster.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace sf::test {

// A local time in Shanghai (the team's default time zone) as the UTC instant the services take.
inline QDateTime shanghai(int y, int m, int d, int h = 10, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone("Asia/Shanghai")).toUTC();
}

// A complete draft of the customer `customerId`: every core term of R14, 120,000.00 yuan, for
// a year from 2026-10-08.
inline Contract completeContract(const QString &customerId)
{
    Contract k;
    k.customerId = customerId;
    k.title = QStringLiteral("CRM系统采购合同");
    k.products = QStringLiteral("CRM系统标准版50用户许可");
    k.priceFen = 12'000'000;
    k.delivery = QStringLiteral("签订后60日内上线");
    k.paymentTerms = QStringLiteral("预付30%，验收后付70%");
    k.liability = QStringLiteral("逾期按日万分之五支付违约金");
    k.start = QDate(2026, 10, 8);
    k.end = QDate(2027, 10, 7);
    return k;
}

// The store the service suite runs on: test_services runs it on SQLite files, test_services_pg
// (the same sources compiled with SF_TEST_POSTGRESQL) on new databases of a PostgreSQL cluster.
#ifdef SF_TEST_POSTGRESQL
inline constexpr bool kOnPostgreSQL = true;
#else
inline constexpr bool kOnPostgreSQL = false;
#endif

// Another connection to a workspace's database (not opened yet): its file, or on PostgreSQL its
// URL (postgresql://user@host:port/name), as `user` with `password` when given.
inline QSqlDatabase anotherConnection(const QString &location, const QString &name,
                                      const QString &user = {}, const QString &password = {})
{
    if constexpr (kOnPostgreSQL) {
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(user.isEmpty() ? url.userName() : user);
        db.setPassword(password);
        db.setDatabaseName(url.path().mid(1));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(location);
    return db;
}

// The location of a new, empty database for a workspace: a file in `folder`, or a new database of
// the executable's PostgreSQL cluster in test_services_pg — a copy of one that a workspace
// migrated at the first call (a few milliseconds instead of migrating every time).
inline ::testing::AssertionResult newWorkspaceLocation(const TempFolder &folder, QString *location)
{
    if constexpr (kOnPostgreSQL) {
        PostgresCluster &cluster = PostgresCluster::shared();
        static QString migrated;
        if (migrated.isEmpty()) {
            QString url;
            if (auto created = cluster.newDatabase(&url); !created)
                return created;
            auto opened = Workspace::open(url);
            if (!opened)
                return ::testing::AssertionFailure() << opened.error().message.toStdString();
            migrated = PostgresCluster::databaseName(url);
        }
        // Roles belong to the whole cluster: each test starts without the users' roles that
        // earlier tests created.
        if (QString error = cluster.dropRolesOf(QStringLiteral("salesflow_users"));
            !error.isEmpty())
            return ::testing::AssertionFailure() << error.toStdString();
        return cluster.newDatabase(location, migrated);
    }
    *location = folder.path(QStringLiteral("t.db"));
    return ::testing::AssertionSuccess();
}

// A workspace on a fresh database, acting as the local administrator (on PostgreSQL: the role
// that connected, who ran `init`), with a clock the test sets.
class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString location;
        ASSERT_TRUE(newWorkspaceLocation(m_folder, &location));
        auto opened = Workspace::open(location, [this] { return m_now; });
        ASSERT_TRUE(succeeded(opened));
        m_ws = std::move(*opened);
        m_admin = m_ws->actor().login;
    }

    // Adds a user (a senior rep when `senior`).
    void addUser(const QString &login, Role role, bool senior = false)
    {
        User user;
        user.login = login;
        user.role = role;
        user.senior = senior;
        ASSERT_TRUE(succeeded(m_ws->users().add(user)));
    }

    // Adds a member of `team`.
    void addTeamMember(const QString &login, Role role, const QString &team)
    {
        User user;
        user.login = login;
        user.role = role;
        user.team = team;
        ASSERT_TRUE(succeeded(m_ws->users().add(user)));
    }

    // Adds a user and acts as them.
    void actAsNew(const QString &login, Role role)
    {
        User user;
        user.login = login;
        user.role = role;
        ASSERT_TRUE(succeeded(m_ws->users().add(user)));
        ASSERT_TRUE(succeeded(m_ws->actAs(login)));
    }

    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());
    TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    // The administrator the workspace starts as: the local "admin" of an SQLite file, the role
    // that connected (and ran `init`) on PostgreSQL.
    QString m_admin;
};

} // namespace sf::test
