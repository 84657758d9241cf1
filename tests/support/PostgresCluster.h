// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace sf::test {

// A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder (owned by the
// `postgres` system user when the tests run as root, since initdb and postgres refuse to run as
// root), started with pg_ctl on a free loopback port (127.0.0.1 only, its socket in the same
// folder, fsync off), stopped (pg_ctl stop -m immediate) and removed by the destructor.
//
// The binaries are Debian's (package postgresql: /usr/lib/postgresql/<version>/bin, the newest
// found), else the folder in SF_PG_BINDIR, else the PATH. When they or Qt's QPSQL driver are
// missing, running() is false and error() names the package to install: the PostgreSQL tests
// then fail with that message, they are never skipped.
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // The cluster of this test executable, started on first use and stopped when the tests end
    // (a GoogleTest environment's TearDown). Tests that never ask for it start no server.
    static PostgresCluster &shared();

    bool running() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    // How long initdb and the start took, in milliseconds.
    qint64 startMilliseconds() const { return m_startMs; }

    // Creates a new, empty database (one per test: every test starts from nothing) owned by the
    // superuser `postgres`, and returns its URL (postgresql://postgres@127.0.0.1:PORT/NAME);
    // an empty string on failure, with error() saying why.
    // A database given as `templateName` is copied (CREATE DATABASE … TEMPLATE: a migrated
    // database copied in milliseconds instead of migrating each one); nobody may be connected to
    // it meanwhile.
    QString createDatabase(const QString &templateName = {});
    // createDatabase() for a test's SetUp: ASSERT_TRUE(cluster.newDatabase(&url)) fails the test
    // with the reason (the package to install, the server's message) when there is none.
    ::testing::AssertionResult newDatabase(QString *url, const QString &templateName = {});
    // Drops every role that is a member of `group` (the users' roles SalesFlow created: roles
    // belong to the whole cluster, not to one database); an empty string, or the server's error.
    QString dropRolesOf(const QString &group);
    // The name of a database in a URL of this cluster.
    static QString databaseName(const QString &url);
    QString url(const QString &database) const;
    // The path of one of the cluster's programs (psql, pg_dump, …) of the same version.
    QString program(const QString &name) const { return m_binDir + u'/' + name; }

private:
    bool start();
    bool createAdminConnection();
    bool run(const QString &program, const QStringList &arguments, int timeoutMs,
             QString *output = nullptr);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
    qint64 m_startMs = 0;
    QString m_error;
};

} // namespace sf::test
