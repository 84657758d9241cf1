// SPDX-License-Identifier: MIT
#include "support/PostgresCluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>
#include <QVersionNumber>

#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sf::test {
namespace {

const QString kAdminConnection = QStringLiteral("sf-test-cluster-admin");
const QString kInstallHint = QStringLiteral(
    "install Debian's package postgresql (scripts/setup.sh does), or set SF_PG_BINDIR to the "
    "folder holding initdb and pg_ctl");

bool hasServerBinaries(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
           QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable() &&
           QFileInfo(dir + QStringLiteral("/postgres")).isExecutable();
}

// SF_PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin, else the PATH.
QString findBinDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SF_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        return hasServerBinaries(fromEnvironment) ? fromEnvironment : QString();
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : versions) {
        const QString dir = debian.filePath(version + QStringLiteral("/bin"));
        if (hasServerBinaries(dir))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && hasServerBinaries(QFileInfo(initdb).absolutePath()))
        return QFileInfo(initdb).absolutePath();
    return {};
}

// A port nobody listens on right now: the one the system gives a server bound to port 0.
int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

PostgresCluster *g_shared = nullptr;

// Stops the shared cluster when the test executable is done.
class ClusterEnvironment : public ::testing::Environment
{
public:
    void TearDown() override
    {
        delete g_shared;
        g_shared = nullptr;
    }
};

[[maybe_unused]] const auto *const g_environment =
    ::testing::AddGlobalTestEnvironment(new ClusterEnvironment);

} // namespace

PostgresCluster &PostgresCluster::shared()
{
    if (!g_shared)
        g_shared = new PostgresCluster;
    return *g_shared;
}

PostgresCluster::PostgresCluster()
{
    QElapsedTimer timer;
    timer.start();
    m_running = start();
    m_startMs = timer.elapsed();
    if (m_running)
        std::fprintf(stderr,
                     "PostgreSQL test cluster on 127.0.0.1:%d: initdb and start took %lld ms\n",
                     m_port, static_cast<long long>(m_startMs));
}

PostgresCluster::~PostgresCluster()
{
    if (QSqlDatabase::contains(kAdminConnection)) {
        QSqlDatabase::database(kAdminConnection, false).close();
        QSqlDatabase::removeDatabase(kAdminConnection);
    }
    if (m_running) {
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            60000);
    }
    // QTemporaryDir removes the folder (root may remove what postgres owns).
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, int timeoutMs,
                          QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder ? m_folder->path() : QDir::tempPath());
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForStarted(timeoutMs) && process.waitForFinished(timeoutMs);
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (%2): %3")
                      .arg(QFileInfo(program).fileName(),
                           finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                                    : process.errorString(),
                           text.trimmed());
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's initdb, pg_ctl and postgres were not found: ") +
                  kInstallHint;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's PostgreSQL driver QPSQL is missing: install Debian's "
                                 "package libqt6sql6-psql (scripts/setup.sh does)");
        return false;
    }
    // /tmp rather than $TMPDIR: the postgres user must reach the folder, and the server's socket
    // path must stay under the 107 bytes a Unix socket name may have.
    const QString base =
        QFileInfo(QStringLiteral("/tmp")).isDir() ? QStringLiteral("/tmp") : QDir::tempPath();
    m_folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/sf-pg-XXXXXX"));
    if (!m_folder->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_folder->errorString();
        return false;
    }
    // initdb and postgres refuse to run as root: as root, the folder goes to the postgres user
    // and the binaries run as that user.
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *user = ::getpwnam("postgres");
        if (!user) {
            m_error = QStringLiteral("running as root, but there is no postgres system user to "
                                     "run the server as: ") +
                      kInstallHint;
            return false;
        }
        if (::chown(QFile::encodeName(m_folder->path()).constData(), user->pw_uid, user->pw_gid) !=
            0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_folder->path());
            return false;
        }
    }
    m_dataDir = m_folder->filePath(QStringLiteral("data"));
    // -N: no fsync of the new files; C.UTF-8 sorts by code point, as SQLite does.
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N")},
             120000))
        return false;
    // The superuser signs in without a password (the tests' own connections); every other role
    // with its password, as on a team's server, so that the tests of SalesFlow users' roles
    // (a wrong password, a deactivated user) mean something. Rewritten in place: the file keeps
    // its owner.
    QFile hba(m_dataDir + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write("local all postgres trust\n"
                  "host all postgres 127.0.0.1/32 trust\n"
                  "local all all scram-sha-256\n"
                  "host all all 127.0.0.1/32 scram-sha-256\n") < 0) {
        m_error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    hba.close();
    // Another program may take the port between the probe and the start: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off")
                .arg(m_port)
                .arg(m_folder->path());
        if (run(m_binDir + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                 m_folder->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                 QStringLiteral("start")},
                90000))
            return true;
        QFile log(m_folder->filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll());
    }
    return false;
}

QString PostgresCluster::dropRolesOf(const QString &group)
{
    if (!m_running || !createAdminConnection())
        return m_error;
    QSqlDatabase admin = QSqlDatabase::database(kAdminConnection, false);
    QSqlQuery members(admin);
    members.prepare(QStringLiteral("SELECT r.rolname FROM pg_auth_members m "
                                   "JOIN pg_roles g ON g.oid = m.roleid "
                                   "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = ?"));
    members.addBindValue(group);
    if (!members.exec())
        return members.lastError().text();
    QStringList roles;
    while (members.next())
        roles << members.value(0).toString();
    for (const QString &role : std::as_const(roles)) {
        QSqlQuery drop(admin);
        // DROP ROLE takes no bound values: the name is quoted as an identifier.
        if (!drop.exec(QStringLiteral("DROP ROLE \"%1\"")
                           .arg(QString(role).replace(u'"', QStringLiteral("\"\"")))))
            return drop.lastError().text();
    }
    return {};
}

bool PostgresCluster::createAdminConnection()
{
    if (!QSqlDatabase::contains(kAdminConnection)) {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_port);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
    }
    QSqlDatabase admin = QSqlDatabase::database(kAdminConnection, false);
    if (!admin.isOpen() && !admin.open()) {
        m_error = QStringLiteral("cannot connect to the test cluster: ") + admin.lastError().text();
        return false;
    }
    return true;
}

QString PostgresCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PostgresCluster::createDatabase(const QString &templateName)
{
    if (!m_running)
        return {};
    if (!createAdminConnection())
        return {};
    QSqlDatabase admin = QSqlDatabase::database(kAdminConnection, false);
    const QString name = QStringLiteral("sf_test_%1").arg(++m_databases);
    QSqlQuery query(admin);
    // A name we made from a number; CREATE DATABASE takes no bound values.
    QString statement = QStringLiteral("CREATE DATABASE %1").arg(name);
    if (!templateName.isEmpty()) // one of ours, from databaseName()
        statement += QStringLiteral(" TEMPLATE %1").arg(templateName);
    if (!query.exec(statement)) {
        m_error = QStringLiteral("CREATE DATABASE failed: ") + query.lastError().text();
        return {};
    }
    return url(name);
}

QString PostgresCluster::databaseName(const QString &url)
{
    return QUrl(url).path().mid(1);
}

::testing::AssertionResult PostgresCluster::newDatabase(QString *url, const QString &templateName)
{
    if (!m_running)
        return ::testing::AssertionFailure()
               << "the PostgreSQL test cluster did not start: " << m_error.toStdString();
    *url = createDatabase(templateName);
    if (url->isEmpty())
        return ::testing::AssertionFailure() << m_error.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace sf::test
