// SPDX-License-Identifier: MIT
// The Contracts page (R14–R16) driven by the people of each role: a rep drafts a contract in the
// form and submits it, legal and finance approve it, a manager signs it — and legal cannot sign;
// legal returns another contract with comments; finance records a partial payment; an edit of a
// contract in review warns before it resets the approvals; a stale edit is refused.
#include "TestSupport.h"
#include "core/Money.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "ui/ContractActions.h"
#include "ui/ContractDetailView.h"
#include "ui/ContractDialog.h"
#include "ui/ContractTableModel.h"
#include "ui/ContractsPage.h"
#include "ui/PaymentDialog.h"
#include "ui/ScheduleEditor.h"
#include "ui/StatusPillDelegate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

#include <tuple>

using namespace sf;
using namespace sf::ui;

namespace {

QDateTime shanghai(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

QString text(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class ContractsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Monday 2 March 2026, a working day.
        m_now = shanghai(2026, 3, 2, 10, 0);
        auto opened =
            Workspace::open(m_dir->filePath(QStringLiteral("t.db")), [this] { return m_now; });
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_ws = std::move(*opened);
        for (const auto &[login, name, role] :
             {std::tuple{m_rep, QStringLiteral("张伟"), Role::Rep},
              std::tuple{m_legal, QStringLiteral("李法务"), Role::Legal},
              std::tuple{m_finance, QStringLiteral("王财务"), Role::Finance},
              std::tuple{m_manager, QStringLiteral("刘经理"), Role::Manager}}) {
            User user;
            user.login = login;
            user.name = name;
            user.role = role;
            user.senior = true;
            auto added = m_ws->users().add(user);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        }
        QVERIFY(m_ws->actAs(m_manager));
        Customer c;
        c.name = QStringLiteral("杭州青禾数智科技有限公司");
        c.region = QStringLiteral("HZ");
        c.firstContactAt = m_now.addDays(-20);
        c.needs = QStringLiteral("需要CRM系统，预算20-30万，3个月内上线");
        c.ownerLogin = m_rep;
        auto stored = m_ws->customers().create(c);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        m_customer = stored->id;
        QVERIFY(m_ws->actAs(m_rep));
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void aContractGoesThroughEveryApproval()
    {
        auto page = openPage();
        QCOMPARE(page->model()->rowCount(), 0);
        QPushButton *newButton = button(page.get(), QStringLiteral("newContract"));
        QVERIFY(newButton->isEnabled());
        QVERIFY(!button(page.get(), QStringLiteral("submitContract"))->isEnabled());

        // The rep drafts it in the form, typing every field; the form says what R14 still needs.
        QString customerShown;
        QString r14Before;
        QString r14After;
        QString sumBefore;
        QString sumAfter;
        bool saveEnabled = false;
        auto drafted = test::whenModal([&](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("customerEdit")), m_customer);
            customerShown = child<QLabel>(dialog, QStringLiteral("customerMessage"))->text();
            test::typeCommitted(child<QLineEdit>(dialog, QStringLiteral("titleEdit")),
                                QStringLiteral("CRM系统一期"));
            test::typeCommitted(child<QPlainTextEdit>(dialog, QStringLiteral("productsEdit")),
                                QStringLiteral("CRM软件200用户许可及实施服务"));
            auto *price = child<QLineEdit>(dialog, QStringLiteral("priceEdit"));
            QTest::keyClicks(price, QStringLiteral("300000"));
            test::typeCommitted(child<QLineEdit>(dialog, QStringLiteral("deliveryEdit")),
                                QStringLiteral("签约后60天内上线"));
            test::typeCommitted(child<QPlainTextEdit>(dialog, QStringLiteral("paymentTermsEdit")),
                                QStringLiteral("签约付30%，验收付60%，一年后付10%"));
            r14Before = child<QLabel>(dialog, QStringLiteral("r14Message"))->text();
            test::typeCommitted(child<QPlainTextEdit>(dialog, QStringLiteral("liabilityEdit")),
                                QStringLiteral("逾期交付每周按合同价0.5%赔偿，最高10%"));
            // The schedule: three even instalments.
            auto *tabs = child<QTabWidget>(dialog, QStringLiteral("tabs"));
            tabs->setCurrentIndex(1);
            sumBefore = child<QLabel>(dialog, QStringLiteral("scheduleSum"))->text();
            child<QSpinBox>(dialog, QStringLiteral("splitCount"))->setValue(3);
            test::click(child<QPushButton>(dialog, QStringLiteral("splitEvenly")));
            sumAfter = child<QLabel>(dialog, QStringLiteral("scheduleSum"))->text();
            r14After = child<QLabel>(dialog, QStringLiteral("r14Message"))->text();
            QAbstractButton *save = test::dialogButton(dialog, QDialogButtonBox::Save);
            saveEnabled = save->isEnabled();
            test::click(save);
        });
        test::click(newButton);
        QVERIFY(*drafted);
        QCOMPARE(customerShown, QStringLiteral("杭州青禾数智科技有限公司"));
        QVERIFY2(r14Before.contains(QStringLiteral("liability for breach")), qPrintable(r14Before));
        QVERIFY2(!r14Before.contains(QStringLiteral("price")), qPrintable(r14Before));
        QVERIFY2(r14After.contains(QStringLiteral("R14")), qPrintable(r14After));
        QVERIFY2(!r14After.contains(QStringLiteral("needs")), qPrintable(r14After));
        QVERIFY2(sumBefore.contains(QStringLiteral("No instalments")), qPrintable(sumBefore));
        QVERIFY2(sumAfter.contains(QStringLiteral("¥300,000.00")) &&
                     sumAfter.contains(QStringLiteral("✓")),
                 qPrintable(sumAfter));
        QVERIFY(saveEnabled);

        // Saved: selected on the page as a draft with its schedule.
        QCOMPARE(page->model()->rowCount(), 1);
        const qint64 id = page->selectedId();
        QVERIFY(id != 0);
        auto contract = m_ws->contracts().contract(id);
        QVERIFY(contract);
        QCOMPARE(contract->title, QStringLiteral("CRM系统一期"));
        QCOMPARE(contract->priceFen, 30000000);
        QCOMPARE(contract->owner, m_rep);
        QCOMPARE(contract->status, ContractStatus::Draft);
        auto schedule = m_ws->contracts().schedule(id);
        QVERIFY(schedule);
        QCOMPARE(schedule->size(), 3);
        QCOMPARE(schedule->at(0).amountFen + schedule->at(1).amountFen + schedule->at(2).amountFen,
                 30000000);
        QCOMPARE(cell(page.get(), 0, ContractTableModel::PriceColumn),
                 QStringLiteral("¥300,000.00"));
        QCOMPARE(page->model()
                     ->index(0, ContractTableModel::PriceColumn)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(cell(page.get(), 0, ContractTableModel::StatusColumn), QStringLiteral("Draft"));
        QCOMPARE(page->detail()->scheduleTable()->rowCount(), 3);

        // The rep cannot approve a draft; submitting sends it to legal, due the next working
        // day (R15).
        QPushButton *approve = button(page.get(), QStringLiteral("approveContract"));
        QVERIFY(!approve->isEnabled());
        QPushButton *submit = button(page.get(), QStringLiteral("submitContract"));
        QVERIFY2(submit->isEnabled(), qPrintable(submit->toolTip()));
        test::click(submit);
        QCOMPARE(status(id), ContractStatus::LegalReview);
        QCOMPARE(cell(page.get(), 0, ContractTableModel::StatusColumn),
                 QStringLiteral("Legal review"));
        QCOMPARE(cell(page.get(), 0, ContractTableModel::StepColumn), QStringLiteral("Legal"));
        QCOMPARE(cell(page.get(), 0, ContractTableModel::DueColumn), QStringLiteral("2026-03-03"));
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(QStringLiteral("legal")),
                 qPrintable(approve->toolTip()));

        // Two days later, legal's step is overdue: red on the page.
        m_now = shanghai(2026, 3, 4, 9, 0);
        QVERIFY(m_ws->actAs(m_legal));
        page->reload();
        select(page.get(), id);
        QCOMPARE(cell(page.get(), 0, ContractTableModel::DueColumn),
                 QStringLiteral("2026-03-03 overdue"));
        QVERIFY(page->model()
                    ->index(0, ContractTableModel::DueColumn)
                    .data(ContractTableModel::OverdueRole)
                    .toBool());
        QCOMPARE(page->model()
                     ->index(0, ContractTableModel::DueColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 QColor(0xb9, 0x1c, 0x1c));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("contractCount"))
                    ->text()
                    .contains(QStringLiteral("1 step(s) overdue")));

