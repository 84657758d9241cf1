// SPDX-License-Identifier: MIT
// The Customers page: its lazy table model, and a user entering, grading and finding a customer.
#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/DemoDataService.h"
#include "ui/CustomerTableModel.h"
#include "ui/CustomersPage.h"
#include "ui/ImportWizard.h"
#include "ui/PageCatalogue.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace sf;
using namespace sf::ui;

namespace {

constexpr int kWaitMs = 10000;

PageInfo customersInfo()
{
    return test::pageInfo(QStringLiteral("customers"));
}

using test::typeCommitted;

// Every row of the model in order, loading each page as a view scrolling down would.
QStringList allIds(CustomerTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        model.data(model.index(row, 0));
        if (!QTest::qWaitFor([&] { return model.rowAt(row) != nullptr; }, kWaitMs))
            return {};
        ids << model.rowAt(row)->id;
    }
    return ids;
}

} // namespace

class CustomerTableTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_workspace = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error));
        auto demo = (*m_workspace)->demoData().generate(700);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    }

    void cleanup() { m_workspace.reset(); }

    void modelPagesThroughEveryRowInOrder()
    {
        CustomerTableModel model((*m_workspace)->address());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 700, kWaitMs);
        QCOMPARE(model.columnCount(), int(CustomerTableModel::ColumnCount));
        // Rows beyond the first page are not loaded until asked for.
        QVERIFY(model.rowAt(0) != nullptr);
        QVERIFY(model.rowAt(699) == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(699) != nullptr, kWaitMs);

        const QStringList ids = allIds(model);
        QCOMPARE(ids.size(), 700);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 700);
    }

    void modelSortsAndFiltersInSql()
    {
        CustomerTableModel model((*m_workspace)->address());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 700, kWaitMs);

        model.sort(CustomerTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWaitMs);
        QStringList names;
        for (int row = 0; row < 300; ++row) {
            model.data(model.index(row, 0));
            QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(row) != nullptr, kWaitMs);
            names << model.rowAt(row)->name;
        }
        for (int i = 1; i < names.size(); ++i)
            QVERIFY2(names.at(i - 1) >= names.at(i), qPrintable(names.at(i)));

        CustomerFilter filter;
        filter.grade = CustomerFilter::GradeFilter::A;
        auto expected = (*m_workspace)->customers().list(filter, {}, 0);
        QVERIFY(expected);
        QVERIFY(expected->total > 0);
        QSignalSpy reloaded(&model, &CustomerTableModel::reloaded);
        model.setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, kWaitMs);
        QCOMPARE(model.rowCount(), int(expected->total));
        for (int row = 0; row < std::min(model.rowCount(), 50); ++row)
            QCOMPARE(model.index(row, 0).data(CustomerTableModel::GradeRole).toString(),
                     QStringLiteral("A"));
    }

    void userEntersGradesAndFindsACustomer()
    {
        CustomersPage page(**m_workspace, customersInfo());
        page.resize(1200, 800);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 700, kWaitMs);
        const QString existingName = page.model()->rowAt(0)->name;
        const QString existingId = page.model()->rowAt(0)->id;
        const QString name = QStringLiteral("杭州青禾数智科技有限公司");

        bool sawDuplicate = false;
        auto entered = test::whenModal([&](QWidget *dialog) {
            auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            auto *duplicate = dialog->findChild<QLabel *>(QStringLiteral("duplicateMessage"));
            typeCommitted(nameEdit, existingName);
            sawDuplicate = QTest::qWaitFor(
                [&] { return duplicate->isVisible() && duplicate->text().contains(existingId); },
                kWaitMs);
            nameEdit->clear();
            typeCommitted(nameEdit, name);
            auto *region = dialog->findChild<QComboBox *>(QStringLiteral("regionCombo"));
            region->setCurrentIndex(region->findData(QStringLiteral("HZ")));
            typeCommitted(dialog->findChild<QPlainTextEdit *>(QStringLiteral("needsEdit")),
                          QStringLiteral("需要CRM系统，预算20-30万，3个月内上线"));
            const bool cleared = QTest::qWaitFor([&] { return duplicate->isHidden(); }, kWaitMs);
            QVERIFY(cleared);
            test::click(test::dialogButton(dialog, QDialogButtonBox::Save));
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("newCustomer")));
        QVERIFY(*entered);
        QVERIFY(sawDuplicate);
        auto *notice = page.findChild<QLabel *>(QStringLiteral("customerNotice"));
        QVERIFY(notice->text().contains(QStringLiteral("HZ")));
        CustomerFilter byName;
        byName.search = name;
        auto saved = (*m_workspace)->customers().list(byName, {}, 5);
        QVERIFY(saved);
        QCOMPARE(saved->total, qint64(1));
        const QString id = saved->rows.first().id;
        QVERIFY(notice->text().contains(id));

        // The page selects the new customer; a manager grades it.
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedIds(), QStringList{id}, kWaitMs);
        auto graded = test::whenModal([](QWidget *dialog) {
            const QList<QSpinBox *> scores = dialog->findChildren<QSpinBox *>();
            QCOMPARE(scores.size(), 4);
            for (QSpinBox *score : scores)
                score->setValue(5);
            test::click(test::dialogButton(dialog, QDialogButtonBox::Ok));
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("gradeCustomers")));
        QVERIFY(*graded);
        auto history = (*m_workspace)->customers().gradeHistory(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().to, std::optional<Grade>(Grade::A));

        // Found by two characters of its name, typed into the search box.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 701, kWaitMs);
        typeCommitted(search, QStringLiteral("青禾"));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->filter().search == QStringLiteral("青禾") &&
                                     !page.model()->isLoading(),
                                 kWaitMs);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowAt(0)->id, id);
        QCOMPARE(page.model()
                     ->index(0, CustomerTableModel::GradeColumn)
                     .data(CustomerTableModel::GradeRole)
                     .toString(),
                 QStringLiteral("A"));
    }

    // Select all selects rows never loaded (the table holds the first pages only): an action
    // on the selection reaches every one of them.
    void bulkAssignReachesRowsNotLoaded()
    {
        CustomersPage page(**m_workspace, customersInfo());
        page.resize(1200, 800);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 700, kWaitMs);
        QVERIFY(page.model()->rowAt(699) == nullptr);
        auto *table = page.findChild<QTableView *>(QStringLiteral("customerTable"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        auto assigned = test::whenModal([](QWidget *dialog) {
            auto *choices = dialog->findChild<QComboBox *>();
            QVERIFY(choices != nullptr);
            const int index = choices->findText(QStringLiteral("li.na"), Qt::MatchContains);
            QVERIFY(index >= 0);
            choices->setCurrentIndex(index);
            test::click(test::dialogButton(dialog, QDialogButtonBox::Ok));
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("assignCustomers")));
        QVERIFY(*assigned);
        CustomerFilter owned;
        owned.ownerLogin = QStringLiteral("li.na");
        auto listed = (*m_workspace)->customers().list(owned, {}, 1);
        QVERIFY(listed);
        QCOMPARE(listed->total, qint64(700));
    }

    void importWizardShowsEncodingRejectionsAndImports()
    {
        // As Excel saves it in China: GB18030, Chinese headers, one row without a first contact.
        const QString text =
            QStringLiteral("客户名称,首次接触时间,区域,联系人,联系方式\r\n"
                           "宁波海曙青峰贸易有限公司,2026/03/02 10:00,HZ,周敏,13900001111\r\n"
                           "温州鹿城远帆电子有限公司,,HZ,吴刚,13900002222\r\n"
                           "嘉兴南湖云杉科技有限公司,2026年3月5日,HZ,郑丽,13900003333\r\n");
        QStringEncoder gb18030("GB18030");
        const QString path = m_workspace->dir.filePath(QStringLiteral("leads.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(gb18030.encode(text));
        file.close();

        ImportWizard wizard(**m_workspace);
        wizard.show();
        wizard.setFile(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importEncoding"))
                    ->text()
                    .contains(QStringLiteral("GB18030")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        auto *rejected = wizard.findChild<QTableWidget *>(QStringLiteral("importRejected"));
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("3"));
        auto total = (*m_workspace)->customers().list({}, {}, 0);
        QCOMPARE(total->total, qint64(700)); // the dry run wrote nothing
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::DonePage));
        QCOMPARE(wizard.importedCount(), 2);
        total = (*m_workspace)->customers().list({}, {}, 0);
        QCOMPARE(total->total, qint64(702));
    }

private:
    std::unique_ptr<test::TempWorkspace> m_workspace;
};

int runCustomerTableTests(int argc, char **argv)
{
    CustomerTableTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_CustomerTable.moc"
