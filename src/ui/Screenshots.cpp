// SPDX-License-Identifier: MIT
#include "ui/Screenshots.h"

#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/ServiceRecordService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/AdministrationPage.h"
#include "ui/AuditTrailPage.h"
#include "ui/ConnectionDialog.h"
#include "ui/ContractDialog.h"
#include "ui/ContractDocumentDialog.h"
#include "ui/ContractTableModel.h"
#include "ui/ContractTemplateDialog.h"
#include "ui/ContractsPage.h"
#include "ui/CustomerDialog.h"
#include "ui/CustomerTableModel.h"
#include "ui/CustomersPage.h"
#include "ui/FollowUpDialog.h"
#include "ui/FollowUpPlansPage.h"
#include "ui/GanttView.h"
#include "ui/GradeDialog.h"
#include "ui/ImportWizard.h"
#include "ui/MainWindow.h"
#include "ui/MyDayPage.h"
#include "ui/PaymentDialog.h"
#include "ui/PlanItemDialog.h"
#include "ui/PlanItemModel.h"
#include "ui/ReceivablesPage.h"
#include "ui/ServiceRecordDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/UserDialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace sf::ui {
namespace {

const QSize kWindowSize(1280, 800);

// The offscreen platform warns that it cannot do what only a real screen can ("This plugin does
// not support propagateSizeHints()"); those lines are noise in a screenshot run. Every other
// message goes to the handler that was installed before.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

class QuietPlatformWarnings final
{
public:
    QuietPlatformWarnings() { previousHandler = qInstallMessageHandler(quietHandler); }
    ~QuietPlatformWarnings() { qInstallMessageHandler(previousHandler); }
    Q_DISABLE_COPY_MOVE(QuietPlatformWarnings)
};

// Lets layouts, style polish and deferred updates settle before a widget is grabbed.
void settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    settle();
    const QString path = dir.filePath(name);
    if (widget->grab().save(path, "PNG"))
        return true;
    std::fprintf(stderr, "%s\n",
                 qUtf8Printable(QCoreApplication::translate("Screenshots", "Cannot write %1.")
                                    .arg(QDir::toNativeSeparators(path))));
    return false;
}

// Waits (a few seconds at most) for the lazy customer table, then selects its first row so the
// detail panel shows a customer.
void showFirstCustomer(CustomersPage &page)
{
    QElapsedTimer waited;
    waited.start();
    while ((page.model()->isLoading() || page.model()->rowCount() == 0) && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (page.model()->rowCount() > 0)
        page.table()->selectRow(0);
}

// The import wizard on a file of a few customers, one of them without a first contact: the
// column mapping, then the dry run with its rejected row.
bool saveImportWizard(Workspace &workspace, QWidget &window, const QDir &target, int &number)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("leads.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("客户名称,首次接触时间,区域,所属行业,联系人,联系方式,需求描述\r\n"
                              "宁波海曙青峰贸易有限公司,2026/03/02 10:00,HZ,批发零售,周敏,"
                              "13900001111,需要ERP升级，预算30-50万，6个月内上线\r\n"
                              "温州鹿城远帆电子有限公司,,HZ,电子元器件,吴刚,13900002222,"
                              "有软件需求\r\n"
                              "嘉兴南湖云杉科技有限公司,2026年3月5日,HZ,软件与信息技术,郑丽,"
                              "13900003333,需要CRM系统，预算10-20万，3个月内上线\r\n")
                   .toUtf8());
    file.close();
    ImportWizard wizard(workspace, &window);
    wizard.setAttribute(Qt::WA_DontShowOnScreen);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    if (!save(&wizard, target,
              QStringLiteral("%1-import-columns.png").arg(++number, 2, 10, QLatin1Char('0'))))
        return false;
    wizard.next();
    const bool saved =
        save(&wizard, target,
             QStringLiteral("%1-import-check.png").arg(++number, 2, 10, QLatin1Char('0')));
    wizard.reject(); // the dry run wrote nothing
    return saved;
}

// The first senior rep (of the demo team): the pages show their day and their plans.
QString firstSeniorRep(Workspace &workspace)
{
    if (auto users = workspace.users().list()) {
        for (const User &user : *users) {
            if (user.senior && user.role == Role::Rep)
                return user.login;
        }
    }
    return {};
}

