// SPDX-License-Identifier: MIT
#include "ui/LocationTexts.h"

#include "core/ServerLocation.h"
#include "services/DesktopSettings.h"

#include <QDir>
#include <QFileInfo>

namespace sf::ui {

QString LocationTexts::shortName(const QString &location)
{
    if (const auto server = ServerLocation::parse(location))
        return server->shortName();
    // A malformed server address is shown as given, not as a file.
    if (ServerLocation::looksLikeServer(location))
        return location.trimmed();
    return QFileInfo(location).fileName();
}

QString LocationTexts::description(const QString &location)
{
    if (const auto server = ServerLocation::parse(location))
        return tr("Team server: %1 (PostgreSQL)").arg(server->shortName());
    if (ServerLocation::looksLikeServer(location))
        return tr("Team server: %1 (PostgreSQL)").arg(location.trimmed());
    return tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()));
}

QString LocationTexts::shown(const QString &location)
{
    if (ServerLocation::looksLikeServer(location))
        return location.trimmed();
    return QDir::toNativeSeparators(location);
}

bool LocationTexts::sameDatabase(const QString &one, const QString &other)
{
    const auto server = ServerLocation::parse(one);
    const auto otherServer = ServerLocation::parse(other);
    if (server || otherServer)
        return server && otherServer &&
               server->host.compare(otherServer->host, Qt::CaseInsensitive) == 0 &&
               server->port == otherServer->port && server->database == otherServer->database;
    return QFileInfo(one) == QFileInfo(other);
}

QString LocationTexts::problem(const QString &location)
{
    if (ServerLocation::looksLikeServer(location))
        return ServerLocation::parse(location) ? QString()
                                               : tr("%1 is not a team server's address of the form "
                                                    "postgresql://host:port/database.")
                                                     .arg(location.trimmed());
    return fileProblem(location);
}

QString LocationTexts::fileProblem(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("Give the database file.");
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return tr("Give the full path of the database file, e.g. %1.")
            .arg(QDir::toNativeSeparators(desktopSettings::defaultDatabasePath()));
    if (info.isDir())
        return tr("%1 is a folder; choose a file in it, e.g. %2.")
            .arg(QDir::toNativeSeparators(path),
                 QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("salesflow.db"))));
    // A missing folder is created with the database, if its nearest existing parent allows.
    QFileInfo folder(info.absolutePath());
    while (!folder.exists() && !folder.isRoot() && folder.absoluteFilePath() != folder.path())
        folder = QFileInfo(folder.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return tr("The folder %1 cannot be created or written to.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

} // namespace sf::ui
