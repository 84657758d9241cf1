// SPDX-License-Identifier: MIT
// The desktop on a team server, on a throw-away PostgreSQL cluster of its own: signing in connects
// as the user's role (and the customer list's own connection too); a desktop's ChangeWatcher hears
// a colleague's commit through LISTEN/NOTIFY within a few seconds, and does not take its own for
// one.
#include "TestSupport.h"
#include "core/ServerLocation.h"
#include "services/CustomerService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "support/PostgresCluster.h"
#include "ui/ChangeWatcher.h"
#include "ui/CustomerTableModel.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace sf;
using namespace sf::ui;

using test::typeInto;

namespace {

const QString kPassword = QStringLiteral("Spring2026!");

Customer newCustomer(const Workspace &workspace, const QString &name)
{
    Customer customer;
    customer.name = name;
    customer.region = QStringLiteral("HZ");
    customer.firstContactAt = workspace.now();
    return customer;
}

} // namespace

class TeamServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::PostgresCluster>();
        QVERIFY2(m_cluster->running(), qPrintable(m_cluster->error()));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void aColleaguesChangeIsNoticedAndOurOwnIsNot()
    {
        const QString url = m_cluster->createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_cluster->error()));
        auto mine = Workspace::open(url);
        QVERIFY2(mine, mine ? "" : qPrintable(mine.error().message));
        auto colleague = Workspace::open(url);
        QVERIFY2(colleague, colleague ? "" : qPrintable(colleague.error().message));
        ChangeWatcher watcher(**mine);
        QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);

        // Our own change: its notification comes back to us, and is not a colleague's.
        QVERIFY((*mine)->customers().create(newCustomer(**mine, QStringLiteral("Own Ltd"))));
        QTest::qWait(1000);
        watcher.check();
        QCOMPARE(spy.count(), 0);

        // A colleague's change: the watcher's timer notices it, without a restart.
        QVERIFY((*colleague)
                    ->customers()
                    .create(newCustomer(**colleague, QStringLiteral("Colleague Trading Ltd"))));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, ChangeWatcher::kIntervalMs + 3000);
        // Nothing new: no second refresh.
        watcher.check();
        QCOMPARE(spy.count(), 1);
    }

    void signingInToTheServerConnectsAsTheUsersRole()
    {
        const QString url = m_cluster->createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_cluster->error()));
        {
            // The role that ran init (here the cluster's superuser) is the first administrator:
            // it adds two reps, with their roles and passwords, and a customer for each.
            auto admin = Workspace::open(url);
            QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
            for (const QString &login : {QStringLiteral("li.wei"), QStringLiteral("zhao.min")}) {
                User user;
                user.login = login;
                user.role = Role::Rep;
                auto added = (*admin)->users().add(user, kPassword);
                QVERIFY2(added, added ? "" : qPrintable(added.error().message));
                Customer customer = newCustomer(**admin, login + QStringLiteral(" Trading Ltd"));
                customer.ownerLogin = login;
                QVERIFY((*admin)->customers().create(customer));
            }
        }
        // The desktop keeps the address without a user: the sign-in gives it.
        auto address = ServerLocation::parse(url);
        QVERIFY(address);
        address->login.clear();
        SignInDialog dialog(address->url(), QStringLiteral("li.wei"));
        dialog.show();
        QVERIFY(!dialog.choosingPassword());
        typeInto(&dialog, "passwordEdit", QStringLiteral("not the password"));
        test::click(test::dialogButton(&dialog, QDialogButtonBox::Ok));
        const auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY2(error->isVisibleTo(&dialog) && error->text().contains(QStringLiteral("password")),
                 qPrintable(error->text()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        QTRY_VERIFY_WITH_TIMEOUT(test::dialogButton(&dialog, QDialogButtonBox::Ok)->isEnabled(),
                                 3000);
        typeInto(&dialog, "passwordEdit", kPassword);
        test::click(test::dialogButton(&dialog, QDialogButtonBox::Ok));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<Workspace> workspace = dialog.takeWorkspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->actor().login, QStringLiteral("li.wei"));
        QCOMPARE(workspace->actor().role, Role::Rep);

        // The customer list's own connection (a worker thread) signs in with the same password,
        // as the same role: the server gives it only li.wei's customer.
        CustomerTableModel list(workspace->address());
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(list.rowAt(0) != nullptr, 10000);
        QCOMPARE(list.rowAt(0)->ownerLogin, QStringLiteral("li.wei"));

        // The window names the server and leaves backups to its administrator.
        MainWindow window(*workspace);
        const auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QCOMPARE(database->text(), address->shortName());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
    }

private:
    std::unique_ptr<test::PostgresCluster> m_cluster;
};

int runTeamServerTests(int argc, char **argv)
{
    TeamServerTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_TeamServer.moc"
