// SPDX-License-Identifier: MIT
// Administration › Audit trail: search, filters, paging as the list scrolls, export.
#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/RegionService.h"
#include "services/UserService.h"
#include "ui/AdministrationPage.h"
#include "ui/AuditTableModel.h"
#include "ui/AuditTrailPage.h"
#include "ui/CustomersPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace sf;
using namespace sf::ui;

using test::column;

class AuditTrailTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_workspace = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error));
        Workspace &ws = **m_workspace;
        for (const QString &name : {QStringLiteral("杭州华信科技"), QStringLiteral("宁波海天机械"),
                                    QStringLiteral("温州华信电子")}) {
            Customer c;
            c.name = name;
            c.region = QStringLiteral("HZ");
            c.firstContactAt = ws.now().addSecs(-3600);
            c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
            auto stored = ws.customers().create(c);
            QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
            m_customers << stored->id;
        }
        m_page = std::make_unique<AdministrationPage>(
            ws, test::pageInfo(QStringLiteral("administration")));
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        QTabBar *bar = tabs->tabBar();
        QCOMPARE(tabs->tabText(AdministrationPage::AuditTab), QStringLiteral("Audit trail"));
        QTest::mouseClick(bar, Qt::LeftButton, {},
                          bar->tabRect(AdministrationPage::AuditTab).center());
        QCOMPARE(tabs->currentIndex(), int(AdministrationPage::AuditTab));
        // The entries are read in the page's own thread.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->auditPage()->busy(), 10000);
    }

    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
        m_customers.clear();
    }

    void typingASearchFiltersTheTable()
    {
        AuditTableModel *model = m_page->auditPage()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The three customers' creations (and whatever opening the workspace wrote).
        QVERIFY(model->rowCount() >= 3);
        QVERIFY(column(*model, AuditTableModel::NewValueColumn)
                    .contains(QStringLiteral("宁波海天机械")));
        QCOMPARE(model->headerData(AuditTableModel::FieldColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Field"));

        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("auditSearch"));
        QVERIFY(search);
        test::typeCommitted(search, QStringLiteral("华信"));
        // The list follows after a short pause, not at every character.
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_VERIFY(!m_page->auditPage()->busy());
        QCOMPARE(column(*model, AuditTableModel::NewValueColumn),
                 (QStringList{QStringLiteral("温州华信电子"), QStringLiteral("杭州华信科技")}));
        QCOMPARE(column(*model, AuditTableModel::EntityColumn),
                 (QStringList{QStringLiteral("Customer"), QStringLiteral("Customer")}));
        QCOMPARE(column(*model, AuditTableModel::FieldColumn),
                 (QStringList{QStringLiteral("Created"), QStringLiteral("Created")}));
        QCOMPARE(column(*model, AuditTableModel::IdColumn),
                 (QStringList{m_customers.at(2), m_customers.at(0)}));
        auto *count = m_page->findChild<QLabel *>(QStringLiteral("auditCount"));
        QTRY_COMPARE(count->text(), QStringLiteral("2 entries."));

        // The entity type combines with the text. The count follows from its own thread.
        auto *entity = m_page->findChild<QComboBox *>(QStringLiteral("auditEntity"));
        entity->setCurrentIndex(entity->findData(QStringLiteral("region")));
        QCOMPARE(count->text(), QStringLiteral("Searching…"));
        QTRY_COMPARE(model->rowCount(), 0);
        QTRY_COMPARE(count->text(), QStringLiteral("0 entries."));
        entity->setCurrentIndex(entity->findData(QStringLiteral("customer")));
        QTRY_COMPARE(model->rowCount(), 2);
        search->clear();
        QTRY_COMPARE(model->rowCount(), 3);
        QTRY_VERIFY(!m_page->auditPage()->busy());
        QCOMPARE(column(*model, AuditTableModel::IdColumn),
                 (QStringList{m_customers.at(2), m_customers.at(1), m_customers.at(0)}));

        // Only the changes of the chosen user.
        entity->setCurrentIndex(0);
        auto *user = m_page->findChild<QComboBox *>(QStringLiteral("auditUser"));
        QVERIFY(user->findData(QStringLiteral("admin")) >= 0);
        user->setCurrentIndex(user->findData(QStringLiteral("system")));
        QTRY_VERIFY(!m_page->auditPage()->busy());
        const QStringList users = column(*model, AuditTableModel::UserColumn);
        QCOMPARE(users.filter(QStringLiteral("system")).size(), users.size());
        user->setCurrentIndex(user->findData(QStringLiteral("admin")));
        QTRY_VERIFY(!m_page->auditPage()->busy());
        QVERIFY(model->rowCount() >= 3);
    }

    void aCountOfAnOlderFilterDoesNotReplaceTheNewerOne()
    {
        AuditTrailPage *page = m_page->auditPage();
        auto *count = m_page->findChild<QLabel *>(QStringLiteral("auditCount"));
        auto *entity = m_page->findChild<QComboBox *>(QStringLiteral("auditEntity"));
        // Two filters in a row: the label ends with the second one's count.
        entity->setCurrentIndex(entity->findData(QStringLiteral("region")));
        entity->setCurrentIndex(entity->findData(QStringLiteral("customer")));
        QCOMPARE(count->text(), QStringLiteral("Searching…"));
        QTRY_COMPARE(count->text(), QStringLiteral("3 entries."));
        // An answer to the older request arriving late is dropped.
        entity->setCurrentIndex(entity->findData(QStringLiteral("region")));
        QVERIFY(QMetaObject::invokeMethod(page, "showCount", Q_ARG(quint64, 1), Q_ARG(qint64, 42),
                                          Q_ARG(bool, false)));
        QCOMPARE(count->text(), QStringLiteral("Searching…"));
        QTRY_COMPARE(count->text(), QStringLiteral("0 entries."));
        QTest::qWait(100);
        QCOMPARE(count->text(), QStringLiteral("0 entries."));
    }

    void moreEntriesLoadAsTheListScrolls()
    {
        renameRegion(230); // more than one page
        AuditTrailPage *page = m_page->auditPage();
        AuditTableModel *model = page->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *entity = m_page->findChild<QComboBox *>(QStringLiteral("auditEntity"));
        entity->setCurrentIndex(entity->findData(QStringLiteral("region")));
        QTRY_COMPARE(model->rowCount(), 200);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(model->index(0, AuditTableModel::NewValueColumn).data().toString(),
                 QStringLiteral("杭州 229"));
        model->fetchMore({});
        QVERIFY(!model->canFetchMore({})); // asked once, while the page is on its way
        QTRY_COMPARE(model->rowCount(), 230);
        QVERIFY(!model->canFetchMore({}));
        const QStringList values = column(*model, AuditTableModel::NewValueColumn);
        QCOMPARE(QSet<QString>(values.cbegin(), values.cend()).size(), 230);
        QCOMPARE(values.last(), QStringLiteral("杭州 0"));

        // Export writes the whole filter, not only the rows loaded, with a BOM for Excel.
        const QString path = m_workspace->dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(page->exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 231);
        QCOMPARE(lines.first(), QStringLiteral("Time,User,Entity,Id,Field,Old value,New value"));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral(",admin,Region,HZ,Name,杭州 228,杭州 229")),
                 qPrintable(lines.at(1)));
    }

    // A new filter's rows replace the old ones when they come; meanwhile the old rows ask for no
    // more pages (an old page would be appended to the new filter's rows).
    void theRowsOfAnOldFilterAskForNoMore()
    {
        renameRegion(230);
        AuditTableModel *model = m_page->auditPage()->model();
        auto *entity = m_page->findChild<QComboBox *>(QStringLiteral("auditEntity"));
        entity->setCurrentIndex(entity->findData(QStringLiteral("region")));
        QTRY_COMPARE(model->rowCount(), 200);
        QVERIFY(model->canFetchMore({}));
        entity->setCurrentIndex(entity->findData(QStringLiteral("customer")));
        QVERIFY(!model->canFetchMore({}));
        model->fetchMore({});
        QTRY_VERIFY(!m_page->auditPage()->busy());
        QCOMPARE(model->rowCount(), 3);
        QTest::qWait(100);
        QCOMPARE(model->rowCount(), 3);
    }

    void longValuesAreElidedWithTheWholeTextInTheTooltip()
    {
        Workspace &ws = **m_workspace;
        Customer c;
        c.name = QString(80, u'长');
        c.region = QStringLiteral("HZ");
        c.firstContactAt = ws.now().addSecs(-3600);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        auto stored = ws.customers().create(c);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        m_page->auditPage()->reload();
        QTRY_VERIFY(!m_page->auditPage()->busy());
        AuditTableModel *model = m_page->auditPage()->model();
        const QModelIndex cell = model->index(0, AuditTableModel::NewValueColumn);
        QCOMPARE(cell.data().toString(), QString(59, u'长') + u'…');
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QString(80, u'长'));
        QVERIFY(!model->index(0, AuditTableModel::IdColumn).data(Qt::ToolTipRole).isValid());
    }

    void theCustomerPageHasAnAuditTab()
    {
        Workspace &ws = **m_workspace;
        CustomersPage page(ws, test::pageInfo(QStringLiteral("customers")));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("customerTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->index(0, 0).data().isValid(), 10000);
        page.showCustomer(m_customers.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedIds(), QStringList{m_customers.at(0)}, 10000);
        // The trail is a tab of its own, not part of the details text.
        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("customerDetail"));
        QVERIFY(!detail->toHtml().contains(QStringLiteral("Created")));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("customerDetailTabs"));
        auto *audit = page.findChild<QTableView *>(QStringLiteral("customerAudit"));
        QVERIFY(tabs && audit);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Audit"));
        QCOMPARE(audit->model()->rowCount(), 0); // read only when shown
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentWidget(), audit);
        QAbstractItemModel *model = audit->model();
        QVERIFY(model->rowCount() >= 1);
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, AuditTableModel::IdColumn).data().toString() + u' ' +
                        model->index(row, AuditTableModel::FieldColumn).data().toString() + u' ' +
                        model->index(row, AuditTableModel::NewValueColumn).data().toString();
        QVERIFY2(rows.contains(QStringLiteral("%1 Created 杭州华信科技").arg(m_customers.at(0))),
                 qPrintable(rows.join(u'|')));
        QVERIFY(!rows.join(u'|').contains(QStringLiteral("宁波海天机械")));
        // Another customer: the tab follows the selection.
        page.showCustomer(m_customers.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedIds(), QStringList{m_customers.at(1)}, 10000);
        QVERIFY(model->index(0, AuditTableModel::NewValueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("宁波海天机械")));
    }

private:
    // Renames region HZ `times` times: as many audit entries.
    void renameRegion(int times)
    {
        Workspace &ws = **m_workspace;
        for (int i = 0; i < times; ++i) {
            auto region = ws.regions().find(QStringLiteral("HZ"));
            QVERIFY(region && region->has_value());
            Region renamed = **region;
            renamed.name = QStringLiteral("杭州 %1").arg(i);
            QVERIFY(ws.regions().update(renamed).ok());
        }
    }

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<AdministrationPage> m_page;
    QStringList m_customers;
};

int runAuditTrailTests(int argc, char **argv)
{
    AuditTrailTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_AuditTrail.moc"