// The sign-in as a demo rep sees it, and the administrator's form of a user.
bool saveSignInAndUser(Workspace &workspace, QWidget &window, const QDir &target, int &number)
{
    QString login = firstSeniorRep(workspace);
    if (login.isEmpty())
        login = UserService::localAdminLogin();
    SignInDialog signIn(workspace, login, &window);
    signIn.showSignInPage();
    signIn.setAttribute(Qt::WA_DontShowOnScreen);
    signIn.show();
    if (!save(&signIn, target,
              QStringLiteral("%1-sign-in-dialog.png").arg(++number, 2, 10, QLatin1Char('0'))))
        return false;
    signIn.hide();
    auto user = workspace.users().find(login);
    if (!user || !user->has_value())
        return true;
    UserDialog form(workspace, **user, &window);
    form.setAttribute(Qt::WA_DontShowOnScreen);
    form.show();
    return save(&form, target,
                QStringLiteral("%1-user-dialog.png").arg(++number, 2, 10, QLatin1Char('0')));
}

// A desktop of a team: the connection to the team's server, and signing in there (nothing is
// connected to: the address is an example).
bool saveTeamServerSignIn(Workspace &workspace, QWidget &window, const QDir &target, int &number)
{
    const QString server = QStringLiteral("postgresql://crm.example.com/salesflow");
    ConnectionDialog connection(server, &window);
    connection.setAttribute(Qt::WA_DontShowOnScreen);
    connection.show();
    if (!save(&connection, target,
              QStringLiteral("%1-connection-dialog.png").arg(++number, 2, 10, QLatin1Char('0'))))
        return false;
    connection.hide();
    QString login = firstSeniorRep(workspace);
    SignInDialog signIn(server, login.isEmpty() ? QStringLiteral("li.wei") : login, &window);
    signIn.setAttribute(Qt::WA_DontShowOnScreen);
    signIn.show();
    return save(
        &signIn, target,
        QStringLiteral("%1-team-server-sign-in-dialog.png").arg(++number, 2, 10, QLatin1Char('0')));
}

// The plans of the first senior rep, a plan item selected.
void showPlansOfASeniorRep(Workspace &workspace, FollowUpPlansPage &plans)
{
    plans.showPlans(firstSeniorRep(workspace));
    plans.chart()->setFocus();
    QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
    QCoreApplication::sendEvent(plans.chart(), &down);
    plans.chart()->scrollToToday();
}

// The plan item form on the selected item, and the follow-up form with an opinion typed in.
bool savePlanForms(Workspace &workspace, FollowUpPlansPage &plans, const QDir &target, int &number)
{
    const PlanItem *item =
        plans.model()->item(plans.model()->rowOfItem(plans.chart()->currentItemId()));
    const QString customerId = item ? item->customerId : QString();
    PlanItemDialog form(workspace, item ? std::optional<PlanItem>(*item) : std::nullopt, customerId,
                        item ? item->start : workspace.today(), &plans);
    form.setAttribute(Qt::WA_DontShowOnScreen);
    form.show();
    if (!save(&form, target,
              QStringLiteral("%1-plan-item-form.png").arg(++number, 2, 10, QLatin1Char('0'))))
        return false;
    form.hide();
    FollowUpDialog record(workspace, customerId, &plans);
    record.setAttribute(Qt::WA_DontShowOnScreen);
    record.show();
    record.findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"))
        ->setPlainText(QCoreApplication::translate(
            "Screenshots", "Talked with the technical director about data migration; strong "
                           "intent"));
    const bool saved =
        save(&record, target,
             QStringLiteral("%1-follow-up-form.png").arg(++number, 2, 10, QLatin1Char('0')));
    record.reject();
    return saved;
}

// The first contract of the page in `status` selected (the list is newest first); its id, or 0.
qint64 selectContractAt(ContractsPage &page, ContractStatus status)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const ContractRow *line = page.model()->rowAt(row);
        if (line && line->contract.status == status) {
            page.selectContract(line->contract.id);
            return line->contract.id;
        }
    }
    return 0;
}

