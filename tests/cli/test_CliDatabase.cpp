// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <sqlite3.h>
#include <vector>

using namespace sf::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

using CliDatabase = CliTest;

TEST_F(CliDatabase, InitCreatesTheDatabase)
{
    const CliRun init = runOnDb({QStringLiteral("init"), QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.json().value(QStringLiteral("schema_version")).toInt(), 11);
    EXPECT_EQ(init.json().value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(QFile::exists(db()));
}

TEST_F(CliDatabase, WithoutDbUsesTheDefaultDatabaseInTheDataFolder)
{
    const CliRun init = run({QStringLiteral("--json"), QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const QString path = init.json().value(QStringLiteral("database")).toString();
    EXPECT_TRUE(path.startsWith(m_folder.path(QStringLiteral("home/data")))) << path.toStdString();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/salesflow.db")));
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(CliDatabase, ACorruptFileIsRefusedAndLeftUntouched)
{
    const QByteArray content("this is a spreadsheet, not a database\n");
    QFile file(db());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const CliRun refused = runOnDb({QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not a SalesFlow database")));
    EXPECT_EQ(
        refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")),
        QStringLiteral("storage"));
    EXPECT_EQ(readAll(db()), content);
}

TEST_F(CliDatabase, ADatabaseFromANewerVersionIsRefused)
{
    ASSERT_EQ(runOnDb({QStringLiteral("init")}).exitCode, 0);
    sqlite3 *handle = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(db()).constData(), &handle), SQLITE_OK);
    sqlite3_exec(handle, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
    sqlite3_close(handle);
    const CliRun refused = runOnDb({QStringLiteral("init")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("newer version")));
}

TEST_F(CliDatabase, AnUnwritableFolderIsExplained)
{
    QFile blocker(m_folder.path(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun refused = run({QStringLiteral("init"), QStringLiteral("--db"),
                                m_folder.path(QStringLiteral("file/sub/t.db"))});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("folder")));
}

TEST_F(CliDatabase, BackupWritesAUsableCopyAndCheckPasses)
{
    ASSERT_EQ(runOnDb({QStringLiteral("init")}).exitCode, 0);
    const QString copy = m_folder.path(QStringLiteral("backups/copy.db"));
    const CliRun backup = runOnDb({QStringLiteral("backup"), copy, QStringLiteral("--json")});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_GT(backup.json().value(QStringLiteral("bytes")).toInteger(), 0);
    const CliRun check =
        run({QStringLiteral("--db"), copy, QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.json().value(QStringLiteral("ok")).toBool());
}

TEST_F(CliDatabase, UsageErrorsExitWithOne)
{
    EXPECT_EQ(runOnDb({}).exitCode, 1);
    const CliRun unknown = runOnDb({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Usage")));
    EXPECT_EQ(runOnDb({QStringLiteral("init"), QStringLiteral("--frob")}).exitCode, 1);
    EXPECT_EQ(runOnDb({QStringLiteral("backup")}).exitCode, 1);
    EXPECT_EQ(
        runOnDb({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("1")}).exitCode,
        1);
    EXPECT_EQ(run({QStringLiteral("init"), QStringLiteral("--db")}).exitCode, 1);
    const CliRun help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("calendar add-workdays DATE N")));
}

// A PostgreSQL URL is tried; no server listens there, which the message says.
TEST_F(CliDatabase, AnUnreachablePostgresqlServerIsAClearError)
{
    const CliRun refused = run({QStringLiteral("init"), QStringLiteral("--db"),
                                QStringLiteral("postgresql://sales@127.0.0.1:1/crm")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("PostgreSQL")));
}

// Several desktops or scripts opening the same new database at once: one creates it, the others
// wait for the lock and find it ready.
TEST_F(CliDatabase, SeveralProcessesCreateOneDatabaseTogether)
{
    constexpr int kProcesses = 4;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kProcesses; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(SF_CLI_PATH),
                       {QStringLiteral("init"), QStringLiteral("--db"), db()});
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        ASSERT_TRUE(process->waitForFinished(60000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }
    const CliRun users =
        runOnDb({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(users.json().value(QStringLiteral("users")).toArray().size(), 1);
    const CliRun years =
        runOnDb({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(years.json().value(QStringLiteral("years")).toArray().size(), 3);
}

TEST_F(CliDatabase, CheckAndBackupDoNotCreateAMissingDatabase)
{
    const CliRun check = runOnDb({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 3);
    EXPECT_TRUE(check.err.contains(QStringLiteral("There is no database")));
    EXPECT_EQ(runOnDb({QStringLiteral("backup"), m_folder.path(QStringLiteral("b.db"))}).exitCode,
              3);
    EXPECT_FALSE(QFile::exists(db()));
    EXPECT_EQ(run({QStringLiteral("init"), QStringLiteral("--db=")}).exitCode, 1);
}
