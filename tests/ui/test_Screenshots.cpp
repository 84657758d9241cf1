// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "ui/Screenshots.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QTest>

using namespace sf;

class ScreenshotTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryScreen()
    {
        QSettings().clear();
        test::TempWorkspace workspace;
        QVERIFY2(workspace.ok(), qPrintable(workspace.error));
        const QString dir = workspace.dir.filePath(QStringLiteral("shots/nested"));
        QCOMPARE(ui::writeScreenshots(*workspace, dir), 0);

        // Without demo contracts, no payment dialog is shown.
        const QStringList expected = {QStringLiteral("01-my-day.png"),
                                      QStringLiteral("02-customers.png"),
                                      QStringLiteral("03-follow-up-plans.png"),
                                      QStringLiteral("04-monday-review.png"),
                                      QStringLiteral("05-contracts.png"),
                                      QStringLiteral("06-payments.png"),
                                      QStringLiteral("07-after-sales.png"),
                                      QStringLiteral("08-reports.png"),
                                      QStringLiteral("09-administration.png"),
                                      QStringLiteral("10-settings-dialog.png"),
                                      QStringLiteral("11-administration-regions.png"),
                                      QStringLiteral("12-customer-form.png"),
                                      QStringLiteral("13-grade-dialog.png"),
                                      QStringLiteral("14-import-columns.png"),
                                      QStringLiteral("15-import-check.png"),
                                      QStringLiteral("16-plan-item-form.png"),
                                      QStringLiteral("17-follow-up-form.png"),
                                      QStringLiteral("18-receivables-ageing.png"),
                                      QStringLiteral("19-contract-form.png"),
                                      QStringLiteral("20-administration-audit.png"),
                                      QStringLiteral("21-sign-in-dialog.png"),
                                      QStringLiteral("22-user-dialog.png"),
                                      QStringLiteral("23-connection-dialog.png"),
                                      QStringLiteral("24-team-server-sign-in-dialog.png")};
        QStringList written =
            QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(written, expected);
        for (const QString &name : expected) {
            const QString path = QDir(dir).filePath(name);
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(name));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(name));
            if (!name.contains(QLatin1String("dialog")) && !name.contains(QLatin1String("form")) &&
                !name.contains(QLatin1String("import")))
                QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
        }
    }

    void failsWhenTheFolderCannotBeMade()
    {
        test::TempWorkspace workspace;
        QVERIFY2(workspace.ok(), qPrintable(workspace.error));
        QFile blocker(workspace.dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(ui::writeScreenshots(*workspace, blocker.fileName() + QStringLiteral("/x")) != 0);
    }
};

int runScreenshotTests(int argc, char **argv)
{
    ScreenshotTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_Screenshots.moc"
