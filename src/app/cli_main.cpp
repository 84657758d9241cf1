// SPDX-License-Identifier: MIT
#include "app/Logging.h"
#include "app/Translations.h"
#include "cli/CliApp.h"
#include "services/DesktopSettings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sf::desktopSettings::setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    sf::setupLogging(sf::desktopSettings::dataFolder(),
                     arguments.contains(QStringLiteral("--verbose")));
    sf::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sf::cli::CliApp::run(arguments, out, err);
}
