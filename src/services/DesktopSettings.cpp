// SPDX-License-Identifier: MIT
#include "services/DesktopSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace sf::desktopSettings {
namespace {

const QString kDatabaseKey = QStringLiteral("database/path");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kSystem = QStringLiteral("system");

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SalesFlow"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("salesflow.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("SalesFlow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESFLOW_VERSION));
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("salesflow.db"));
}

QString databasePath()
{
    const QString path = QSettings().value(kDatabaseKey).toString();
    return path.isEmpty() ? defaultDatabasePath() : path;
}

void setDatabasePath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty() || path == defaultDatabasePath())
        settings.remove(kDatabaseKey);
    else
        settings.setValue(kDatabaseKey, path);
}

QString language()
{
    return QSettings().value(kLanguageKey, kSystem).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString lastLogin()
{
    return QSettings().value(QStringLiteral("signIn/lastLogin")).toString();
}

void setLastLogin(const QString &login)
{
    QSettings().setValue(QStringLiteral("signIn/lastLogin"), login);
}

QString effectiveLanguage()
{
    const QString chosen = language();
    if (chosen == QLatin1String("zh_CN") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

} // namespace sf::desktopSettings
