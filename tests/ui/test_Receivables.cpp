// SPDX-License-Identifier: MIT
// The receivables page (R16) as finance uses it: a signed contract with instalments and a partial
// payment recorded through the services; the headline tiles, the ageing buckets, the grouping
// switch, the search, the sort, the tint of overdue lines, the "due within 7 days" list, opening
// the customer and the export.
#include "TestSupport.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/UserService.h"
#include "ui/ReceivablesModel.h"
#include "ui/ReceivablesPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace sf;
using namespace sf::ui;
using Model = ReceivablesModel;

namespace {

QStringList column(const QAbstractItemModel *model, int col, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, col, parent).data().toString();
    return texts;
}

} // namespace

class ReceivablesTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    QDate m_today;
    QString m_yunfan;   // the customer with the big contract
    QString m_qingfeng; // the one with a small overdue instalment
    QString m_number;

    bool act(const QString &login) { return m_ws->workspace->actAs(login).ok(); }

    QString enter(const QString &name, const QString &owner)
    {
        Customer c;
        c.name = name;
        c.region = QStringLiteral("HZ");
        c.firstContactAt = (*m_ws)->now().addSecs(-3600);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.ownerLogin = owner;
        auto stored = (*m_ws)->customers().create(c);
        return stored ? stored->id : QString();
    }

    // A contract drafted by the customer's rep and taken through the approval chain, with this
    // schedule (days from today, yuan).
    QString signedContract(const QString &customerId, const QList<std::pair<int, qint64>> &plan,
                           const QString &rep = QStringLiteral("rep"))
    {
        Workspace &ws = **m_ws;
        if (!act(rep))
            return {};
        Contract draft;
        draft.customerId = customerId;
        draft.title = QStringLiteral("CRM 实施");
        draft.products = QStringLiteral("CRM 软件及实施服务");
        draft.delivery = QStringLiteral("签约后 60 天");
        draft.paymentTerms = QStringLiteral("分期付款");
        draft.liability = QStringLiteral("逾期按日万分之五");
        QList<Instalment> schedule;
        for (const auto &[days, yuan] : plan) {
            Instalment instalment;
            instalment.due = m_today.addDays(days);
            instalment.amountFen = yuan * 100;
            schedule << instalment;
            draft.priceFen += yuan * 100;
        }
        auto drafted = ws.contracts().draft(draft);
        if (!drafted || !ws.contracts().setSchedule(drafted->id, schedule) ||
            !ws.contracts().submit(drafted->id))
            return {};
        for (const QString &login :
             {QStringLiteral("legal"), QStringLiteral("finance"), QStringLiteral("boss")}) {
            if (!act(login) || !ws.contracts().approve(drafted->id))
                return {};
        }
        return drafted->number;
    }

    static QString tile(const ReceivablesPage &page, ReceivablesPage::Tile which)
    {
        return page.tileText(which);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
        Workspace &ws = **m_ws;
        m_today = ws.today();
        for (const auto &[login, role] : {std::pair{QStringLiteral("rep"), Role::Rep},
                                          std::pair{QStringLiteral("rep2"), Role::Rep},
                                          std::pair{QStringLiteral("legal"), Role::Legal},
                                          std::pair{QStringLiteral("finance"), Role::Finance},
                                          std::pair{QStringLiteral("boss"), Role::Manager}}) {
            User user;
            user.login = login;
            user.name = login == QLatin1String("rep") ? QStringLiteral("王芳") : QString();
            user.role = role;
            user.senior = role == Role::Rep;
            QVERIFY(ws.users().add(user).ok());
        }
        m_yunfan = enter(QStringLiteral("杭州云帆科技有限公司"), QStringLiteral("rep"));
        m_qingfeng = enter(QStringLiteral("宁波海曙青峰贸易有限公司"), QStringLiteral("rep2"));
        QVERIFY(!m_yunfan.isEmpty() && !m_qingfeng.isEmpty());
        m_number = signedContract(m_yunfan,
                                  {{-100, 1000}, {-45, 2000}, {-10, 3000}, {3, 4000}, {30, 5000}});
        QVERIFY(!m_number.isEmpty());
        QVERIFY(!signedContract(m_qingfeng, {{-5, 600}}, QStringLiteral("rep2")).isEmpty());
        // Finance records 1,500: the oldest instalment in full, 500 of the next.
        QVERIFY(act(QStringLiteral("finance")));
        Payment payment;
        payment.receivedOn = m_today;
        payment.amountFen = 150000;
        payment.reference = QStringLiteral("HZ-BANK-0001");
        const auto recorded = ws.payments().record(m_number, payment);
        QVERIFY2(recorded.ok(), recorded ? "" : qPrintable(recorded.error().message));
    }

    void cleanup() { m_ws.reset(); }

    void showsTheTotalsAndTheAgeingBuckets()
    {
        ReceivablesPage page(**m_ws, test::pageInfo(QStringLiteral("payments")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.findChild<QDateEdit *>(QStringLiteral("receivablesAsOf"))->date(), m_today);
        QCOMPARE(tile(page, ReceivablesPage::OutstandingTile), QStringLiteral("¥14,100.00"));
        QCOMPARE(tile(page, ReceivablesPage::OverdueTile), QStringLiteral("¥5,100.00"));
        QCOMPARE(tile(page, ReceivablesPage::Days1To30Tile), QStringLiteral("¥3,600.00"));
        QCOMPARE(tile(page, ReceivablesPage::Days31To60Tile), QStringLiteral("¥1,500.00"));
        QCOMPARE(tile(page, ReceivablesPage::Days61To90Tile), QStringLiteral("¥0.00"));
        QCOMPARE(tile(page, ReceivablesPage::Over90Tile), QStringLiteral("¥0.00"));
        QCOMPARE(tile(page, ReceivablesPage::DueWithinWeekTile), QStringLiteral("¥4,000.00"));

        // By customer: the one with more overdue first, with its totals; the paid instalment gone.
        const QAbstractItemModel *tree = page.tree()->model();
        QCOMPARE(tree->rowCount(), 2);
        const QModelIndex yunfan = tree->index(0, Model::ContractColumn);
        QVERIFY(yunfan.data().toString().startsWith(QStringLiteral("杭州云帆科技有限公司 (") +
                                                    m_yunfan + u')'));
        QCOMPARE(tree->index(0, Model::OutstandingColumn).data().toString(),
                 QStringLiteral("¥13,500.00"));
        QCOMPARE(tree->index(0, Model::OverdueColumn).data().toString(),
                 QStringLiteral("¥4,500.00"));
        QCOMPARE(tree->index(0, Model::PaidColumn).data().toString(), QStringLiteral("¥500.00"));
        QCOMPARE(tree->rowCount(yunfan), 4);
        QCOMPARE(tree->index(0, Model::OutstandingColumn, yunfan).data().toString(),
                 QStringLiteral("¥1,500.00"));
        QCOMPARE(tree->index(0, Model::DaysColumn, yunfan).data().toString(), QStringLiteral("45"));
        QCOMPARE(tree->index(0, Model::AgeingColumn, yunfan).data().toString(),
                 ContractRules::bucketName(AgeingBucket::Days31To60));
        QCOMPARE(tree->index(0, Model::OutstandingColumn, yunfan)
                         .data(Qt::TextAlignmentRole)
                         .value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);
        // Overdue lines are tinted by severity; lines not yet due are not.
        QCOMPARE(tree->index(0, Model::DueColumn, yunfan).data(Qt::BackgroundRole).value<QColor>(),
                 Model::severityColor(AgeingBucket::Days31To60));
        QCOMPARE(tree->index(1, Model::DueColumn, yunfan).data(Qt::BackgroundRole).value<QColor>(),
                 Model::severityColor(AgeingBucket::Days1To30));
        QVERIFY(!tree->index(2, Model::DueColumn, yunfan).data(Qt::BackgroundRole).isValid());
        QCOMPARE(tree->index(2, Model::AgeingColumn, yunfan).data().toString(),
                 Model::tr("due in %n day(s)", nullptr, 3));
        QVERIFY(page.tree()->isColumnHidden(Model::CustomerColumn));

        // Due within 7 days: the instalment due in 3 days.
        const QAbstractItemModel *soon = page.dueSoon()->model();
        QCOMPARE(soon->rowCount(), 1);
        QCOMPARE(soon->index(0, Model::DueColumn).data().toString(),
                 m_today.addDays(3).toString(Qt::ISODate));
        QCOMPARE(soon->index(0, Model::OutstandingColumn).data().toString(),
                 QStringLiteral("¥4,000.00"));
    }

    void switchesTheGrouping()
    {
        ReceivablesPage page(**m_ws, test::pageInfo(QStringLiteral("payments")));
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *grouping = page.findChild<QComboBox *>(QStringLiteral("receivablesGrouping"));
        const QAbstractItemModel *tree = page.tree()->model();

        grouping->setCurrentIndex(grouping->findData(int(ReceivablesGrouping::Bucket)));
        QCOMPARE(page.model()->grouping(), ReceivablesGrouping::Bucket);
        const QStringList buckets = column(tree, Model::ContractColumn);
        QCOMPARE(buckets.size(), 3);
        QVERIFY(buckets.at(0).startsWith(ContractRules::bucketName(AgeingBucket::Days31To60)));
        QVERIFY(buckets.at(1).startsWith(ContractRules::bucketName(AgeingBucket::Days1To30)));
        QCOMPARE(tree->index(1, Model::OutstandingColumn).data().toString(),
                 QStringLiteral("¥3,600.00"));
        QCOMPARE(tree->rowCount(tree->index(1, 0)), 2);
        QCOMPARE(tree->index(2, Model::OutstandingColumn).data().toString(),
                 QStringLiteral("¥9,000.00"));

        grouping->setCurrentIndex(grouping->findData(int(ReceivablesGrouping::Rep)));
        QCOMPARE(column(tree, Model::ContractColumn),
                 (QStringList{QStringLiteral("王芳  ·  4"), QStringLiteral("rep2  ·  1")}));
        QVERIFY(page.tree()->isColumnHidden(Model::OwnerColumn));
        QVERIFY(!page.tree()->isColumnHidden(Model::CustomerColumn));

        grouping->setCurrentIndex(grouping->findData(int(ReceivablesGrouping::None)));
        QCOMPARE(tree->rowCount(), 5);
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 0);
        QVERIFY(!page.tree()->rootIsDecorated());
        // Sorted by a click on the header: the outstanding amounts as numbers, not as text.
        const int x = page.tree()->header()->sectionViewportPosition(Model::OutstandingColumn) + 5;
        QTest::mouseClick(page.tree()->header()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QStringList amounts = column(tree, Model::OutstandingColumn);
        if (page.tree()->header()->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(amounts.begin(), amounts.end());
        QCOMPARE(amounts, (QStringList{QStringLiteral("¥600.00"), QStringLiteral("¥1,500.00"),
                                       QStringLiteral("¥3,000.00"), QStringLiteral("¥4,000.00"),
                                       QStringLiteral("¥5,000.00")}));
        // The choice is remembered.
        ReceivablesPage again(**m_ws, test::pageInfo(QStringLiteral("payments")));
        QCOMPARE(again.model()->grouping(), ReceivablesGrouping::None);
    }

    void searchesAndAgesAtAnotherDate()
    {
        ReceivablesPage page(**m_ws, test::pageInfo(QStringLiteral("payments")));
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("receivablesSearch"));
        test::typeCommitted(search, QStringLiteral("青峰"));
        const QAbstractItemModel *tree = page.tree()->model();
        QCOMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->index(0, Model::OutstandingColumn).data().toString(),
                 QStringLiteral("¥600.00"));
        QCOMPARE(page.model()->shownLines(), 1);
        // The headline stays the whole book.
        QCOMPARE(tile(page, ReceivablesPage::OutstandingTile), QStringLiteral("¥14,100.00"));
        search->clear();
        QCOMPARE(page.model()->shownLines(), 5);

        // Forty days on, the 45-day instalment is 85 days overdue, and this week's is 37 days.
        page.showAsOf(m_today.addDays(40));
        QCOMPARE(tile(page, ReceivablesPage::Days61To90Tile), QStringLiteral("¥1,500.00"));
        QCOMPARE(tile(page, ReceivablesPage::Days31To60Tile), QStringLiteral("¥7,600.00"));
        QCOMPARE(tile(page, ReceivablesPage::Days1To30Tile), QStringLiteral("¥5,000.00"));
        QCOMPARE(tile(page, ReceivablesPage::DueWithinWeekTile), QStringLiteral("¥0.00"));
        QCOMPARE(page.dueSoon()->model()->rowCount(), 0);
    }

    void opensTheCustomerAndExports()
    {
        ReceivablesPage page(**m_ws, test::pageInfo(QStringLiteral("payments")));
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy opened(&page, &ReceivablesPage::openCustomer);
        QTreeView *view = page.tree();
        const QModelIndex line =
            view->model()->index(0, Model::DueColumn, view->model()->index(1, 0));
        view->scrollTo(line);
        const QPoint at = view->visualRect(line).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), m_qingfeng);

        const QString path = m_ws->dir.filePath(QStringLiteral("receivables.xlsx"));
        QVERIFY(page.exportTo(path));
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("receivablesSummary"))
                    ->text()
                    .contains(QFileInfo(path).fileName()));
    }
};

int runReceivablesTests(int argc, char **argv)
{
    ReceivablesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_Receivables.moc"
