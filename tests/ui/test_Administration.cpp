// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "services/CalendarService.h"
#include "services/RegionService.h"
#include "services/UserService.h"
#include "ui/AdministrationPage.h"
#include "ui/CalendarAdminPage.h"
#include "ui/MainWindow.h"
#include "ui/RegionModel.h"
#include "ui/RegionsPage.h"
#include "ui/SpecialDayDialog.h"
#include "ui/SpecialDayModel.h"
#include "ui/UserModel.h"
#include "ui/UsersPage.h"
#include "ui/YearCalendarView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace sf;
using namespace sf::ui;
using test::column;
using test::typeInto;

namespace {

constexpr int kYear = 2025;
const QDate kSaturday(2025, 3, 15); // an ordinary weekend day in the 2025 schedule

void clickRow(QTableView *table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class AdministrationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_workspace = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error));
        m_window = std::make_unique<MainWindow>(**m_workspace);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // To the administration page through the sidebar, as a user gets there.
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const int row = m_window->pageIndex(QStringLiteral("administration"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
        m_admin =
            qobject_cast<AdministrationPage *>(m_window->page(QStringLiteral("administration")));
        QVERIFY(m_admin);
        QCOMPARE(m_window->currentPage(), row);
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void regionAddedThroughTheDialog()
    {
        showTab(AdministrationPage::RegionsTab);
        RegionModel *model = m_admin->regionsPage()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model->rowCount();
        QVERIFY(!column(*model, RegionModel::CodeColumn).contains(QStringLiteral("QD")));
        auto handled = test::whenModal([](QWidget *dialog) {
            typeInto(dialog, "codeEdit", QStringLiteral("qd")); // capitals are typed for us
            typeInto(dialog, "nameEdit", QStringLiteral("Qingdao"));
            test::click(test::dialogButton(dialog, QDialogButtonBox::Ok));
        });
        test::click(button("addRegionButton"));
        QVERIFY(*handled);
        QCOMPARE(model->rowCount(), before + 1);
        const int row = model->rowOf(QStringLiteral("QD"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, RegionModel::NameColumn).data().toString(),
                 QStringLiteral("Qingdao"));
        QCOMPARE(model->index(row, RegionModel::StatusColumn).data().toString(),
                 QStringLiteral("Active"));
        auto stored = (*m_workspace)->regions().find(QStringLiteral("QD"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value().name, QStringLiteral("Qingdao"));
    }

    void regionRefusalsAreShownInTheDialog()
    {
        showTab(AdministrationPage::RegionsTab);
        const int before = m_admin->regionsPage()->model()->rowCount();
        QVERIFY(m_admin->regionsPage()->model()->rowOf(QStringLiteral("HZ")) >= 0);
        QStringList errors;
        bool stayedOpen = false;
        auto handled = test::whenModal([&errors, &stayedOpen](QWidget *dialog) {
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            QAbstractButton *ok = test::dialogButton(dialog, QDialogButtonBox::Ok);
            typeInto(dialog, "codeEdit", QStringLiteral("H"));
            typeInto(dialog, "nameEdit", QStringLiteral("Somewhere"));
            test::click(ok);
            errors.append(error->isVisible() ? error->text() : QString());
            typeInto(dialog, "codeEdit", QStringLiteral("HZ")); // exists already
            test::click(ok);
            errors.append(error->isVisible() ? error->text() : QString());
            stayedOpen = dialog->isVisible();
            test::click(test::dialogButton(dialog, QDialogButtonBox::Cancel));
        });
        test::click(button("addRegionButton"));
        QVERIFY(*handled);
        QVERIFY(stayedOpen);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QStringLiteral("2 or 3 capital letters")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("already exists")), qPrintable(errors.at(1)));
        QCOMPARE(m_admin->regionsPage()->model()->rowCount(), before);
    }

    void regionRenamedAndDeactivated()
    {
        showTab(AdministrationPage::RegionsTab);
        auto *table =
            m_admin->regionsPage()->findChild<QTableView *>(QStringLiteral("regionTable"));
        const int row = m_admin->regionsPage()->model()->rowOf(QStringLiteral("HZ"));
        QVERIFY(row >= 0);
        clickRow(table, row);
        auto renamed = test::whenModal([](QWidget *dialog) {
            typeInto(dialog, "nameEdit", QStringLiteral("Hangzhou East"));
            test::click(test::dialogButton(dialog, QDialogButtonBox::Ok));
        });
        test::click(button("renameRegionButton"));
        QVERIFY(*renamed);
        QCOMPARE((*m_workspace)->regions().find(QStringLiteral("HZ"))->value().name,
                 QStringLiteral("Hangzhou East"));
        QCOMPARE(table->model()->index(row, RegionModel::NameColumn).data().toString(),
                 QStringLiteral("Hangzhou East"));

        auto confirmed = test::whenModal([](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box));
            test::click(test::dialogButton(box, QMessageBox::Yes));
        });
        test::click(button("activeRegionButton"));
        QVERIFY(*confirmed);
        QVERIFY(!(*m_workspace)->regions().find(QStringLiteral("HZ"))->value().active);
        QCOMPARE(table->model()->index(row, RegionModel::StatusColumn).data().toString(),
                 QStringLiteral("Inactive"));
        QCOMPARE(button("activeRegionButton")->text(), QStringLiteral("&Activate"));
    }

    void makeUpDayAddedAndRemoved()
    {
        showTab(AdministrationPage::CalendarTab);
        CalendarAdminPage *calendar = m_admin->calendarPage();
        QAbstractItemModelTester tester(calendar->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseYear(kYear);
        QCOMPARE(calendar->year(), kYear);
        QVERIFY(calendar->model()->rowCount() > 0); // the bundled 2025 schedule
        QCOMPARE(calendar->model()->rowOf(kSaturday), -1);
        QVERIFY(!(*m_workspace)->calendar().workCalendar()->isWorkday(kSaturday));

        // Pick the Saturday in the year view, then Add…: the dialog starts from it.
        auto *view = calendar->findChild<YearCalendarView *>(QStringLiteral("yearView"));
        QVERIFY(!view->dayRect(kSaturday).isEmpty());
        QTest::mouseClick(view, Qt::LeftButton, {}, view->dayRect(kSaturday).center());
        QCOMPARE(view->selectedDate(), kSaturday);
        QDate dialogDate;
        QString dialogKind;
        auto added = test::whenModal([&dialogDate, &dialogKind](QWidget *dialog) {
            QVERIFY(qobject_cast<SpecialDayDialog *>(dialog));
            dialogDate = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date();
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_End); // the last kind: make-up working day
            dialogKind = kind->currentText();
            typeInto(dialog, "nameEdit", QStringLiteral("Test make-up"));
            test::click(test::dialogButton(dialog, QDialogButtonBox::Ok));
        });
        test::click(calendarButton("addButton"));
        QVERIFY(*added);
        QCOMPARE(dialogDate, kSaturday);
        QCOMPARE(dialogKind, QStringLiteral("Make-up working day"));

        const int row = calendar->model()->rowOf(kSaturday);
        QVERIFY(row >= 0);
        const SpecialDayModel &model = *calendar->model();
        QCOMPARE(model.index(row, SpecialDayModel::DateColumn).data().toString(),
                 QStringLiteral("2025-03-15"));
        QCOMPARE(model.index(row, SpecialDayModel::KindColumn).data().toString(),
                 QStringLiteral("Make-up working day"));
        QCOMPARE(model.index(row, SpecialDayModel::NameColumn).data().toString(),
                 QStringLiteral("Test make-up"));
        QVERIFY((*m_workspace)->calendar().workCalendar()->isWorkday(kSaturday));

        // Remove it again: select its row, Remove, confirm.
        auto *table = calendar->findChild<QTableView *>(QStringLiteral("dayTable"));
        clickRow(table, row);
        auto removed = test::whenModal(
            [](QWidget *box) { test::click(test::dialogButton(box, QMessageBox::Yes)); });
        test::click(calendarButton("removeButton"));
        QVERIFY(*removed);
        QCOMPARE(calendar->model()->rowOf(kSaturday), -1);
        QVERIFY(!(*m_workspace)->calendar().workCalendar()->isWorkday(kSaturday));
    }

    void specialDayNeedsAName()
    {
        showTab(AdministrationPage::CalendarTab);
        const int before = m_admin->calendarPage()->model()->rowCount();
        QString error;
        auto handled = test::whenModal([&error](QWidget *dialog) {
            typeInto(dialog, "nameEdit", QString());
            test::click(test::dialogButton(dialog, QDialogButtonBox::Ok));
            auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            error = label->isVisible() ? label->text() : QString();
            test::click(test::dialogButton(dialog, QDialogButtonBox::Cancel));
        });
        test::click(calendarButton("addButton"));
        QVERIFY(*handled);
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
        QCOMPARE(m_admin->calendarPage()->model()->rowCount(), before);
    }

    void usersTabListsTheAdministrator()
    {
        showTab(AdministrationPage::UsersTab);
        UserModel *model = m_admin->usersPage()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(column(*model, UserModel::LoginColumn).contains(QStringLiteral("admin")));
        QVERIFY(column(*model, UserModel::RoleColumn).contains(QStringLiteral("Administrator")));
    }

    void otherRolesSeeAdministrationReadOnly()
    {
        User rep;
        rep.login = QStringLiteral("li.lei");
        rep.name = QStringLiteral("Li Lei");
        rep.role = Role::Rep;
        rep.senior = true;
        QVERIFY((*m_workspace)->users().add(rep));
        QVERIFY((*m_workspace)->actAs(rep.login));
        MainWindow window(**m_workspace);
        auto *admin =
            qobject_cast<AdministrationPage *>(window.page(QStringLiteral("administration")));
        QVERIFY(admin);
        for (const char *name : {"addButton", "importButton", "editButton", "removeButton"}) {
            auto *found =
                admin->calendarPage()->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(found && !found->isEnabled(), name);
        }
        auto *add =
            admin->regionsPage()->findChild<QPushButton *>(QStringLiteral("addRegionButton"));
        QVERIFY(add && !add->isEnabled());
        QVERIFY(!add->toolTip().isEmpty());
        auto *user = window.findChild<QLabel *>(QStringLiteral("userLabel"));
        QVERIFY2(user->text().contains(QStringLiteral("Li Lei")), qPrintable(user->text()));
        QVERIFY2(user->text().contains(QStringLiteral("Sales rep")), qPrintable(user->text()));
    }

private:
    void showTab(AdministrationPage::Tab tab)
    {
        auto *tabs = m_admin->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        QCOMPARE(tabs->currentIndex(), int(tab));
    }

    void chooseYear(int year)
    {
        auto *combo = m_admin->calendarPage()->findChild<QComboBox *>(QStringLiteral("yearCombo"));
        const int index = combo->findData(year);
        QVERIFY(index >= 0);
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > index)
            QTest::keyClick(combo, Qt::Key_Up);
    }

    QPushButton *button(const char *name) const
    {
        auto *found = m_admin->regionsPage()->findChild<QPushButton *>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }

    QPushButton *calendarButton(const char *name) const
    {
        auto *found = m_admin->calendarPage()->findChild<QPushButton *>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    AdministrationPage *m_admin = nullptr;
};

int runAdministrationTests(int argc, char **argv)
{
    AdministrationTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_Administration.moc"
