// SPDX-License-Identifier: MIT
#pragma once

#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace sf::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs salesflow-cli with a home folder of its own, so that the default database, settings and
// logs of the test never touch the user's.
class CliTest : public ::testing::Test
{
protected:
    // The program's environment: a home of its own, the C locale.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_folder.path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_folder.path(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_folder.path(QStringLiteral("home/config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("SALESFLOW_PASSWORD"));
        env.remove(QStringLiteral("SALESFLOW_NEW_PASSWORD"));
        for (auto it = m_env.constBegin(); it != m_env.constEnd(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    CliRun run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(SF_CLI_PATH), arguments);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Runs with --db on the test's database.
    CliRun runOnDb(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db();
        return run(arguments);
    }

    QString db() const { return m_folder.path(QStringLiteral("t.db")); }

    TempFolder m_folder;
    QHash<QString, QString> m_env; // variables added to the program's environment
};

} // namespace sf::test
