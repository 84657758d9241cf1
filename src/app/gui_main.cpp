// SPDX-License-Identifier: MIT
#include "app/Logging.h"
#include "app/Translations.h"
#include "core/Log.h"
#include "services/DesktopSettings.h"
#include "services/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/Screenshots.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sf::desktopSettings::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("SalesFlow"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SalesFlow — process-driven sales CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Open the database FILE, or a team server's "
                                                     "postgresql://host:port/database."),
                                      QStringLiteral("FILE|URL"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Render every page as PNG into DIR and quit."), QStringLiteral("DIR"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log to standard error too."));
    parser.addOptions({dbOption, screenshotsOption, verboseOption});
    parser.process(app);

    sf::setupLogging(sf::desktopSettings::dataFolder(), parser.isSet(verboseOption));
    sf::installTranslations();

    QString location =
        parser.isSet(dbOption) ? parser.value(dbOption) : sf::desktopSettings::databasePath();
    if (parser.isSet(screenshotsOption)) {
        auto workspace = sf::Workspace::open(location);
        if (!workspace) {
            fprintf(stderr, "%s\n", qUtf8Printable(workspace.error().message));
            return 3;
        }
        return sf::ui::writeScreenshots(**workspace, parser.value(screenshotsOption));
    }

    // Sign in, work, and after "Sign out" sign in again (as someone else, perhaps). The sign-in
    // opens the database (on a team server, as the user's own role) and may change it.
    for (;;) {
        sf::ui::SignInDialog signIn(location, sf::desktopSettings::lastLogin());
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        std::unique_ptr<sf::Workspace> workspace = signIn.takeWorkspace();
        if (signIn.location() != location) {
            location = signIn.location();
            sf::desktopSettings::setDatabasePath(location);
        }
        sf::desktopSettings::setLastLogin(signIn.signedInLogin());
        sf::layerLogger("app")->info("{} signed in to {}", qUtf8Printable(signIn.signedInLogin()),
                                     qUtf8Printable(location));
        sf::ui::MainWindow window(*workspace);
        bool signedOut = false;
        QObject::connect(&window, &sf::ui::MainWindow::signOutRequested,
                         [&signedOut] { signedOut = true; });
        window.show();
        const int code = QApplication::exec();
        if (!signedOut)
            return code;
    }
}
