// SPDX-License-Identifier: MIT
// Stage 4 on screen: a rep records a service through the dialog (customer looked up, contract of
// that customer, stars, what was done, next maintenance checked beside the field) and sees it in
// the list; the page opens the renewal opportunity of a contract ending soon when it is shown.
#include "TestSupport.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/ServiceRecordService.h"
#include "services/UserService.h"
#include "ui/AfterSalesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace sf;
using namespace sf::ui;

class AfterSalesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_workspace = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error));
        Workspace &ws = **m_workspace;
        for (const auto &[login, role] : {std::pair{QStringLiteral("rep1"), Role::Rep},
                                          std::pair{QStringLiteral("legal1"), Role::Legal},
                                          std::pair{QStringLiteral("finance1"), Role::Finance},
                                          std::pair{QStringLiteral("manager1"), Role::Manager}}) {
            User user;
            user.login = login;
            user.role = role;
            QVERIFY(ws.users().add(user));
        }
        Customer c;
        c.name = QStringLiteral("杭州青禾数智科技有限公司");
        c.region = QStringLiteral("HZ");
        c.firstContactAt = ws.now().addDays(-400);
        auto created = ws.customers().create(c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_customerId = created->id;
        m_today = ws.today();
        m_contract = signedContract(m_today.addDays(20));
        QVERIFY(m_contract != 0);
        QVERIFY(ws.customers().assign({m_customerId}, QStringLiteral("rep1"))); // as the manager
        // Another customer, not the rep's, served by the team.
        c.name = QStringLiteral("上海明德数据有限公司");
        auto other = ws.customers().create(c);
        QVERIFY(other);
        ServiceRecord training;
        training.customerId = other->id;
        training.kind = ServiceKind::Training;
        training.summary = QStringLiteral("新员工培训");
        training.happenedOn = m_today.addDays(-3);
        QVERIFY(ws.afterSales().add(training));
        QVERIFY(ws.actAs(QStringLiteral("rep1")));
    }

    void cleanup() { m_workspace.reset(); }

    void aRepRecordsAServiceThroughTheDialog()
    {
        Workspace &ws = **m_workspace;
        AfterSalesPage page(ws, test::pageInfo(QStringLiteral("after-sales")));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget *records = page.records();
        // Shown, the page ran the renewal reminder: one automatic renewal record.
        QCOMPARE(records->rowCount(), 1);

        bool nameShown = false;
        bool contractOffered = false;
        bool blockedWithoutSummary = false;
        bool maintenanceRefused = false;
        auto recorded = test::whenModal([&](QWidget *dialog) {
            auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("customerEdit"));
            customer->clear();
            QTest::keyClicks(customer, m_customerId.toLower());
            nameShown = dialog->findChild<QLabel *>(QStringLiteral("customerMessage"))
                            ->text()
                            .contains(QStringLiteral("杭州青禾数智科技"));
            auto *contract = dialog->findChild<QComboBox *>(QStringLiteral("contractCombo"));
            contractOffered = contract->count() == 2;
            contract->setCurrentIndex(1);
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_Down); // visit → issue
            QAbstractButton *save = test::dialogButton(dialog, QDialogButtonBox::Save);
            blockedWithoutSummary = !save->isEnabled();
            test::click(dialog->findChild<QToolButton *>(QStringLiteral("star4")));
            test::typeCommitted(dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit")),
                                QStringLiteral("报表导出报错，远程修复"));
            test::click(dialog->findChild<QCheckBox *>(QStringLiteral("maintenanceCheck")));
            auto *maintenance = dialog->findChild<QDateEdit *>(QStringLiteral("maintenanceEdit"));
            maintenance->setDate(m_today.addDays(-1));
            maintenanceRefused =
                !save->isEnabled() &&
                dialog->findChild<QLabel *>(QStringLiteral("maintenanceMessage"))->isVisible();
            maintenance->setDate(m_today.addDays(90));
            test::click(save);
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("recordService")));
        QVERIFY(*recorded);
        QVERIFY(nameShown);
        QVERIFY(contractOffered);
        QVERIFY(blockedWithoutSummary);
        QVERIFY(maintenanceRefused);

        QCOMPARE(records->rowCount(), 2);
        int issueRow = -1;
        for (int row = 0; row < records->rowCount(); ++row) {
            if (records->item(row, 9)->text() == QStringLiteral("报表导出报错，远程修复"))
                issueRow = row;
        }
        QVERIFY(issueRow >= 0);
        QCOMPARE(records->item(issueRow, 1)->text(), m_customerId);
        QCOMPARE(records->item(issueRow, 3)->text(),
                 ServiceRecordRules::kindName(ServiceKind::Issue));
        QCOMPARE(records->item(issueRow, 5)->text(), QStringLiteral("★★★★☆"));
        QVERIFY(!records->item(issueRow, 6)->text().isEmpty()); // the contract
        QCOMPARE(records->item(issueRow, 7)->text(), m_today.addDays(90).toString(Qt::ISODate));
        QCOMPARE(records->item(issueRow, 8)->text(), QStringLiteral("rep1"));

        // The kind filter keeps only the issue.
        auto *kinds = page.findChild<QComboBox *>(QStringLiteral("afterSalesKind"));
        kinds->setCurrentIndex(kinds->findData(serviceKindKey(ServiceKind::Issue)));
        QCOMPARE(records->rowCount(), 1);
        kinds->setCurrentIndex(0);
        QCOMPARE(records->rowCount(), 2);
        // A rep sees only their own customers' service (the third record is another rep's), so
        // the "only mine" box is not offered.
        auto *mine = page.findChild<QCheckBox *>(QStringLiteral("afterSalesMine"));
        QVERIFY(!mine->isVisibleTo(&page));
    }

    void theContractEndingSoonHasItsRenewalOpportunity()
    {
        Workspace &ws = **m_workspace;
        AfterSalesPage page(ws, test::pageInfo(QStringLiteral("after-sales")));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The page fits the main window at 1280 pixels beside the sidebar.
        QVERIFY2(page.minimumSizeHint().width() <= 1280 - 230,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
        QTableWidget *contracts = page.contractsEnding();
        QCOMPARE(contracts->rowCount(), 1);
        QCOMPARE(contracts->item(0, 1)->text(), m_customerId);
        QCOMPARE(contracts->item(0, 3)->text(), m_today.addDays(20).toString(Qt::ISODate));
        QVERIFY2(contracts->item(0, 6)->text().contains(
                     FollowUpRules::stageName(OpportunityStage::Discovery)),
                 qPrintable(contracts->item(0, 6)->text()));
        auto opportunity = ws.followUps().opportunity(m_customerId);
        QVERIFY(opportunity && opportunity->has_value());
        QCOMPARE((*opportunity)->expectedClose, m_today.addDays(20));
        // Shown again: nothing new.
        page.reload();
        QCOMPARE(page.records()->rowCount(), 1);
    }

    void aStaleEditSaysWhoChangedTheRecord()
    {
        Workspace &ws = **m_workspace;
        ServiceRecord draft;
        draft.customerId = m_customerId;
        draft.summary = QStringLiteral("上门巡检");
        draft.happenedOn = m_today;
        auto saved = ws.afterSales().add(draft);
        QVERIFY(saved);
        AfterSalesPage page(ws, test::pageInfo(QStringLiteral("after-sales")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget *records = page.records();
        int row = -1;
        for (int r = 0; r < records->rowCount(); ++r) {
            if (records->item(r, 9)->text() == QStringLiteral("上门巡检"))
                row = r;
        }
        QVERIFY(row >= 0);
        records->setCurrentCell(row, 0);
        // Someone else saves it while the rep's dialog is open.
        QString error;
        auto edited = test::whenModal([&](QWidget *dialog) {
            ServiceRecord theirs = *saved;
            theirs.status = ServiceStatus::InProgress;
            QVERIFY(ws.actAs(QStringLiteral("manager1")));
            QVERIFY(ws.afterSales().update(theirs));
            QVERIFY(ws.actAs(QStringLiteral("rep1")));
            test::click(dialog->findChild<QToolButton *>(QStringLiteral("star5")));
            test::click(test::dialogButton(dialog, QDialogButtonBox::Save));
            error = dialog->findChild<QLabel *>(QStringLiteral("errorMessage"))->text();
            test::click(test::dialogButton(dialog, QDialogButtonBox::Cancel));
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("editService")));
        QVERIFY(*edited);
        QVERIFY2(error.contains(QStringLiteral("manager1")), qPrintable(error));
    }

private:
    // A contract of the customer, signed through the whole approval chain, ending on `end`.
    qint64 signedContract(QDate end)
    {
        Workspace &ws = **m_workspace;
        Contract draft;
        draft.customerId = m_customerId;
        draft.title = QStringLiteral("数智平台年度订阅");
        draft.products = QStringLiteral("SalesFlow 企业版");
        draft.priceFen = 9600000;
        draft.delivery = QStringLiteral("签约后 15 天");
        draft.paymentTerms = QStringLiteral("一次付清");
        draft.liability = QStringLiteral("逾期按日万分之五");
        draft.start = end.addYears(-1);
        draft.end = end;
        auto contract = ws.contracts().draft(draft);
        if (!contract)
            return 0;
        Instalment all;
        all.due = draft.start.addDays(30);
        all.amountFen = draft.priceFen;
        if (!ws.contracts().setSchedule(contract->id, {all}) ||
            !ws.contracts().submit(contract->id))
            return 0;
        for (const QString &login :
             {QStringLiteral("legal1"), QStringLiteral("finance1"), QStringLiteral("manager1")}) {
            if (!ws.actAs(login) || !ws.contracts().approve(contract->id))
                return 0;
        }
        return contract->id;
    }

    std::unique_ptr<test::TempWorkspace> m_workspace;
    QString m_customerId;
    QDate m_today;
    qint64 m_contract = 0;
};

int runAfterSalesTests(int argc, char **argv)
{
    AfterSalesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_AfterSales.moc"
