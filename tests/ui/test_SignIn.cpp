// SPDX-License-Identifier: MIT
// Signing in, choosing a first password, and managing users, driven as a user would.
#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/UserService.h"
#include "support/TempDatabase.h"
#include "ui/ConnectionDialog.h"
#include "ui/CustomerTableModel.h"
#include "ui/LocationTexts.h"
#include "ui/MainWindow.h"
#include "ui/PasswordDialog.h"
#include "ui/SignInDialog.h"
#include "ui/UserModel.h"
#include "ui/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sf;
using namespace sf::ui;
using test::typeInto;

namespace {

const QString kPassword = QStringLiteral("Spring2026!");

QString errorText(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    return label && label->isVisibleTo(dialog) ? label->text() : QString();
}

QPushButton *okButton(QWidget *dialog)
{
    return qobject_cast<QPushButton *>(test::dialogButton(dialog, QDialogButtonBox::Ok));
}

} // namespace

class SignInTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error));
    }

    void cleanup() { m_workspace.reset(); }

    void theFirstStartSetsTheAdministratorsPassword()
    {
        SignInDialog dialog(**m_workspace);
        dialog.show();
        QVERIFY(dialog.choosingPassword());
        typeInto(&dialog, "newPasswordEdit", QStringLiteral("short"));
        typeInto(&dialog, "repeatEdit", QStringLiteral("short"));
        test::click(okButton(&dialog));
        QVERIFY2(errorText(&dialog).contains(QStringLiteral("at least 8")),
                 qPrintable(errorText(&dialog)));
        QVERIFY(dialog.isVisible());

        typeInto(&dialog, "newPasswordEdit", kPassword);
        typeInto(&dialog, "repeatEdit", QStringLiteral("Spring2026?"));
        test::click(okButton(&dialog));
        QVERIFY(errorText(&dialog).contains(QStringLiteral("differ")));

        typeInto(&dialog, "repeatEdit", kPassword);
        test::click(okButton(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signedInLogin(), UserService::localAdminLogin());
        QVERIFY(!*(*m_workspace)->users().needsAdministrator());
        QVERIFY((*m_workspace)->users().signIn(UserService::localAdminLogin(), kPassword));
    }

    void aWrongPasswordIsRefusedAndTheRightOneSignsIn()
    {
        setAdministratorPassword();
        addUser(QStringLiteral("li.wei"), kPassword);
        SignInDialog dialog(**m_workspace, QStringLiteral("li.wei"));
        dialog.show();
        QVERIFY(!dialog.choosingPassword());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(),
                 QStringLiteral("li.wei"));
        typeInto(&dialog, "passwordEdit", QStringLiteral("Spring2025!"));
        test::click(okButton(&dialog));
        QVERIFY(errorText(&dialog).contains(QStringLiteral("wrong password")));
        QVERIFY(!okButton(&dialog)->isEnabled()); // rests a moment after a refusal
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(okButton(&dialog)->isEnabled(), 3000);

        typeInto(&dialog, "passwordEdit", kPassword);
        test::click(okButton(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE((*m_workspace)->actor().login, QStringLiteral("li.wei"));
    }

    void aUserWithoutAPasswordChoosesOneAtTheFirstSignIn()
    {
        setAdministratorPassword();
        addUser(QStringLiteral("zhao.min"), {});
        SignInDialog dialog(**m_workspace);
        dialog.show();
        typeInto(&dialog, "loginEdit", QStringLiteral("zhao.min"));
        test::click(okButton(&dialog));
        QVERIFY(dialog.choosingPassword());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not signed in yet
        typeInto(&dialog, "newPasswordEdit", kPassword);
        typeInto(&dialog, "repeatEdit", kPassword);
        test::click(okButton(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE((*m_workspace)->actor().login, QStringLiteral("zhao.min"));
        auto again = (*m_workspace)->users().signIn(QStringLiteral("zhao.min"), kPassword);
        QVERIFY(again && !again->mustChoosePassword);
    }

    void anAdministratorAddsAndEditsAUserOnTheUsersPage()
    {
        UsersPage page(**m_workspace);
        page.show();
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto handled = test::whenModal([](QWidget *dialog) {
            typeInto(dialog, "loginEdit", QStringLiteral("wang.fang"));
            typeInto(dialog, "nameEdit", QStringLiteral("Wang Fang"));
            auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            role->setCurrentIndex(role->findData(QStringLiteral("manager")));
            auto *team = dialog->findChild<QComboBox *>(QStringLiteral("teamCombo"));
            team->setFocus();
            QTest::keyClicks(team, QStringLiteral("East"));
            typeInto(dialog, "passwordEdit", kPassword);
            typeInto(dialog, "repeatEdit", kPassword);
            test::click(okButton(dialog));
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("addUserButton")));
        QVERIFY(*handled);
        auto stored = (*m_workspace)->users().find(QStringLiteral("wang.fang"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value().role, Role::Manager);
        QCOMPARE(stored->value().team, QStringLiteral("East"));
        QVERIFY((*m_workspace)->users().signIn(QStringLiteral("wang.fang"), kPassword));

        auto *table = page.findChild<QTableView *>(QStringLiteral("userTable"));
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            row = page.model()->user(r).login == QStringLiteral("wang.fang") ? r : row;
        QVERIFY(row >= 0);
        table->selectRow(row);
        auto *edit = page.findChild<QPushButton *>(QStringLiteral("editUserButton"));
        QVERIFY(edit->isEnabled());
        handled = test::whenModal([](QWidget *dialog) {
            auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
            QVERIFY(login->isReadOnly());
            auto *team = dialog->findChild<QComboBox *>(QStringLiteral("teamCombo"));
            team->setFocus();
            team->lineEdit()->selectAll();
            QTest::keyClicks(team, QStringLiteral("West"));
            test::click(okButton(dialog));
        });
        test::click(edit);
        QVERIFY(*handled);
        QCOMPARE((*m_workspace)->users().find(QStringLiteral("wang.fang"))->value().team,
                 QStringLiteral("West"));
    }

    void aRepCannotManageUsers()
    {
        addUser(QStringLiteral("li.wei"), kPassword);
        QVERIFY((*m_workspace)->actAs(QStringLiteral("li.wei")));
        UsersPage page(**m_workspace);
        for (const char *name : {"addUserButton", "editUserButton", "setPasswordButton"}) {
            auto *button = page.findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(button && !button->isEnabled(), name);
        }
    }

    void changingYourPasswordNeedsTheCurrentOne()
    {
        addUser(QStringLiteral("li.wei"), kPassword);
        QVERIFY((*m_workspace)->actAs(QStringLiteral("li.wei")));
        PasswordDialog dialog(**m_workspace);
        dialog.show();
        typeInto(&dialog, "currentEdit", QStringLiteral("not it at all"));
        typeInto(&dialog, "newEdit", QStringLiteral("Autumn2026!"));
        typeInto(&dialog, "repeatEdit", QStringLiteral("Autumn2026!"));
        test::click(okButton(&dialog));
        QVERIFY(errorText(&dialog).contains(QStringLiteral("current password")));
        typeInto(&dialog, "currentEdit", kPassword);
        test::click(okButton(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY((*m_workspace)
                    ->users()
                    .signIn(QStringLiteral("li.wei"), QStringLiteral("Autumn2026!")));
    }

    void eachRoleSeesItsOwnPages()
    {
        const QList<std::pair<Role, QStringList>> hidden = {
            {Role::Rep, {QStringLiteral("monday-review")}},
            {Role::Assistant,
             {QStringLiteral("monday-review"), QStringLiteral("contracts"),
              QStringLiteral("payments")}},
            {Role::Legal,
             {QStringLiteral("monday-review"), QStringLiteral("payments"),
              QStringLiteral("after-sales")}},
            {Role::Finance, {QStringLiteral("monday-review"), QStringLiteral("after-sales")}},
            {Role::Manager, {}},
        };
        int n = 0;
        for (const auto &[role, pages] : hidden) {
            const QString login = QStringLiteral("user%1").arg(++n);
            User user;
            user.login = login;
            user.role = role;
            QVERIFY((*m_workspace)->users().add(user));
            QVERIFY((*m_workspace)->actAs(login));
            MainWindow window(**m_workspace);
            for (const QString &key : {QStringLiteral("my-day"), QStringLiteral("customers"),
                                       QStringLiteral("monday-review"), QStringLiteral("contracts"),
                                       QStringLiteral("payments"), QStringLiteral("after-sales"),
                                       QStringLiteral("administration")}) {
                const bool shown = window.pageIndex(key) >= 0;
                QVERIFY2(shown != pages.contains(key),
                         qPrintable(login + u' ' + roleKey(role) + u' ' + key));
            }
            QVERIFY((*m_workspace)->actAs(UserService::localAdminLogin()));
        }
    }

    void aRepsCustomerListHoldsOnlyTheirCustomers()
    {
        for (const QString &login : {QStringLiteral("li.wei"), QStringLiteral("zhao.min")})
            addUser(login, kPassword);
        for (int i = 0; i < 6; ++i) {
            Customer customer;
            customer.name = QStringLiteral("Customer %1 Ltd").arg(i);
            customer.region = QStringLiteral("HZ");
            customer.firstContactAt = (*m_workspace)->now();
            customer.ownerLogin =
                i % 3 == 0 ? QStringLiteral("li.wei") : QStringLiteral("zhao.min");
            QVERIFY((*m_workspace)->customers().create(customer));
        }
        CustomerTableModel mine({(*m_workspace)->databasePath(), QStringLiteral("li.wei"), {}});
        QTRY_COMPARE_WITH_TIMEOUT(mine.rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(mine.rowAt(1) != nullptr, 10000);
        QCOMPARE(mine.rowAt(0)->ownerLogin, QStringLiteral("li.wei"));
        QCOMPARE(mine.rowAt(1)->ownerLogin, QStringLiteral("li.wei"));
        CustomerTableModel all(
            {(*m_workspace)->databasePath(), UserService::localAdminLogin(), {}});
        QTRY_COMPARE_WITH_TIMEOUT(all.rowCount(), 6, 10000);
    }

    void theConnectionDialogBuildsAServerAddressAndChecksIt()
    {
        ConnectionDialog dialog(QStringLiteral("/tmp/somewhere/salesflow.db"));
        dialog.show();
        QVERIFY(!dialog.serverChosen());
        QCOMPARE(dialog.location(), QStringLiteral("/tmp/somewhere/salesflow.db"));
        auto *server = dialog.findChild<QRadioButton *>(QStringLiteral("serverRadio"));
        server->setChecked(true);
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("localPanel"))->isEnabled());
        typeInto(&dialog, "hostEdit", QString());
        test::click(okButton(&dialog));
        QVERIFY2(errorText(&dialog).contains(QStringLiteral("host")),
                 qPrintable(errorText(&dialog)));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QWidget *>(QStringLiteral("hostEdit")));

        typeInto(&dialog, "hostEdit", QStringLiteral("crm.example.com"));
        typeInto(&dialog, "databaseEdit", QStringLiteral("east/west"));
        test::click(okButton(&dialog));
        QVERIFY2(errorText(&dialog).contains(QStringLiteral("name")),
                 qPrintable(errorText(&dialog)));

        typeInto(&dialog, "databaseEdit", QStringLiteral("sales"));
        dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(6432);
        test::click(okButton(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://crm.example.com:6432/sales"));

        // Opened again on that address, it shows it (a login in it is the sign-in's business).
        ConnectionDialog again(QStringLiteral("postgresql://li.wei@crm.example.com/sales"));
        QVERIFY(again.serverChosen());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(),
                 QStringLiteral("crm.example.com"));
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 5432);
        QCOMPARE(again.location(), QStringLiteral("postgresql://crm.example.com/sales"));
        // Connection options given in the address (docs/team-server.md) are kept.
        ConnectionDialog secure(
            QStringLiteral("postgresql://crm.example.com/sales?sslmode=require"));
        typeInto(&secure, "databaseEdit", QStringLiteral("east"));
        QCOMPARE(secure.location(),
                 QStringLiteral("postgresql://crm.example.com/east?sslmode=require"));
        // A malformed server address is named as given, never as a file.
        QCOMPARE(LocationTexts::shortName(QStringLiteral(" postgresql://crm.example.com ")),
                 QStringLiteral("postgresql://crm.example.com"));
        QVERIFY(LocationTexts::description(QStringLiteral("postgresql://crm.example.com"))
                    .contains(QStringLiteral("postgresql://crm.example.com")));
        // An edit field shows a server's address as given, a file in the system's notation.
        QCOMPARE(LocationTexts::shown(QStringLiteral(" postgresql://crm.example.com/sales ")),
                 QStringLiteral("postgresql://crm.example.com/sales"));
        QCOMPARE(LocationTexts::shown(QStringLiteral("/home/li/salesflow.db")),
                 QDir::toNativeSeparators(QStringLiteral("/home/li/salesflow.db")));
    }

    void theConnectionDialogRefusesARelativeFile()
    {
        ConnectionDialog dialog{QString()};
        dialog.show();
        typeInto(&dialog, "fileEdit", QStringLiteral("relative.db"));
        test::click(okButton(&dialog));
        QVERIFY2(errorText(&dialog).contains(QStringLiteral("full path")),
                 qPrintable(errorText(&dialog)));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void signingInAtStartOpensTheFileAndAnotherCanBeChosen()
    {
        setAdministratorPassword();
        addUser(QStringLiteral("li.wei"), kPassword);
        const QString path = (*m_workspace)->databasePath();
        QTemporaryDir other;
        const QString otherPath = other.filePath(QStringLiteral("other.db"));

        SignInDialog dialog(otherPath, QStringLiteral("li.wei"));
        dialog.show();
        // A new file: its administrator chooses a password first.
        QVERIFY(dialog.choosingPassword());
        QVERIFY(labelText(&dialog, "databaseLabel").contains(QStringLiteral("other.db")));

        // "Connection…" back to the first database: the sign-in page.
        auto handled = test::whenModal([path](QWidget *connection) {
            typeInto(connection, "fileEdit", path);
            test::click(okButton(connection));
        });
        test::click(dialog.findChild<QPushButton *>(QStringLiteral("connectionButton")));
        QVERIFY(*handled);
        QCOMPARE(dialog.location(), path);
        QVERIFY(!dialog.choosingPassword());
        QVERIFY(labelText(&dialog, "databaseLabel").contains(QFileInfo(path).fileName()));

        typeInto(&dialog, "passwordEdit", kPassword);
        test::click(okButton(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<Workspace> opened = dialog.takeWorkspace();
        QVERIFY(opened);
        QCOMPARE(opened->actor().login, QStringLiteral("li.wei"));
        QCOMPARE(opened->databasePath(), path);
        // Its address reopens it as the same user (the customer list's own connection).
        auto reopened = Workspace::open(opened->address());
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        QCOMPARE((*reopened)->actor().login, QStringLiteral("li.wei"));
    }

    void aFileThatIsNoDatabaseIsExplainedAndSignInWaits()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the customers you are looking for");
        file.close();
        SignInDialog dialog(path);
        dialog.show();
        QVERIFY2(errorText(&dialog).contains(QStringLiteral("not a SalesFlow database")),
                 qPrintable(errorText(&dialog)));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("connectionButton"))->isEnabled());
        QVERIFY(!dialog.takeWorkspace());
    }

    // A file of an earlier version is upgraded in a thread of its own before the sign-in, while a
    // window says so; when that fails (here: the file says schema 9 but holds schema 11, so the
    // upgrade's statements fail), the reason is shown once, after one backup, and the sign-in
    // waits.
    void aFileWhoseUpgradeFailsIsExplainedAndSignInWaits()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("old.db"));
        {
            auto created = Workspace::open(path);
            QVERIFY(created);
        }
        QVERIFY(test::setFileSchemaVersion(path, 9));
        QVERIFY(Workspace::needsUpgrade(path));
        // The window is up while the upgrade runs (the GUI thread turns its event loop).
        bool progressShown = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, [&progressShown] {
            for (QWidget *window : QApplication::topLevelWidgets()) {
                if (window->objectName() == QLatin1String("upgradeProgress") && window->isVisible())
                    progressShown = true;
            }
        });
        watch.start(1);
        SignInDialog dialog(path);
        watch.stop();
        dialog.show();
        QVERIFY(progressShown);
        QVERIFY2(!errorText(&dialog).isEmpty(), "no error shown");
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(!dialog.takeWorkspace());
        QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.bak")}).size(), 1);
        QVERIFY(Workspace::needsUpgrade(path)); // still 9: its transaction was rolled back
    }

    void aServerThatDoesNotAnswerIsExplainedAtSignIn()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        SignInDialog dialog(QStringLiteral("postgresql://127.0.0.1:1/salesflow"),
                            QStringLiteral("li.wei"));
        dialog.show();
        QVERIFY(!dialog.choosingPassword());
        QVERIFY2(
            labelText(&dialog, "databaseLabel").contains(QStringLiteral("127.0.0.1:1/salesflow")),
            qPrintable(labelText(&dialog, "databaseLabel")));
        QVERIFY(labelText(&dialog, "introLabel").contains(QStringLiteral("administrator")));
        typeInto(&dialog, "passwordEdit", kPassword);
        test::click(okButton(&dialog));
        QVERIFY2(errorText(&dialog).contains(QStringLiteral("Cannot connect")),
                 qPrintable(errorText(&dialog)));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeWorkspace());
    }

private:
    static QString labelText(QWidget *dialog, const char *name)
    {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    void setAdministratorPassword()
    {
        QVERIFY((*m_workspace)
                    ->users()
                    .choosePassword(UserService::localAdminLogin(), QStringLiteral("Guard#2026")));
    }

    void addUser(const QString &login, const QString &password)
    {
        User user;
        user.login = login;
        user.role = Role::Rep;
        QVERIFY((*m_workspace)->users().add(user, password));
    }

    std::unique_ptr<test::TempWorkspace> m_workspace;
};

int runSignInTests(int argc, char **argv)
{
    SignInTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_SignIn.moc"
