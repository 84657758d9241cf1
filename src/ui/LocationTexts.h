// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sf::ui {

// What people read about a database location — a file on this computer or a team server's
// postgresql:// URL — in the sign-in dialog, the status bar, the settings and the About box.
class LocationTexts
{
    Q_DECLARE_TR_FUNCTIONS(LocationTexts)

public:
    // "salesflow.db", or "db.example/sales" for a server.
    static QString shortName(const QString &location);
    // "Database: /home/li/salesflow.db", or "Team server: db.example/sales (PostgreSQL)".
    static QString description(const QString &location);
    // The location as an edit field or the About box shows it: a file in the system's own
    // notation, a server's address as given.
    static QString shown(const QString &location);
    // Whether two locations name the same database (a server's whoever connects).
    static bool sameDatabase(const QString &one, const QString &other);
    // What is wrong with `location` as a place to open or create a database: empty when nothing.
    static QString problem(const QString &location);
    // The problem with a file path alone (absolute, not a folder, a writable folder).
    static QString fileProblem(const QString &path);
};

} // namespace sf::ui