// The contract form on a new draft with its core terms half typed (R14 says what is missing),
// and the payment dialog on a signed contract with instalments still open.
bool saveContractForms(Workspace &workspace, ContractsPage &page, const QDir &target, int &number)
{
    const ContractRow *newest = page.model()->rowAt(0);
    ContractDialog form(workspace, std::nullopt, newest ? newest->contract.customerId : QString(),
                        &page);
    form.setAttribute(Qt::WA_DontShowOnScreen);
    form.show();
    form.findChild<QLineEdit *>(QStringLiteral("titleEdit"))
        ->setText(QCoreApplication::translate("Screenshots", "CRM system, phase 1"));
    form.findChild<QPlainTextEdit *>(QStringLiteral("productsEdit"))
        ->setPlainText(QCoreApplication::translate(
            "Screenshots", "CRM licences for 200 users, implementation and training"));
    form.findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("300,000.00"));
    form.findChild<QLineEdit *>(QStringLiteral("deliveryEdit"))
        ->setText(QCoreApplication::translate("Screenshots", "live within 60 days of signing"));
    if (!save(&form, target,
              QStringLiteral("%1-contract-form.png").arg(++number, 2, 10, QLatin1Char('0'))))
        return false;
    form.reject();
    // The signed contract with the most instalments still open: the dialog lists them.
    const ContractRow *chosen = nullptr;
    qsizetype mostOpen = 0;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const ContractRow *line = page.model()->rowAt(row);
        if (!isSignedStatus(line->contract.status))
            continue;
        auto schedule = workspace.contracts().schedule(line->contract.id);
        const auto open = schedule ? std::count_if(schedule->cbegin(), schedule->cend(),
                                                   [](const Instalment &instalment) {
                                                       return instalment.outstandingFen() > 0;
                                                   })
                                   : 0;
        if (open > mostOpen) {
            mostOpen = open;
            chosen = line;
        }
    }
    if (!chosen)
        return true;
    page.selectContract(chosen->contract.id);
    PaymentDialog payment(workspace, chosen->contract, &page);
    payment.setAttribute(Qt::WA_DontShowOnScreen);
    payment.show();
    // A partial payment typed: the dialog says what it leaves open.
    payment.findChild<QLineEdit *>(QStringLiteral("amountEdit"))
        ->setText(QStringLiteral("50,000.00"));
    payment.findChild<QLineEdit *>(QStringLiteral("referenceEdit"))
        ->setText(QStringLiteral("ICBC 2026112700815"));
    const bool saved =
        save(&payment, target,
             QStringLiteral("%1-payment-dialog.png").arg(++number, 2, 10, QLatin1Char('0')));
    payment.reject();
    return saved;
}

// The service record form on the latest rated record that plans a maintenance (stage 4); none
// without such a record (as without demo contracts).
bool saveServiceRecordForm(Workspace &workspace, QWidget &window, const QDir &target, int &number)
{
    ServiceRecordQuery query;
    query.limit = 200;
    auto records = workspace.afterSales().records(query);
    if (!records)
        return false;
    for (const ServiceRecord &record : *records) {
        if (!record.satisfaction || !record.nextMaintenance)
            continue;
        ServiceRecordDialog form(workspace, record, &window);
        form.setAttribute(Qt::WA_DontShowOnScreen);
        form.show();
        const bool saved = save(
            &form, target,
            QStringLiteral("%1-service-record-form.png").arg(++number, 2, 10, QLatin1Char('0')));
        form.reject();
        return saved;
    }
    return true;
}

// The contract document drafted from the standard template, and the template editor beside its
// preview, for the first signed contract; none without contracts.
bool saveContractDocuments(Workspace &workspace, ContractsPage &page, const QDir &target,
                           int &number)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const ContractRow *line = page.model()->rowAt(row);
        if (!isSignedStatus(line->contract.status))
            continue;
        ContractDocumentDialog document(workspace, line->contract.id, &page);
        document.setAttribute(Qt::WA_DontShowOnScreen);
        document.show();
        if (!save(
                &document, target,
                QStringLiteral("%1-contract-document.png").arg(++number, 2, 10, QLatin1Char('0'))))
            return false;
        document.reject();
        ContractTemplateDialog editor(workspace, line->contract.id, &page);
        editor.setAttribute(Qt::WA_DontShowOnScreen);
        editor.show();
        const bool saved = save(
            &editor, target,
            QStringLiteral("%1-contract-templates.png").arg(++number, 2, 10, QLatin1Char('0')));
        editor.reject();
        return saved;
    }
    return true;
}

} // namespace

