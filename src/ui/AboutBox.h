// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

// Help → About SalesFlow: version, licence, Qt, and the database in use.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static QString text(Workspace &workspace);
    static void show(Workspace &workspace, QWidget *parent);
};

} // namespace sf::ui
