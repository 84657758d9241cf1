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
#include <QMessageBox>

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
                                      QStringLiteral("Open the SQLite database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Render every page as PNG into DIR and quit."), QStringLiteral("DIR"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log to standard error too."));
    parser.addOptions({dbOption, screenshotsOption, verboseOption});
    parser.process(app);

    sf::setupLogging(sf::desktopSettings::dataFolder(), parser.isSet(verboseOption));
    sf::installTranslations();

    const QString dbPath =
        parser.isSet(dbOption) ? parser.value(dbOption) : sf::desktopSettings::databasePath();
    auto workspace = sf::Workspace::open(dbPath);
    if (!workspace) {
        sf::layerLogger("app")->error("cannot open {}: {}", qUtf8Printable(dbPath),
                                      qUtf8Printable(workspace.error().message));
        if (parser.isSet(screenshotsOption)) {
            fprintf(stderr, "%s\n", qUtf8Printable(workspace.error().message));
            return 3;
        }
        QMessageBox::critical(nullptr, QApplication::translate("main", "SalesFlow"),
                              workspace.error().message);
        return 3;
    }
    if (parser.isSet(screenshotsOption))
        return sf::ui::writeScreenshots(**workspace, parser.value(screenshotsOption));

    // Sign in, work, and after "Sign out" sign in again (as someone else, perhaps).
    for (;;) {
        sf::ui::SignInDialog signIn(**workspace, sf::desktopSettings::lastLogin());
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        sf::desktopSettings::setLastLogin(signIn.signedInLogin());
        sf::layerLogger("app")->info("{} signed in", qUtf8Printable(signIn.signedInLogin()));
        sf::ui::MainWindow window(**workspace);
        bool signedOut = false;
        QObject::connect(&window, &sf::ui::MainWindow::signOutRequested,
                         [&signedOut] { signedOut = true; });
        window.show();
        const int code = QApplication::exec();
        if (!signedOut)
            return code;
    }
}
