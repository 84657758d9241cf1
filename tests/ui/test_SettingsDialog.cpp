// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "services/DesktopSettings.h"
#include "services/SettingsService.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace sf;
using namespace sf::ui;

class SettingsDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_workspace = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error));
        m_dialog = std::make_unique<SettingsDialog>(**m_workspace);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_workspace.reset();
    }

    void showsCurrentSettings()
    {
        QCOMPARE(combo("languageCombo")->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(combo("timeZoneCombo")->currentText(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(combo("timeZoneCombo")->itemText(0), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(edit("databaseEdit")->text(),
                 QDir::toNativeSeparators(desktopSettings::databasePath()));
        QVERIFY(!label("languageNotice")->isVisible());
        QVERIFY(!label("errorLabel")->isVisible());
    }

    void cancelChangesNothing()
    {
        combo("languageCombo")
            ->setCurrentIndex(combo("languageCombo")->findData(QStringLiteral("en")));
        test::click(button(QDialogButtonBox::Cancel));
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(desktopSettings::language(), QStringLiteral("system"));
    }

    void languageChangeSaysItNeedsARestart()
    {
        QComboBox *language = combo("languageCombo");
        language->setFocus();
        // Down arrow from "Follow the system" picks 简体中文, then English.
        QTest::keyClick(language, Qt::Key_Down);
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QVERIFY(label("languageNotice")->isVisible());
        test::click(button(QDialogButtonBox::Ok));
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->restartNeeded());
        QCOMPARE(desktopSettings::language(), QStringLiteral("en"));
    }

    void unknownTimeZoneIsExplainedInTheDialog()
    {
        typeTimeZone(QStringLiteral("Mars/Olympus_Mons"));
        test::click(button(QDialogButtonBox::Ok));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(label("errorLabel")->isVisible());
        QVERIFY2(label("errorLabel")->text().contains(QStringLiteral("Mars/Olympus_Mons")),
                 qPrintable(label("errorLabel")->text()));
        QCOMPARE(QString::fromUtf8((*m_workspace)->settings().timeZone().id()),
                 QStringLiteral("Asia/Shanghai"));
    }

    void timeZoneIsSavedForTheTeam()
    {
        typeTimeZone(QStringLiteral("Asia/Tokyo"));
        test::click(button(QDialogButtonBox::Ok));
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->restartNeeded());
        QCOMPARE(QString::fromUtf8((*m_workspace)->settings().timeZone().id()),
                 QStringLiteral("Asia/Tokyo"));
    }

    void contractNumbersAndRenewalsAreTeamSettings()
    {
        QLineEdit *format = edit("contractNumberEdit");
        QCOMPARE(format->text(), QStringLiteral("HT{year}{serial:4}"));
        // Without {serial} the note says so, and OK saves nothing.
        format->selectAll();
        QTest::keyClicks(format, QStringLiteral("XS-{year}"));
        QVERIFY(label("contractNumberNote")->text().contains(QStringLiteral("{serial}")));
        test::click(button(QDialogButtonBox::Ok));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(label("errorLabel")->isVisible());
        QCOMPARE((*m_workspace)->settings().contractNumberFormat(),
                 QStringLiteral("HT{year}{serial:4}"));
        QTest::keyClicks(format, QStringLiteral("-{serial:3}"));
        const QString example = label("contractNumberNote")->text();
        QVERIFY2(example.contains(QStringLiteral("XS-%1-001").arg((*m_workspace)->today().year())),
                 qPrintable(example));
        auto *renewal = m_dialog->findChild<QSpinBox *>(QStringLiteral("renewalSpin"));
        QVERIFY(renewal);
        QCOMPARE(renewal->value(), 60);
        renewal->selectAll();
        QTest::keyClicks(renewal, QStringLiteral("90"));
        test::click(button(QDialogButtonBox::Ok));
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE((*m_workspace)->settings().contractNumberFormat(),
                 QStringLiteral("XS-{year}-{serial:3}"));
        QCOMPARE((*m_workspace)->settings().renewalReminderDays(), 90);
    }

    void relativeDatabasePathIsRefused()
    {
        QLineEdit *database = edit("databaseEdit");
        database->selectAll();
        QTest::keyClick(database, Qt::Key_Backspace);
        QTest::keyClicks(database, QStringLiteral("relative.db"));
        test::click(button(QDialogButtonBox::Ok));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(label("errorLabel")->isVisible());
        QCOMPARE(desktopSettings::databasePath(), desktopSettings::defaultDatabasePath());
    }

    void newDatabasePathAppliesAfterRestart()
    {
        const QString path = m_workspace->dir.filePath(QStringLiteral("other.db"));
        QLineEdit *database = edit("databaseEdit");
        database->selectAll();
        QTest::keyClicks(database, QDir::toNativeSeparators(path));
        QVERIFY(label("databaseNote")->text().contains(QStringLiteral("restarts")));
        test::click(button(QDialogButtonBox::Ok));
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->restartNeeded());
        QCOMPARE(desktopSettings::databasePath(), path);
    }

    void aTeamServerAddressIsCheckedAndKept()
    {
        QLineEdit *database = edit("databaseEdit");
        database->selectAll();
        QTest::keyClicks(database, QStringLiteral("postgresql://crm.example.com"));
        test::click(button(QDialogButtonBox::Ok));
        QVERIFY(m_dialog->isVisible());
        QVERIFY2(label("errorLabel")->text().contains(QStringLiteral("postgresql://host:port/")),
                 qPrintable(label("errorLabel")->text()));
        QCOMPARE(desktopSettings::databasePath(), desktopSettings::defaultDatabasePath());

        QTest::keyClicks(database, QStringLiteral(":6432/sales"));
        QVERIFY2(label("databaseNote")->text().contains(QStringLiteral("team server")),
                 qPrintable(label("databaseNote")->text()));
        test::click(button(QDialogButtonBox::Ok));
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->restartNeeded());
        QCOMPARE(desktopSettings::databasePath(),
                 QStringLiteral("postgresql://crm.example.com:6432/sales"));
    }

    void theConnectionButtonFillsInTheChosenServer()
    {
        auto handled = test::whenModal([](QWidget *connection) {
            connection->findChild<QRadioButton *>(QStringLiteral("serverRadio"))->setChecked(true);
            test::typeInto(connection, "hostEdit", QStringLiteral("10.0.0.5"));
            test::typeInto(connection, "databaseEdit", QStringLiteral("salesflow"));
            test::click(test::dialogButton(connection, QDialogButtonBox::Ok));
        });
        test::click(m_dialog->findChild<QPushButton *>(QStringLiteral("connectionButton")));
        QVERIFY(*handled);
        QCOMPARE(edit("databaseEdit")->text(), QStringLiteral("postgresql://10.0.0.5/salesflow"));
    }

private:
    QComboBox *combo(const char *name) const
    {
        return m_dialog->findChild<QComboBox *>(QString::fromLatin1(name));
    }
    QLineEdit *edit(const char *name) const
    {
        return m_dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    QLabel *label(const char *name) const
    {
        return m_dialog->findChild<QLabel *>(QString::fromLatin1(name));
    }
    QAbstractButton *button(int which) const { return test::dialogButton(m_dialog.get(), which); }

    void typeTimeZone(const QString &id)
    {
        QLineEdit *line = combo("timeZoneCombo")->lineEdit();
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, id);
        if (QCompleter *completer = combo("timeZoneCombo")->completer())
            completer->popup()->hide();
        QCOMPARE(combo("timeZoneCombo")->currentText(), id);
    }

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<SettingsDialog> m_dialog;
};

int runSettingsDialogTests(int argc, char **argv)
{
    SettingsDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_SettingsDialog.moc"
