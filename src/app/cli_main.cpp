// SPDX-License-Identifier: MIT
#include "app/Logging.h"
#include "app/Translations.h"
#include "cli/CliApp.h"
#include "services/DesktopSettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// Writing a PDF (review --pdf) lays out text with fonts, which needs a GUI application; every
// other command runs without one. No window is ever shown: offscreen unless told otherwise.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--pdf") == 0) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    sf::desktopSettings::setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    sf::setupLogging(sf::desktopSettings::dataFolder(),
                     arguments.contains(QStringLiteral("--verbose")));
    sf::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sf::cli::CliApp::run(arguments, out, err);
}