        // Legal approves with a comment.
        QVERIFY(approve->isEnabled());
        QCOMPARE(approve->text(), QStringLiteral("Approve"));
        QVERIFY(!button(page.get(), QStringLiteral("editContract"))->isEnabled());
        decide(page.get(), QStringLiteral("approveContract"), QStringLiteral("条款符合公司标准"));
        QCOMPARE(status(id), ContractStatus::FinanceReview);
        // Its step done, legal can approve nothing more.
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(QStringLiteral("finance")),
                 qPrintable(approve->toolTip()));

        QVERIFY(m_ws->actAs(m_finance));
        page->reload();
        select(page.get(), id);
        QVERIFY(approve->isEnabled());
        decide(page.get(), QStringLiteral("approveContract"), {});
        QCOMPARE(status(id), ContractStatus::ManagerSign);

        // Legal cannot sign: the action reads "Sign" and is disabled, saying who signs.
        QVERIFY(m_ws->actAs(m_legal));
        page->reload();
        select(page.get(), id);
        QCOMPARE(approve->text(), QStringLiteral("Sign"));
        QVERIFY(!approve->isEnabled());
        QVERIFY(!page->action(ContractAction::Approve)->isEnabled());
        QVERIFY2(approve->toolTip().contains(QStringLiteral("manager")),
                 qPrintable(approve->toolTip()));
        QVERIFY(!button(page.get(), QStringLiteral("rejectContract"))->isEnabled());

        QVERIFY(m_ws->actAs(m_manager));
        page->reload();
        select(page.get(), id);
        QVERIFY(approve->isEnabled());
        QCOMPARE(approve->text(), QStringLiteral("Sign"));
        decide(page.get(), QStringLiteral("approveContract"), {});
        QCOMPARE(status(id), ContractStatus::Signed);
        QCOMPARE(cell(page.get(), 0, ContractTableModel::StatusColumn), QStringLiteral("Signed"));
        QCOMPARE(cell(page.get(), 0, ContractTableModel::DueColumn), QString());
        QVERIFY(!button(page.get(), QStringLiteral("editContract"))->isEnabled());
        QVERIFY(button(page.get(), QStringLiteral("duplicateContract"))->isEnabled());
        QVERIFY(button(page.get(), QStringLiteral("startDelivery"))->isEnabled());
        // Payments are finance's.
        QVERIFY(!button(page.get(), QStringLiteral("recordPayment"))->isEnabled());

        // The history, newest first: signed, approved by finance, approved by legal with its
        // comment, submitted, drafted.
        QTableWidget *history = page->detail()->historyTable();
        QCOMPARE(history->rowCount(), 5);
        QCOMPARE(text(history, 0, 2), QStringLiteral("Signed"));
        QCOMPARE(text(history, 0, 1), QStringLiteral("刘经理"));
        QCOMPARE(text(history, 2, 1), QStringLiteral("李法务"));
        QCOMPARE(text(history, 2, 4), QStringLiteral("条款符合公司标准"));
        QCOMPARE(text(history, 3, 2), QStringLiteral("Submitted for review"));
        QVERIFY(
            page->detail()->overview()->toPlainText().contains(QStringLiteral("CRM软件200用户")));

        // The customer's name in the overview opens the customer.
        QSignalSpy opened(page.get(), &ContractsPage::openCustomer);
        QTextBrowser *overview = page->detail()->overview();
        QVERIFY(overview->toHtml().contains(QStringLiteral("customer:") + m_customer));
        Q_EMIT overview->anchorClicked(QUrl(QStringLiteral("customer:") + m_customer));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), m_customer);
    }

    void aRejectionReturnsTheContractToDraftWithComments()
    {
        const qint64 id = draftContract(true);
        QVERIFY(id != 0);
        QVERIFY(m_ws->actAs(m_legal));
        auto page = openPage();
        select(page.get(), id);
        QPushButton *reject = button(page.get(), QStringLiteral("rejectContract"));
        QVERIFY(reject->isEnabled());

        // The comments are required: OK stays disabled until they are typed.
        const QString comment = QStringLiteral("违约责任上限5%过低，公司标准为20%");
        bool emptyRefused = false;
        auto returned = test::whenModal([&](QWidget *dialog) {
            QAbstractButton *ok = test::dialogButton(dialog, QDialogButtonBox::Ok);
            emptyRefused = !ok->isEnabled();
            test::typeCommitted(child<QPlainTextEdit>(dialog, QStringLiteral("commentEdit")),
                                comment);
            test::click(ok);
        });
        test::click(reject);
        QVERIFY(*returned);
        QVERIFY(emptyRefused);
        QCOMPARE(status(id), ContractStatus::Draft);
        QTableWidget *history = page->detail()->historyTable();
        QCOMPARE(text(history, 0, 2), QStringLiteral("Returned with comments"));
        QCOMPARE(text(history, 0, 3), QStringLiteral("Legal review"));
        QCOMPARE(text(history, 0, 4), comment);
        auto events = m_ws->contracts().history(id);
        QVERIFY(events);
        QCOMPARE(events->last().comment, comment);
        QCOMPARE(events->last().actor, m_legal);

        // Back with the rep: "waiting for me" shows the returned draft, which can be submitted
        // again.
        QVERIFY(m_ws->actAs(m_rep));
        auto *filter = page->findChild<QComboBox *>(QStringLiteral("contractStatusFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("waiting-for-me")));
        QCOMPARE(page->model()->rowCount(), 1);
        select(page.get(), id);
        QVERIFY(button(page.get(), QStringLiteral("submitContract"))->isEnabled());
        // Legal's queue is empty now.
        QVERIFY(m_ws->actAs(m_legal));
        page->reload();
        QCOMPARE(page->model()->rowCount(), 0);
    }

    void financeRecordsAPartialPayment()
    {
        const qint64 id = draftContract(true);
        for (const QString &login : {m_legal, m_finance, m_manager}) {
            QVERIFY(m_ws->actAs(login));
            auto approved = m_ws->contracts().approve(id);
            QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
        }
        QVERIFY(m_ws->actAs(m_finance));
        auto page = openPage();
        select(page.get(), id);
        QPushButton *record = button(page.get(), QStringLiteral("recordPayment"));
        QVERIFY2(record->isEnabled(), qPrintable(record->toolTip()));

        // An over-payment first: refused with the service's message; then a partial payment
        // towards the oldest instalment.
        QDate maximum;
        QDate received;
        QString chosen;
        QString refusal;
        auto paid = test::whenModal([&](QWidget *dialog) {
            auto *date = child<QDateEdit>(dialog, QStringLiteral("receivedEdit"));
            maximum = date->maximumDate();
            received = date->date();
            chosen = child<QComboBox>(dialog, QStringLiteral("instalmentCombo"))->currentText();
            auto *amount = child<QLineEdit>(dialog, QStringLiteral("amountEdit"));
            QTest::keyClicks(amount, QStringLiteral("400000"));
            QAbstractButton *save = test::dialogButton(dialog, QDialogButtonBox::Save);
            test::click(save);
            refusal = child<QLabel>(dialog, QStringLiteral("errorMessage"))->text();
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("50,000"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("referenceEdit")),
                             QStringLiteral("ICBC-20260302-001"));
            test::click(save);
        });
        test::click(record);
        QVERIFY(*paid);
        QCOMPARE(maximum, QDate(2026, 3, 2));
        QCOMPARE(received, QDate(2026, 3, 2));
        QVERIFY2(chosen.startsWith(QStringLiteral("2026-03-02")), qPrintable(chosen));
        QVERIFY2(refusal.contains(QStringLiteral("over-payment")), qPrintable(refusal));

        auto contract = m_ws->contracts().contract(id);
        QVERIFY(contract);
        auto recorded = m_ws->payments().payments(contract->number);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->first().amountFen, 5000000);
        QCOMPARE(recorded->first().reference, QStringLiteral("ICBC-20260302-001"));
        QCOMPARE(recorded->first().recordedBy, m_finance);

        // The schedule on the page: the first instalment half paid, the outstanding updated.
        QTableWidget *schedule = page->detail()->scheduleTable();
        QCOMPARE(schedule->rowCount(), 2);
        QCOMPARE(text(schedule, 0, 1), QStringLiteral("100,000.00"));
        QCOMPARE(text(schedule, 0, 2), QStringLiteral("50,000.00"));
        QCOMPARE(text(schedule, 0, 3), QStringLiteral("50,000.00"));
        QCOMPARE(text(schedule, 0, 4), QStringLiteral("Partly paid"));
        QCOMPARE(text(schedule, 1, 3), QStringLiteral("200,000.00"));
        const QString summary = page->detail()->scheduleSummary();
        QVERIFY2(summary.contains(QStringLiteral("paid ¥50,000.00")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("outstanding ¥250,000.00")), qPrintable(summary));
        QCOMPARE(page->detail()->paymentsTable()->rowCount(), 1);
        QCOMPARE(text(page->detail()->paymentsTable(), 0, 2), QStringLiteral("ICBC-20260302-001"));
        QCOMPARE(page->detail()->currentIndex(), int(ContractDetailView::ScheduleTab));
    }

    void editingAContractInReviewWarnsBeforeResettingApprovals()
    {
        const qint64 id = draftContract(true);
        QVERIFY(m_ws->actAs(m_legal));
        QVERIFY(m_ws->contracts().approve(id));
        QVERIFY(m_ws->actAs(m_rep));
        auto page = openPage();
        select(page.get(), id);
        QPushButton *edit = button(page.get(), QStringLiteral("editContract"));
        QVERIFY(edit->isEnabled());
        QVERIFY2(edit->toolTip().contains(QStringLiteral("resets")), qPrintable(edit->toolTip()));

        // Cancelled at the warning: nothing changes.
        QString warning;
        auto cancelled = test::whenModal([&](QWidget *dialog) {
            test::typeCommitted(child<QLineEdit>(dialog, QStringLiteral("deliveryEdit")),
                                QStringLiteral("，含培训"));
            test::whenModal([&](QWidget *box) {
                warning = qobject_cast<QMessageBox *>(box)->text();
                test::click(test::dialogButton(box, QMessageBox::Cancel));
            });
            // Returns once the warning is answered; the form stays open.
            test::click(test::dialogButton(dialog, QDialogButtonBox::Save));
            test::click(test::dialogButton(dialog, QDialogButtonBox::Cancel));
        });
        test::click(edit);
        QVERIFY(*cancelled);
        QVERIFY(QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 5000));
        QVERIFY2(warning.contains(QStringLiteral("resets its approvals")), qPrintable(warning));
        QCOMPARE(status(id), ContractStatus::FinanceReview);

        // Confirmed: a draft again, with a reset in its history.
        auto saved = test::whenModal([&](QWidget *dialog) {
            test::typeCommitted(child<QLineEdit>(dialog, QStringLiteral("deliveryEdit")),
                                QStringLiteral("，含培训"));
            test::whenModal(
                [&](QWidget *box) { test::click(test::dialogButton(box, QMessageBox::Save)); });
            test::click(test::dialogButton(dialog, QDialogButtonBox::Save));
        });
        test::click(edit);
        QVERIFY(*saved);
        QVERIFY(QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 5000));
        QCOMPARE(status(id), ContractStatus::Draft);
        QVERIFY((*m_ws->contracts().contract(id)).delivery.endsWith(QStringLiteral("含培训")));
        QCOMPARE(text(page->detail()->historyTable(), 0, 2), QStringLiteral("Approvals reset"));
    }

    void aStaleEditIsRefusedWithWhoChangedIt()
    {
        const qint64 id = draftContract(false);
        auto opened = m_ws->contracts().contract(id);
        QVERIFY(opened);
        ContractDialog dialog(*m_ws, *opened);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Meanwhile a manager changes the title.
        QVERIFY(m_ws->actAs(m_manager));
        Contract changed = *opened;
        changed.title = QStringLiteral("CRM系统一期（修订）");
        QVERIFY(m_ws->contracts().update(changed));
        QVERIFY(m_ws->actAs(m_rep));
        test::typeCommitted(child<QLineEdit>(&dialog, QStringLiteral("deliveryEdit")),
                            QStringLiteral("（加急）"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString message = child<QLabel>(&dialog, QStringLiteral("errorMessage"))->text();
        QVERIFY2(message.contains(m_manager) && message.contains(QStringLiteral("reload")),
                 qPrintable(message));
        QCOMPARE((*m_ws->contracts().contract(id)).title, QStringLiteral("CRM系统一期（修订）"));
    }

    void theFormRefusesAScheduleThatDoesNotAddUp()
    {
        ContractDialog dialog(*m_ws, std::nullopt, m_customer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("titleEdit")),
                         QStringLiteral("Pilot"));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("priceEdit")),
                         QStringLiteral("100000"));
        QAbstractButton *save = test::dialogButton(&dialog, QDialogButtonBox::Save);
        QVERIFY(save->isEnabled()); // a draft without a schedule is fine
        auto *editor = dialog.findChild<ScheduleEditor *>();
        auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("tabs"));
        tabs->setCurrentIndex(1);
        test::click(child<QPushButton>(&dialog, QStringLiteral("addInstalment")));
        QCOMPARE(editor->table()->rowCount(), 1);
        auto *amount =
            qobject_cast<QLineEdit *>(editor->table()->cellWidget(0, ScheduleEditor::AmountColumn));
        QCOMPARE(amount->text(), QStringLiteral("100,000.00"));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("60000"));
        QVERIFY2(editor->sumText().contains(QStringLiteral("¥40,000.00 still to schedule")),
                 qPrintable(editor->sumText()));
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QStringLiteral("schedule")), qPrintable(save->toolTip()));
        test::click(child<QPushButton>(&dialog, QStringLiteral("addInstalment")));
        QCOMPARE(
            qobject_cast<QLineEdit *>(editor->table()->cellWidget(1, ScheduleEditor::AmountColumn))
                ->text(),
            QStringLiteral("40,000.00"));
        QVERIFY(save->isEnabled());
        // A price that is not a number says so beside the field.
        tabs->setCurrentIndex(0);
        auto *price = child<QLineEdit>(&dialog, QStringLiteral("priceEdit"));
        price->clear();
        QTest::keyClicks(price, QStringLiteral("ten"));
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("priceMessage"))->isVisibleTo(&dialog));
    }

    void theSearchAndTheStatusFilterNarrowTheList()
    {
        const qint64 submitted = draftContract(true);
        const qint64 draft = draftContract(false);
        QVERIFY(m_ws->actAs(m_rep));
        Contract other = *m_ws->contracts().contract(draft);
        other.title = QStringLiteral("数据平台建设");
        QVERIFY(m_ws->contracts().update(other));
        auto page = openPage();
        QCOMPARE(page->model()->rowCount(), 2);

        auto *search = page->findChild<QLineEdit *>(QStringLiteral("contractSearch"));
        test::typeCommitted(search, QStringLiteral("数据平台"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->rowAt(0)->contract.id, draft);
        search->clear();
        QTRY_COMPARE(page->model()->rowCount(), 2);

        auto *filter = page->findChild<QComboBox *>(QStringLiteral("contractStatusFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("legal_review")));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->rowAt(0)->contract.id, submitted);
        // "My contracts": the rep's, whatever their status; a manager drafted none.
        filter->setCurrentIndex(filter->findData(QStringLiteral("mine")));
        QCOMPARE(page->model()->rowCount(), 2);
        QVERIFY(m_ws->actAs(m_manager));
        page->reload();
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(m_ws->actAs(m_rep));
        filter->setCurrentIndex(filter->findData(QStringLiteral("signed")));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("contractCount"))
                    ->text()
                    .startsWith(QStringLiteral("0 contract(s)")));
        // Nothing selected: only New is available, and the others say why.
        QVERIFY(button(page.get(), QStringLiteral("newContract"))->isEnabled());
        QPushButton *submit = button(page.get(), QStringLiteral("submitContract"));
        QVERIFY(!submit->isEnabled());
        QVERIFY2(submit->toolTip().contains(QStringLiteral("Select a contract")),
                 qPrintable(submit->toolTip()));

        // Ctrl+N drafts a new contract from the keyboard.
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        QString title;
        auto opened = test::whenModal([&](QWidget *dialog) {
            title = dialog->windowTitle();
            test::click(test::dialogButton(dialog, QDialogButtonBox::Cancel));
        });
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(*opened);
        QCOMPARE(title, QStringLiteral("New contract"));
    }

    // The rules of the buttons, role by role and status by status (R14–R16).
    void theActionsFollowRolesAndStatuses()
    {
        Contract contract;
        contract.number = QStringLiteral("HT20260001");
        contract.products = QStringLiteral("CRM");
        contract.priceFen = 100;
        contract.delivery = QStringLiteral("30天");
        contract.paymentTerms = QStringLiteral("一次付清");
        contract.liability = QStringLiteral("按合同法");
        Instalment instalment;
        instalment.id = 1;
        instalment.due = QDate(2026, 3, 2);
        instalment.amountFen = 100;
        ContractSelection selection{&contract, {instalment}};
        auto allowed = [&](ContractAction action, Role role) {
            return ContractActions::whyNot(action, role, selection).isEmpty();
        };
        // A complete draft: reps and managers submit; nobody approves.
        QVERIFY(allowed(ContractAction::Submit, Role::Rep));
        QVERIFY(!allowed(ContractAction::Submit, Role::Legal));
        QVERIFY(!allowed(ContractAction::Approve, Role::Legal));
        // R14: a missing core term blocks the submission, and the tooltip names it.
        contract.liability.clear();
        QVERIFY(ContractActions::whyNot(ContractAction::Submit, Role::Rep, selection)
                    .contains(QStringLiteral("liability for breach")));
        contract.liability = QStringLiteral("按合同法");
        // R16: a schedule that does not add up too.
        selection.schedule.first().amountFen = 50;
        QVERIFY(ContractActions::whyNot(ContractAction::Submit, Role::Rep, selection)
                    .contains(QStringLiteral("R16")));
        selection.schedule.first().amountFen = 100;
        // R15: each step by its role only.
        const QList<std::tuple<ContractStatus, Role>> steps = {
            {ContractStatus::LegalReview, Role::Legal},
            {ContractStatus::FinanceReview, Role::Finance},
            {ContractStatus::ManagerSign, Role::Manager}};
        for (const auto &[status, owner] : steps) {
            contract.status = status;
            for (Role role : {Role::Rep, Role::Assistant, Role::Manager, Role::Legal, Role::Finance,
                              Role::Admin}) {
                QCOMPARE(allowed(ContractAction::Approve, role), role == owner);
                QCOMPARE(allowed(ContractAction::Reject, role), role == owner);
            }
        }
        QCOMPARE(ContractActions::approveLabel(selection), QStringLiteral("Sign"));
        // Signed: no edit, delivery by sales, payments by finance only while something is open.
        contract.status = ContractStatus::Signed;
        QVERIFY(!allowed(ContractAction::Edit, Role::Rep));
        QVERIFY(allowed(ContractAction::Duplicate, Role::Rep));
        QVERIFY(allowed(ContractAction::StartDelivery, Role::Rep));
        QVERIFY(!allowed(ContractAction::Complete, Role::Rep));
        QVERIFY(allowed(ContractAction::RecordPayment, Role::Finance));
        QVERIFY(!allowed(ContractAction::RecordPayment, Role::Manager));
        selection.schedule.first().paidFen = 100;
        QVERIFY(ContractActions::whyNot(ContractAction::RecordPayment, Role::Finance, selection)
                    .contains(QStringLiteral("paid in full")));
        contract.status = ContractStatus::InDelivery;
        QVERIFY(allowed(ContractAction::Complete, Role::Manager));
        QVERIFY(!allowed(ContractAction::StartDelivery, Role::Manager));
    }

    void theModelPassesTheTesterAndSorts()
    {
        ContractTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ContractRow> rows;
        for (int i = 0; i < 3; ++i) {
            ContractRow row;
            row.contract.id = i + 1;
            row.contract.number = QStringLiteral("HT2026-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            row.contract.customerName = QStringLiteral("客户%1").arg(i);
            row.contract.title = QStringLiteral("合同%1").arg(i);
            row.contract.priceFen = (3 - i) * 100000;
            row.contract.status = i == 0 ? ContractStatus::LegalReview : ContractStatus::Draft;
            if (i == 0)
                row.deadline =
                    StepDeadline{ApprovalStep::Legal, shanghai(2026, 3, 3, 23, 59), true};
            rows << row;
        }
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ContractTableModel::ColumnCount));
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(model.index(0, ContractTableModel::StatusColumn)
                     .data(StatusPillDelegate::PillFillRole)
                     .isValid(),
                 true);
        model.sort(ContractTableModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ContractTableModel::NumberColumn).data().toString(),
                 QStringLiteral("HT2026-0003"));
        QCOMPARE(model.rowOf(1), 2);
        model.sort(ContractTableModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowOf(1), 0);
        QCOMPARE(model.index(0, ContractTableModel::PriceColumn).data().toString(),
                 QStringLiteral("¥3,000.00"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<ContractsPage> openPage()
    {
        auto page =
            std::make_unique<ContractsPage>(*m_ws, test::pageInfo(QStringLiteral("contracts")));
        page->resize(1240, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the contracts page was not exposed");
        return page;
    }

    static QPushButton *button(QWidget *page, const QString &name)
    {
        return child<QPushButton>(page, name);
    }

    static QString cell(ContractsPage *page, int row, int column)
    {
        return page->model()->index(row, column).data().toString();
    }

    ContractStatus status(qint64 id) const
    {
        auto contract = m_ws->contracts().contract(id);
        return contract ? contract->status : ContractStatus::Completed;
    }

    // Clicks the contract's row in the table, as a user selects it.
    static void select(ContractsPage *page, qint64 id)
    {
        const int row = page->model()->rowOf(id);
        QVERIFY(row >= 0);
        QTableView *table = page->table();
        const QRect rect = table->visualRect(page->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(page->selectedId(), id);
    }

    // Approves (or signs) through the dialog with an optional comment.
    static void decide(ContractsPage *page, const QString &buttonName, const QString &comment)
    {
        auto decided = test::whenModal([&](QWidget *dialog) {
            if (!comment.isEmpty())
                test::typeCommitted(child<QPlainTextEdit>(dialog, QStringLiteral("commentEdit")),
                                    comment);
            test::click(test::dialogButton(dialog, QDialogButtonBox::Ok));
        });
        test::click(button(page, buttonName));
        QVERIFY(*decided);
    }

    // A contract drafted by the rep with every core term and, when `scheduled`, a schedule of
    // 100,000 today and 200,000 in a month.
    qint64 draftContract(bool scheduled)
    {
        if (!m_ws->actAs(m_rep))
            return 0;
        Contract c;
        c.customerId = m_customer;
        c.title = QStringLiteral("CRM系统一期");
        c.products = QStringLiteral("CRM软件200用户许可及实施服务");
        c.priceFen = 30000000;
        c.delivery = QStringLiteral("签约后60天内上线");
        c.paymentTerms = QStringLiteral("签约付1/3，验收付2/3");
        c.liability = QStringLiteral("逾期交付每周按合同价0.5%赔偿");
        c.start = QDate(2026, 3, 2);
        c.end = QDate(2027, 3, 1);
        auto drafted = m_ws->contracts().draft(c);
        if (!drafted) {
            qWarning("%s", qPrintable(drafted.error().message));
            return 0;
        }
        if (scheduled) {
            Instalment first;
            first.due = QDate(2026, 3, 2);
            first.amountFen = 10000000;
            first.note = QStringLiteral("签约款");
            Instalment second;
            second.due = QDate(2026, 4, 2);
            second.amountFen = 20000000;
            second.note = QStringLiteral("验收款");
            if (auto set = m_ws->contracts().setSchedule(drafted->id, {first, second}); !set)
                qWarning("%s", qPrintable(set.error().message));
            if (auto submitted = m_ws->contracts().submit(drafted->id); !submitted)
                qWarning("%s", qPrintable(submitted.error().message));
        }
        return drafted->id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    QDateTime m_now;
    QString m_customer;
    const QString m_rep = QStringLiteral("zhang.wei");
    const QString m_legal = QStringLiteral("li.fawu");
    const QString m_finance = QStringLiteral("wang.caiwu");
    const QString m_manager = QStringLiteral("liu.jingli");
};

int runContractsTests(int argc, char **argv)
{
    ContractsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_Contracts.moc"
