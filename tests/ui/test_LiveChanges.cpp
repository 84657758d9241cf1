// SPDX-License-Identifier: MIT
// Live changes on a team server: a desktop's ChangeWatcher hears a colleague's commit through
// LISTEN/NOTIFY within a few seconds, and does not take its own for one. Runs on a throw-away
// PostgreSQL cluster of its own.
#include "services/CustomerService.h"
#include "services/Workspace.h"
#include "support/PostgresCluster.h"
#include "ui/ChangeWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace sf;
using namespace sf::ui;

namespace {

Customer newCustomer(const Workspace &workspace, const QString &name)
{
    Customer customer;
    customer.name = name;
    customer.region = QStringLiteral("HZ");
    customer.firstContactAt = workspace.now();
    return customer;
}

} // namespace

class LiveChangesTest : public QObject
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

private:
    std::unique_ptr<test::PostgresCluster> m_cluster;
};

int runLiveChangesTests(int argc, char **argv)
{
    LiveChangesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_LiveChanges.moc"
