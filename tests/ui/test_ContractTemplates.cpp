// SPDX-License-Identifier: MIT
// Contract templates on screen (R14): legal edits the standard sales contract in the editor and
// sees it filled from a real contract; a rep reads but cannot edit; the drafted contract shows the
// customer, the terms and the amount in Chinese capitals, and exports to a PDF with Chinese text.
#include "TestSupport.h"
#include "services/ContractService.h"
#include "services/ContractTemplateService.h"
#include "services/CustomerService.h"
#include "services/UserService.h"
#include "ui/ContractDocumentDialog.h"
#include "ui/ContractTableModel.h"
#include "ui/ContractTemplateDialog.h"
#include "ui/ContractsPage.h"
#include "ui/PageCatalogue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace sf;
using namespace sf::ui;

class ContractTemplatesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    qint64 m_contract = 0;

    void addUser(const char *login, Role role)
    {
        User user;
        user.login = QString::fromLatin1(login);
        user.name = QString::fromLatin1(login);
        user.role = role;
        QVERIFY(m_ws->workspace->users().add(user).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
        Workspace &ws = **m_ws;
        addUser("rep1", Role::Rep);
        addUser("legal1", Role::Legal);
        Customer c;
        c.name = QStringLiteral("杭州华信科技");
        c.region = QStringLiteral("HZ");
        c.firstContactAt = ws.now().addDays(-3);
        c.needs = QStringLiteral("需要CRM系统，预算10-20万，3个月内上线");
        c.ownerLogin = QStringLiteral("rep1");
        auto stored = ws.customers().create(c);
        QVERIFY(stored.ok());
        QVERIFY(ws.actAs(QStringLiteral("rep1")).ok());
        Contract k;
        k.customerId = stored->id;
        k.title = QStringLiteral("CRM系统采购合同");
        k.products = QStringLiteral("CRM系统标准版50用户许可");
        k.priceFen = 12'345'600;
        k.delivery = QStringLiteral("签订后60日内上线");
        k.paymentTerms = QStringLiteral("预付30%");
        k.liability = QStringLiteral("逾期按日万分之五支付违约金");
        auto drafted = ws.contracts().draft(k);
        QVERIFY(drafted.ok());
        m_contract = drafted->id;
    }

    void legalEditsTheStandardTemplateAndSeesItFilled()
    {
        Workspace &ws = **m_ws;
        QVERIFY(ws.actAs(QStringLiteral("legal1")).ok());
        ContractTemplateDialog dialog(ws, m_contract);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templateList"));
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("preview"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QVERIFY(list && body && preview && buttons);
        QCOMPARE(list->count(), 1); // the standard sales contract
        QVERIFY(!body->isReadOnly());
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("Renewal: {customer.name} by {contract.end}."));
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Renewal: 杭州华信科技 by")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("壹拾贰万叁仟肆佰伍拾陆元整")));
        buttons->button(QDialogButtonBox::Save)->click();
        auto templates = ws.contractTemplates().templates();
        QVERIFY(templates.ok());
        QCOMPARE(templates->size(), 1);
        QVERIFY(templates->first().body.contains(QStringLiteral("Renewal: {customer.name} by")));
        QCOMPARE(templates->first().updatedBy, QStringLiteral("legal1"));
    }

    void aRepReadsButCannotEdit()
    {
        Workspace &ws = **m_ws;
        ContractTemplateDialog dialog(ws, m_contract);
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(body && buttons && name);
        QVERIFY(body->isReadOnly());
        QVERIFY(!name->isEnabled());
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        ContractTemplate edited = dialog.current();
        edited.body = QStringLiteral("x");
        QCOMPARE(ws.contractTemplates().save(edited).error().kind, ErrorKind::Permission);
    }

    void theContractsPageOpensTheDocumentOfTheSelectedContract()
    {
        Workspace &ws = **m_ws;
        ContractsPage page(ws, test::pageInfo(QStringLiteral("contracts")));
        page.resize(1240, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *document = page.findChild<QAction *>(QStringLiteral("contractDocumentAction"));
        QVERIFY(document);
        QVERIFY(!document->isEnabled()); // nothing selected
        const int row = page.model()->rowOf(m_contract);
        QVERIFY(row >= 0);
        QTableView *table = page.table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(page.model()->index(row, 0)).center());
        QTRY_VERIFY(document->isEnabled());
        QString shown;
        auto handled = test::whenModal([&](QWidget *dialog) {
            if (auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("contractText")))
                shown = text->toPlainText();
            static_cast<QDialog *>(dialog)->reject();
        });
        document->trigger();
        QVERIFY(*handled);
        QVERIFY(shown.contains(QStringLiteral("杭州华信科技")));
        // A rep may not edit templates: the menu entry says why.
        auto *templates = page.findChild<QAction *>(QStringLiteral("contractTemplatesAction"));
        QVERIFY(templates);
        QVERIFY(!templates->isEnabled());
        QVERIFY(templates->toolTip().contains(QStringLiteral("legal")));
    }

    void theDraftedContractExportsToAPdfWithChineseText()
    {
        Workspace &ws = **m_ws;
        ContractDocumentDialog dialog(ws, m_contract);
        auto *text = dialog.findChild<QTextBrowser *>(QStringLiteral("contractText"));
        QVERIFY(text);
        const QString shown = text->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("HT")));
        QVERIFY(shown.contains(QStringLiteral("甲方（买方）：杭州华信科技")));
        QVERIFY(shown.contains(QStringLiteral("123,456.00")));
        QVERIFY(shown.contains(QStringLiteral("逾期按日万分之五支付违约金")));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("HT2")));
        auto drafted = ws.contractTemplates().draft(
            m_contract, dialog.templateCombo()->currentData().toLongLong());
        QVERIFY(drafted.ok());
        const QString pdf = m_ws->dir.filePath(QStringLiteral("contract.pdf"));
        QVERIFY(ws.contractTemplates().writePdf(*drafted, pdf).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.contains("CJK"), "no CJK font in the PDF");
    }
};

int runContractTemplateTests(int argc, char **argv)
{
    ContractTemplatesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_ContractTemplates.moc"
