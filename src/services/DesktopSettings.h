// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sf {

// Settings of this desktop (QSettings), as opposed to the team's settings in the database: which
// database to open and the language. The GUI and the command line read the same values, so
// `salesflow-cli` without --db works on the database the GUI shows.
namespace desktopSettings {

// Sets the organisation and application names that QStandardPaths and QSettings use; both
// executables call it first thing, so they find the same files.
void setApplicationIdentity();

QString dataFolder(); // also holds the log files
QString defaultDatabasePath();
QString databasePath();
void setDatabasePath(const QString &path);

// "system" (Chinese on a Chinese locale, English otherwise), "zh_CN" or "en".
QString language();
void setLanguage(const QString &language);
// The locale name to translate into: "zh_CN" or "en".
QString effectiveLanguage();

// The login last signed in on this desktop, offered at the next sign-in (never a password).
QString lastLogin();
void setLastLogin(const QString &login);

} // namespace desktopSettings
} // namespace sf