int writeScreenshots(Workspace &workspace, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(
                         QCoreApplication::translate("Screenshots", "Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(dir))));
        return 1;
    }
    const QDir target(dir);
    const QuietPlatformWarnings quiet;
    MainWindow window(workspace);
    // Rendered, never shown: running it on a desktop does not flash windows.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setWindowState(Qt::WindowNoState);
    window.resize(kWindowSize);
    window.show();
    window.resize(kWindowSize);

    auto *customers = qobject_cast<CustomersPage *>(window.page(QStringLiteral("customers")));
    auto *plans = qobject_cast<FollowUpPlansPage *>(window.page(QStringLiteral("follow-up-plans")));
    auto *contracts = qobject_cast<ContractsPage *>(window.page(QStringLiteral("contracts")));
    int number = 0;
    for (int index = 0; index < window.pageCount(); ++index) {
        window.showPage(index);
        if (customers && window.pageKey(index) == QLatin1String("customers"))
            showFirstCustomer(*customers);
        if (plans && window.pageKey(index) == QLatin1String("follow-up-plans"))
            showPlansOfASeniorRep(workspace, *plans);
        if (auto *day = qobject_cast<MyDayPage *>(window.page(window.pageKey(index))))
            day->showDayOf(firstSeniorRep(workspace));
        if (contracts && window.pageKey(index) == QLatin1String("contracts"))
            selectContractAt(*contracts, ContractStatus::FinanceReview);
        if (auto *money = qobject_cast<ReceivablesPage *>(window.page(window.pageKey(index))))
            money->setGrouping(ReceivablesGrouping::Customer);
        const QString name = QStringLiteral("%1-%2.png")
                                 .arg(++number, 2, 10, QLatin1Char('0'))
                                 .arg(window.pageKey(index));
        if (!save(&window, target, name))
            return 1;
    }

    SettingsDialog settings(workspace, &window);
    settings.setAttribute(Qt::WA_DontShowOnScreen);
    settings.show();
    settings.adjustSize();
    const bool settingsSaved =
        save(&settings, target,
             QStringLiteral("%1-settings-dialog.png").arg(++number, 2, 10, QLatin1Char('0')));
    settings.hide();
    if (!settingsSaved)
        return 1;

    const int administration = window.pageIndex(QStringLiteral("administration"));
    auto *admin = qobject_cast<AdministrationPage *>(window.page(QStringLiteral("administration")));
    if (admin) {
        window.showPage(administration);
        admin->showTab(AdministrationPage::RegionsTab);
        if (!save(&window, target,
                  QStringLiteral("%1-administration-regions.png")
                      .arg(++number, 2, 10, QLatin1Char('0'))))
            return 1;
        admin->showTab(AdministrationPage::CalendarTab);
    }

    if (customers) {
        window.showPage(window.pageIndex(QStringLiteral("customers")));
        showFirstCustomer(*customers);
        CustomerDialog form(workspace, std::nullopt, &window);
        form.setAttribute(Qt::WA_DontShowOnScreen);
        form.show();
        const QString id = customers->selectedIds().value(0);
        if (auto existing = workspace.customers().find(id); existing && existing->has_value()) {
            // The duplicate warning, as a user typing an existing company sees it.
            form.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText((*existing)->name);
        }
        // The form checks what was typed after a short pause.
        QElapsedTimer typing;
        typing.start();
        while (typing.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!save(&form, target,
                  QStringLiteral("%1-customer-form.png").arg(++number, 2, 10, QLatin1Char('0'))))
            return 1;
        form.hide();
        GradeDialog grade(workspace, customers->selectedIds(), &window);
        grade.setAttribute(Qt::WA_DontShowOnScreen);
        grade.show();
        grade.adjustSize();
        if (!save(&grade, target,
                  QStringLiteral("%1-grade-dialog.png").arg(++number, 2, 10, QLatin1Char('0'))))
            return 1;
        grade.hide();
        if (!saveImportWizard(workspace, window, target, number))
            return 1;
    }
    if (plans && !savePlanForms(workspace, *plans, target, number))
        return 1;
    if (auto *money = qobject_cast<ReceivablesPage *>(window.page(QStringLiteral("payments")))) {
        // The receivables by ageing bucket, the oldest first.
        window.showPage(window.pageIndex(QStringLiteral("payments")));
        money->setGrouping(ReceivablesGrouping::Bucket);
        const bool saved = save(
            &window, target,
            QStringLiteral("%1-receivables-ageing.png").arg(++number, 2, 10, QLatin1Char('0')));
        money->setGrouping(ReceivablesGrouping::Customer);
        if (!saved)
            return 1;
    }
    if (contracts) {
        window.showPage(window.pageIndex(QStringLiteral("contracts")));
        if (!saveContractForms(workspace, *contracts, target, number))
            return 1;
    }
    if (!saveServiceRecordForm(workspace, window, target, number))
        return 1;
    if (contracts && !saveContractDocuments(workspace, *contracts, target, number))
        return 1;
    if (admin) {
        // Administration › Audit trail, the newest changes first.
        window.showPage(administration);
        admin->showTab(AdministrationPage::AuditTab);
        // The entries and their count are read in their own thread: the picture shows them.
        QElapsedTimer waited;
        waited.start();
        while (admin->auditPage()->busy() && waited.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const bool saved = save(
            &window, target,
            QStringLiteral("%1-administration-audit.png").arg(++number, 2, 10, QLatin1Char('0')));
        admin->showTab(AdministrationPage::CalendarTab);
        if (!saved)
            return 1;
    }
    return saveSignInAndUser(workspace, window, target, number) &&
                   saveTeamServerSignIn(workspace, window, target, number)
               ? 0
               : 1;
}

} // namespace sf::ui
