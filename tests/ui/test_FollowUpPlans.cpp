// SPDX-License-Identifier: MIT
// Stage 2 on screen: a rep making a follow-up plan in the Gantt chart (new items through the form,
// dragging and keyboard moves saved and undoable, R9 and R10 beside the fields), recording a
// follow-up (R11's opinion hint, the diamond on the chart), exporting the chart, and My day.
#include "TestSupport.h"
#include "core/Deadlines.h"
#include "services/CalendarService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "ui/FollowUpPlansPage.h"
#include "ui/GanttView.h"
#include "ui/MyDayPage.h"
#include "ui/PageCatalogue.h"
#include "ui/PlanItemModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <tuple>

using namespace sf;
using namespace sf::ui;

namespace {

constexpr int kWaitMs = 5000;

// The chart's layout (GanttView.cpp): the label column, the two header lines, one row.
constexpr int kLabelWidth = 300;
constexpr int kHeaderHeight = 50;
constexpr int kRowHeight = 30;

using test::pageInfo;
using test::typeCommitted;

QPushButton *button(QWidget *parent, const QString &objectName)
{
    return parent->findChild<QPushButton *>(objectName);
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *candidate : parent->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

// The first day of the chart's axis as GanttView lays it out: the Monday a week before the
// earliest of today, the items' dates and the follow-up marks (on their day in the team's time
// zone).
QDate axisStart(const PlanItemModel &model)
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    QDate first = model.today();
    for (int row = 0; row < model.rowCount(); ++row) {
        first = std::min({first, model.item(row)->start, model.item(row)->due});
    }
    for (const FollowUpMark &mark : model.marks())
        first = std::min(first, mark.contactAt.toTimeZone(zone).date());
    return first.addDays(1 - first.dayOfWeek()).addDays(-7);
}

// The chart row of an item: each customer has a header row above its items.
int chartRow(const PlanItemModel &model, qint64 id)
{
    int row = -1;
    QString customer;
    for (int modelRow = 0; modelRow < model.rowCount(); ++modelRow) {
        const PlanItem *item = model.item(modelRow);
        if (item->customerId != customer) {
            customer = item->customerId;
            ++row;
        }
        ++row;
        if (item->id == id)
            return row;
    }
    return -1;
}

// The bar of an item in the chart's viewport, where a user sees it.
QRect barRect(const FollowUpPlansPage &page, qint64 id)
{
    const PlanItemModel &model = *page.model();
    const PlanItem *item = model.item(model.rowOfItem(id));
    if (!item)
        return {};
    const GanttView *chart = page.chart();
    const int dayWidth = chart->dayWidth();
    const int left = kLabelWidth + int(axisStart(model).daysTo(item->start)) * dayWidth -
                     chart->horizontalScrollBar()->value();
    const int top =
        kHeaderHeight + chartRow(model, id) * kRowHeight - chart->verticalScrollBar()->value();
    return QRect(left + 1, top + 7, int(item->start.daysTo(item->due) + 1) * dayWidth - 2,
                 kRowHeight - 14);
}

// Moves the mouse over the chart without a button, as a hovering user does.
Qt::CursorShape hoverShape(GanttView *chart, QPoint pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, chart->viewport()->mapToGlobal(pos), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart->viewport(), &move);
    return chart->viewport()->cursor().shape();
}

// Drags with the left button from `from` to `to` in steps, as a hand does.
void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    constexpr int kSteps = 4;
    for (int step = 1; step <= kSteps; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / kSteps);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// A double click as the window system delivers it: press, release, double click, release.
void doubleClick(QWidget *widget, QPoint pos)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

} // namespace

class FollowUpPlansTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_workspace = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error));
        Workspace &ws = **m_workspace;
        m_admin = ws.actor().login;
        for (const auto &[login, name, role] :
             {std::tuple{m_rep, QStringLiteral("张伟"), Role::Rep},
              std::tuple{m_manager, QStringLiteral("刘经理"), Role::Manager}}) {
            User user;
            user.login = login;
            user.name = name;
            user.role = role;
            user.senior = true;
            auto added = ws.users().add(user);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        }
        m_customerId = enter(QStringLiteral("杭州青禾数智科技有限公司"), Grade::A, m_rep);
        QVERIFY(!m_customerId.isEmpty());
        QVERIFY(ws.actAs(m_rep));
        m_today = ws.today();
    }

    void cleanup() { m_workspace.reset(); }

    void newItemIsDraggedAndTheMoveUndone()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 0);
        const QDate start = m_today.addDays(3);
        const QDate due = m_today.addDays(5);

        bool saveWasEnabled = false;
        auto entered = test::whenModal([&](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("customerEdit")),
                             m_customerId);
            typeCommitted(dialog->findChild<QLineEdit *>(QStringLiteral("actionEdit")),
                          QStringLiteral("演示审批流程"));
            auto *counterpart = dialog->findChild<QComboBox *>(QStringLiteral("counterpartCombo"));
            // The customer's contacts are offered; the user types another one.
            QVERIFY(counterpart->findText(QStringLiteral("李明 技术总监")) >= 0);
            typeCommitted(counterpart->lineEdit(), QStringLiteral("王工 信息部经理"));
            dialog->findChild<QDateEdit *>(QStringLiteral("startEdit"))->setDate(start);
            dialog->findChild<QDateEdit *>(QStringLiteral("dueEdit"))->setDate(due);
            QAbstractButton *save = test::dialogButton(dialog, QDialogButtonBox::Save);
            saveWasEnabled = save->isEnabled();
            test::click(save);
        });
        test::click(button(page.get(), QStringLiteral("newPlanItem")));
        QVERIFY(*entered);
        QVERIFY(saveWasEnabled);

        QCOMPARE(page->model()->rowCount(), 1);
        const PlanItem shown = *page->model()->item(0);
        QCOMPARE(shown.action, QStringLiteral("演示审批流程"));
        QCOMPARE(shown.counterpart, QStringLiteral("王工 信息部经理"));
        QCOMPARE(shown.start, start);
        QCOMPARE(shown.due, due);
        QCOMPARE(page->chart()->currentItemId(), shown.id);
        QCOMPARE(stored(shown.id).start, start);

        // Dragging the middle of the bar by two days.
        GanttView *chart = page->chart();
        QPushButton *today = buttonWithText(page.get(), QStringLiteral("Today"));
        QVERIFY(today);
        test::click(today);
        const int dayWidth = chart->dayWidth();
        QRect bar = barRect(*page, shown.id);
        QVERIFY2(chart->viewport()->rect().contains(bar.adjusted(0, 0, 3 * dayWidth, 0)),
                 "the bar and where it goes are in view");
        QCOMPARE(hoverShape(chart, bar.center()), Qt::OpenHandCursor);
        QCOMPARE(hoverShape(chart, QPoint(bar.left() - 3 * dayWidth, bar.center().y())),
                 Qt::ArrowCursor);
        QCOMPARE(hoverShape(chart, QPoint(bar.right() - 1, bar.center().y())), Qt::SizeHorCursor);
        constexpr int kDays = 2;
        drag(chart->viewport(), bar.center(), bar.center() + QPoint(kDays * dayWidth, 0));
        PlanItem moved = stored(shown.id);
        QCOMPARE(moved.start, start.addDays(kDays));
        QCOMPARE(moved.due, due.addDays(kDays));
        QCOMPARE(page->model()->item(0)->start, start.addDays(kDays));
        QCOMPARE(page->undoStack()->count(), 1);
        QVERIFY(button(page.get(), QStringLiteral("undoPlan"))->isEnabled());

        // Dragging its end by one day changes the due date only.
        bar = barRect(*page, shown.id);
        drag(chart->viewport(), QPoint(bar.right() - 1, bar.center().y()),
             QPoint(bar.right() - 1 + dayWidth, bar.center().y()));
        moved = stored(shown.id);
        QCOMPARE(moved.start, start.addDays(kDays));
        QCOMPARE(moved.due, due.addDays(kDays + 1));
        QCOMPARE(page->undoStack()->count(), 2);

        // Ctrl+Z, twice: the stored dates are back. (A button's shortcut clicks it a moment
        // later, as it shows the button pressed.)
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        QTest::keyClick(chart, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stored(shown.id).due, due.addDays(kDays), kWaitMs);
        QCOMPARE(stored(shown.id).start, start.addDays(kDays));
        QTest::keyClick(chart, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stored(shown.id).start, start, kWaitMs);
        QCOMPARE(stored(shown.id).due, due);
        QCOMPARE(page->model()->item(0)->start, start);
        QVERIFY(!button(page.get(), QStringLiteral("undoPlan"))->isEnabled());

        // Redo moves it again.
        QPushButton *redo = buttonWithText(page.get(), QStringLiteral("Redo"));
        QVERIFY(redo);
        QVERIFY(redo->isEnabled());
        test::click(redo);
        moved = stored(shown.id);
        QCOMPARE(moved.start, start.addDays(kDays));
        QCOMPARE(moved.due, due.addDays(kDays));
    }

    void ctrlArrowsMoveAndStretchTheSelectedItem()
    {
        const QDate start = m_today.addDays(1);
        const QDate due = m_today.addDays(2);
        const qint64 id = addItem(QStringLiteral("拜访技术总监"), start, due);
        QVERIFY(id > 0);
        auto page = openPage();
        GanttView *chart = page->chart();
        QCOMPARE(chart->currentItemId(), qint64(0));
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Down); // the first item, below its customer's row
        QCOMPARE(chart->currentItemId(), id);

        QTest::keyClick(chart, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(stored(id).start, start.addDays(1));
        QCOMPARE(stored(id).due, due.addDays(1));

        QTest::keyClick(chart, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(id).start, start.addDays(1));
        QCOMPARE(stored(id).due, due.addDays(2));
        QCOMPARE(page->model()->item(0)->due, due.addDays(2));
        QCOMPARE(chart->currentItemId(), id); // still selected after the reload

        QTest::keyClick(chart, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(chart, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(id).due, due);
        // The due date cannot go before the start.
        QTest::keyClick(chart, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(id).due, due);
        QCOMPARE(page->undoStack()->count(), 4);

        // Plain arrows scroll, they move nothing.
        const int scroll = chart->horizontalScrollBar()->value();
        QTest::keyClick(chart, Qt::Key_Left);
        QCOMPARE(stored(id).start, start.addDays(1));
        QVERIFY(chart->horizontalScrollBar()->value() != scroll ||
                chart->horizontalScrollBar()->value() == 0);

        // The Undo button takes back the last keyboard change, then the one before.
        test::click(button(page.get(), QStringLiteral("undoPlan")));
        QCOMPARE(stored(id).due, due.addDays(1));
        test::click(button(page.get(), QStringLiteral("undoPlan")));
        test::click(button(page.get(), QStringLiteral("undoPlan")));
        QCOMPARE(stored(id).start, start.addDays(1));
        QCOMPARE(stored(id).due, due.addDays(1));
    }

    void planItemFormAsksForWhatWithWhomAndSupportInTime()
    {
        auto calendar = (*m_workspace)->calendar().workCalendar();
        QVERIFY(calendar);
        auto page = openPage();
        const QDate start = m_today.addDays(10);
        const QDate latest = deadlines::latestSupportRequestDate(*calendar, start);
        QVERIFY(latest.isValid() && latest < start);

        auto checked = test::whenModal([&](QWidget *dialog) {
            QAbstractButton *save = test::dialogButton(dialog, QDialogButtonBox::Save);
            auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("customerEdit"));
            auto *action = dialog->findChild<QLineEdit *>(QStringLiteral("actionEdit"));
            auto *counterpart = dialog->findChild<QComboBox *>(QStringLiteral("counterpartCombo"));
            auto *actionMessage = dialog->findChild<QLabel *>(QStringLiteral("actionMessage"));
            auto *counterpartMessage =
                dialog->findChild<QLabel *>(QStringLiteral("counterpartMessage"));
            auto *startEdit = dialog->findChild<QDateEdit *>(QStringLiteral("startEdit"));
            auto *dueEdit = dialog->findChild<QDateEdit *>(QStringLiteral("dueEdit"));
            auto *datesMessage = dialog->findChild<QLabel *>(QStringLiteral("datesMessage"));
            QVERIFY(!save->isEnabled());

            QTest::keyClicks(customer, m_customerId);
            QVERIFY(!save->isEnabled());
            QVERIFY(actionMessage->isVisible());
            QVERIFY(actionMessage->text().contains(QStringLiteral("R9")));
            typeCommitted(action, QStringLiteral("现场演示"));
            QVERIFY(actionMessage->isHidden());
            QVERIFY(!save->isEnabled()); // with whom?
            QVERIFY(counterpartMessage->isVisible());
            typeCommitted(counterpart->lineEdit(), QStringLiteral("李明"));
            QVERIFY(counterpartMessage->isHidden());
            QVERIFY(save->isEnabled());

            // Emptying the action again.
            action->selectAll();
            QTest::keyClick(action, Qt::Key_Backspace);
            QVERIFY(action->text().isEmpty());
            QVERIFY(!save->isEnabled());
            QVERIFY(actionMessage->isVisible());
            typeCommitted(action, QStringLiteral("现场演示"));
            QVERIFY(save->isEnabled());
            // Spaces are not a counterpart.
            counterpart->lineEdit()->selectAll();
            QTest::keyClick(counterpart->lineEdit(), Qt::Key_Backspace);
            QTest::keyClicks(counterpart->lineEdit(), QStringLiteral("   "));
            QVERIFY(!save->isEnabled());
            counterpart->lineEdit()->selectAll();
            QTest::keyClick(counterpart->lineEdit(), Qt::Key_Backspace);
            typeCommitted(counterpart->lineEdit(), QStringLiteral("李明 技术总监"));
            QVERIFY(save->isEnabled());

            // A due date before the start.
            startEdit->setDate(start);
            dueEdit->setDate(start.addDays(-1));
            QVERIFY(!save->isEnabled());
            QVERIFY(datesMessage->isVisible());
            dueEdit->setDate(start.addDays(1));
            QVERIFY(save->isEnabled());
            QVERIFY(datesMessage->isHidden());

            // R10: support from another team, requested 2 working days ahead.
            auto *requestedMessage =
                dialog->findChild<QLabel *>(QStringLiteral("requestedMessage"));
            auto *requested = dialog->findChild<QCheckBox *>(QStringLiteral("requestedCheck"));
            auto *requestedOn = dialog->findChild<QDateEdit *>(QStringLiteral("requestedEdit"));
            QVERIFY(requestedMessage->isHidden());
            typeCommitted(dialog->findChild<QLineEdit *>(QStringLiteral("supportEdit")),
                          QStringLiteral("售前工程师现场演示"));
            QVERIFY(requestedMessage->isVisible());
            QVERIFY2(requestedMessage->text().contains(latest.toString(Qt::ISODate)),
                     qPrintable(requestedMessage->text()));
            QVERIFY(!requestedOn->isEnabled());
            test::click(requested);
            QVERIFY(requested->isChecked());
            QVERIFY(requestedOn->isEnabled());
            requestedOn->setDate(latest);
            QVERIFY2(requestedMessage->isHidden(), qPrintable(requestedMessage->text()));
            requestedOn->setDate(latest.addDays(1));
            QVERIFY(requestedMessage->isVisible());
            QVERIFY(requestedMessage->text().contains(QStringLiteral("R10")));
            QVERIFY(requestedMessage->text().contains(latest.toString(Qt::ISODate)));
            QVERIFY(requestedMessage->text().contains(start.toString(Qt::ISODate)));
            QVERIFY(save->isEnabled()); // late support is flagged, not refused
            test::click(save);
        });
        test::click(button(page.get(), QStringLiteral("newPlanItem")));
        QVERIFY(*checked);

        auto items = (*m_workspace)->followUps().planItems(m_customerId);
        QVERIFY(items);
        QCOMPARE(items->size(), 1);
        QVERIFY(items->first().supportLate);
        QCOMPARE(items->first().supportRequestedOn, std::optional<QDate>(latest.addDays(1)));
        QCOMPARE(items->first().counterpart, QStringLiteral("李明 技术总监"));
        auto *notice = page->findChild<QLabel *>(QStringLiteral("planNotice"));
        QVERIFY2(notice->text().contains(QStringLiteral("R10")), qPrintable(notice->text()));
        auto *detail = page->findChild<QLabel *>(QStringLiteral("planDetail"));
        QVERIFY2(detail->text().contains(QStringLiteral("R10")), qPrintable(detail->text()));

        // Cancelled, the form saves nothing.
        auto cancelled = test::whenModal([&](QWidget *dialog) {
            typeCommitted(dialog->findChild<QLineEdit *>(QStringLiteral("actionEdit")),
                          QStringLiteral("发送报价单"));
            test::click(test::dialogButton(dialog, QDialogButtonBox::Cancel));
        });
        test::click(button(page.get(), QStringLiteral("newPlanItem")));
        QVERIFY(*cancelled);
        QCOMPARE((*m_workspace)->followUps().planItems(m_customerId)->size(), 1);
    }

    void followUpRecordShowsTheOpinionHintAndADiamond()
    {
        const qint64 id = addItem(QStringLiteral("拜访技术总监"), m_today, m_today.addDays(2));
        auto page = openPage();
        page->chart()->setCurrentItemId(id); // the record is for the selected item's customer
        QVERIFY(page->model()->marks().isEmpty());

        bool hinted = false;
        bool customerGiven = false;
        auto recorded = test::whenModal([&](QWidget *dialog) {
            auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("customerEdit"));
            customerGiven = customer->text() == m_customerId && customer->isReadOnly();
            auto *hint = dialog->findChild<QLabel *>(QStringLiteral("contentMessage"));
            QAbstractButton *save = test::dialogButton(dialog, QDialogButtonBox::Save);
            QVERIFY(hint->isHidden());
            QVERIFY(!save->isEnabled()); // nothing discussed yet
            typeCommitted(dialog->findChild<QPlainTextEdit *>(QStringLiteral("contentEdit")),
                          QStringLiteral("与李明电话沟通，客户意向强"));
            hinted = hint->isVisible() && hint->text().contains(QStringLiteral("意向强"));
            QVERIFY(save->isEnabled()); // a hint, not a refusal
            test::click(dialog->findChild<QCheckBox *>(QStringLiteral("progressCheck")));
            test::click(save);
        });
        test::click(button(page.get(), QStringLiteral("recordFollowUp")));
        QVERIFY(*recorded);
        QVERIFY(customerGiven);
        QVERIFY(hinted);

        auto records = (*m_workspace)->followUps().records(m_customerId);
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().content, QStringLiteral("与李明电话沟通，客户意向强"));
        QVERIFY(records->first().progress);
        QVERIFY(!records->first().late);
        QCOMPARE(records->first().recordedBy, m_rep);

        QCOMPARE(page->model()->marks().size(), 1);
        const FollowUpMark mark = page->model()->marks().first();
        QCOMPARE(mark.customerId, m_customerId);
        QVERIFY(mark.progress);
        // A filled diamond in the middle of the customer's row, on the day of the contact.
        const QImage image = page->chart()->renderImage(1.0);
        const QDate day =
            mark.contactAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
        const int x = kLabelWidth +
                      int(axisStart(*page->model()).daysTo(day)) * page->chart()->dayWidth() +
                      page->chart()->dayWidth() / 2;
        const int y = kHeaderHeight + kRowHeight / 2; // the customer's row is the first
        QCOMPARE(image.pixelColor(x, y), QColor(0x14, 0xb8, 0xa6));
    }

    // A contact at 07:00 in Shanghai is the evening before in UTC (and on a desktop set to UTC):
    // its diamond is on the team's day, as every date of the chart.
    void aContactIsMarkedOnItsDayInTheTeamsTimeZone()
    {
        QCOMPARE((*m_workspace)->settings().timeZone().id(), QByteArrayLiteral("Asia/Shanghai"));
        const QDate day = m_today.addDays(-1);
        const QDateTime contact(day, QTime(7, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QCOMPARE(contact.toUTC().date(), day.addDays(-1));
        FollowUpRecord r;
        r.customerId = m_customerId;
        r.contactAt = contact.toUTC();
        r.content = QStringLiteral("上门拜访李明，演示审批流程");
        r.progress = true;
        auto saved = (*m_workspace)->followUps().record(r);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        addItem(QStringLiteral("拜访技术总监"), m_today.addDays(1), m_today.addDays(2));
        auto page = openPage();
        QCOMPARE(page->model()->marks().size(), 1);

        const QImage image = page->chart()->renderImage(1.0);
        const int dayWidth = page->chart()->dayWidth();
        const QDate first = axisStart(*page->model());
        QCOMPARE(first.dayOfWeek(), 1);
        const auto centreOf = [&](QDate date) {
            return QPoint(kLabelWidth + int(first.daysTo(date)) * dayWidth + dayWidth / 2,
                          kHeaderHeight + kRowHeight / 2);
        };
        const QColor filled(0x14, 0xb8, 0xa6);
        QCOMPARE(image.pixelColor(centreOf(day)), filled);
        QVERIFY(image.pixelColor(centreOf(day.addDays(-1))) != filled);
    }

    void aStaleMoveIsRefusedAndTheStoredDatesShown()
    {
        const QDate start = m_today.addDays(2);
        const QDate due = m_today.addDays(4);
        const qint64 id = addItem(QStringLiteral("拜访技术总监"), start, due);
        auto page = openPage();
        GanttView *chart = page->chart();
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Down);
        QCOMPARE(chart->currentItemId(), id);

        // Someone changes the item meanwhile (here through the service).
        PlanItem edited = stored(id);
        edited.due = due.addDays(3);
        edited.action = QStringLiteral("拜访技术总监并演示");
        auto saved = (*m_workspace)->followUps().updatePlanItem(edited);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(page->model()->item(0)->due, due); // the page still shows what it read

        auto *notice = page->findChild<QLabel *>(QStringLiteral("planNotice"));
        notice->clear();
        QTest::keyClick(chart, Qt::Key_Right, Qt::ControlModifier);
        QVERIFY2(!notice->text().isEmpty(), "the refusal is shown");
        QCOMPARE(stored(id).start, start);
        QCOMPARE(stored(id).due, due.addDays(3));
        QCOMPARE(page->model()->item(0)->due, due.addDays(3));
        QCOMPARE(page->model()->item(0)->action, QStringLiteral("拜访技术总监并演示"));
        QCOMPARE(page->undoStack()->count(), 0);

        // Now that it shows the stored item, the move goes through.
        QCOMPARE(chart->currentItemId(), id);
        QTest::keyClick(chart, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(stored(id).start, start.addDays(1));
        QCOMPARE(stored(id).due, due.addDays(4));
        QCOMPARE(page->undoStack()->count(), 1);
    }

    void theExportedImageIsTheWholeChart()
    {
        const qint64 first =
            addItem(QStringLiteral("拜访技术总监"), m_today.addDays(2), m_today.addDays(4), 100);
        addItem(QStringLiteral("提交报价"), m_today.addDays(40), m_today.addDays(45));
        auto page = openPage();
        GanttView *chart = page->chart();
        const QImage image = chart->renderImage(1.0);
        QVERIFY(!image.isNull());
        QVERIFY2(
            image.width() > chart->viewport()->width(),
            qPrintable(
                QStringLiteral("%1 <= %2").arg(image.width()).arg(chart->viewport()->width())));
        // Header, a customer row and two items.
        QCOMPARE(image.height(), kHeaderHeight + 3 * kRowHeight);
        // Not blank: the first item's bar, done to 100%, in its planned colour, at its place on
        // the whole axis (not where the view is scrolled to).
        const PlanItem *item = page->model()->item(page->model()->rowOfItem(first));
        const int dayWidth = chart->dayWidth();
        const int x = kLabelWidth + int(axisStart(*page->model()).daysTo(item->start)) * dayWidth +
                      (3 * dayWidth) / 2;
        const int y = kHeaderHeight + chartRow(*page->model(), first) * kRowHeight + kRowHeight / 2;
        QCOMPARE(image.pixelColor(x, y), QColor(0x60, 0xa5, 0xfa));
        int coloured = 0;
        for (int px = 0; px < image.width(); px += 3) {
            for (int py = 0; py < image.height(); py += 3) {
                const QColor colour = image.pixelColor(px, py);
                if (colour.saturation() > 60)
                    ++coloured;
            }
        }
        QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
        // Twice the scale, twice the size.
        const QImage sharp = chart->renderImage(2.0);
        QCOMPARE(sharp.size(), image.size() * 2);
    }

    void myDayListsEachSectionAndOpensTheCustomer()
    {
        Workspace &ws = **m_workspace;
        QVERIFY(ws.actAs(m_admin));
        const QString late = enter(QStringLiteral("杭州恒泰物流有限公司"), std::nullopt, m_rep);
        const QString notMine =
            enter(QStringLiteral("杭州鼎盛电子有限公司"), std::nullopt, QString());
        QVERIFY(!late.isEmpty() && !notMine.isEmpty());
        QVERIFY(record(notMine, QStringLiteral("催款"), m_today.addDays(-2)));
        QVERIFY(ws.actAs(m_rep));
        QVERIFY(record(late, QStringLiteral("发送报价单"), m_today.addDays(-1)));
        addItem(QStringLiteral("拜访技术总监"), m_today.addDays(-1), m_today);

        MyDayPage page(ws, pageInfo(QStringLiteral("my-day")));
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeWidget *list = page.list();
        QCOMPARE(list->topLevelItemCount(), 9);
        const QList<std::pair<QString, QStringList>> expected = {
            {QStringLiteral("Next actions"), {late}},
            {QStringLiteral("Plan items"), {m_customerId}},
            {QStringLiteral("R11"), {m_customerId}},
            {QStringLiteral("R6"), {m_customerId}},
            {QStringLiteral("R8"), {}},
            {QStringLiteral("R7"), {}},
            {QStringLiteral("Renewals"), {}},
            {QStringLiteral("R15"), {}},
            {QStringLiteral("R16"), {}},
        };
        for (int index = 0; index < 9; ++index) {
            QTreeWidgetItem *section = list->topLevelItem(index);
            const auto &[title, ids] = expected.at(index);
            QVERIFY2(section->text(0).contains(title), qPrintable(section->text(0)));
            QVERIFY2(section->text(0).endsWith(QStringLiteral("(%1)").arg(ids.size())),
                     qPrintable(section->text(0)));
            QStringList shown;
            for (int child = 0; child < section->childCount(); ++child)
                shown << section->child(child)->text(0);
            QCOMPARE(shown, ids);
            QCOMPARE(section->isExpanded(), !ids.isEmpty());
        }
        QTreeWidgetItem *lateRow = list->topLevelItem(0)->child(0);
        QCOMPARE(lateRow->text(1), QStringLiteral("杭州恒泰物流有限公司"));
        QCOMPARE(lateRow->text(2), QStringLiteral("发送报价单"));
        QCOMPARE(lateRow->text(3), m_today.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(lateRow->foreground(0).color(), QColor(0xb9, 0x1c, 0x1c));
        QVERIFY(lateRow->foreground(0).color() !=
                list->topLevelItem(1)->child(0)->foreground(0).color()); // due today: not late
        auto *summary = page.findChild<QLabel *>(QStringLiteral("myDaySummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("4 thing")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("1 late")), qPrintable(summary->text()));

        // Double-clicking an entry opens its customer; a section title opens nothing.
        QSignalSpy opened(&page, &MyDayPage::openCustomer);
        doubleClick(list->viewport(), list->visualItemRect(lateRow).center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), late);
        doubleClick(list->viewport(), list->visualItemRect(list->topLevelItem(5)).center());
        QCOMPARE(opened.size(), 1);
        // Enter on the R6 entry opens the A customer.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(3)->child(0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().first().toString(), m_customerId);

        // Recording the contact from My day takes the customer off "Contacts to record".
        list->setCurrentItem(list->topLevelItem(2)->child(0));
        auto recorded = test::whenModal([&](QWidget *dialog) {
            typeCommitted(dialog->findChild<QPlainTextEdit *>(QStringLiteral("contentEdit")),
                          QStringLiteral("拜访李明，演示了审批流程"));
            test::click(test::dialogButton(dialog, QDialogButtonBox::Save));
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("myDayRecord")));
        QVERIFY(*recorded);
        QCOMPARE(list->topLevelItem(2)->childCount(), 0);
        QVERIFY(list->topLevelItem(2)->text(0).endsWith(QStringLiteral("(0)")));
    }

    void aManagerLooksAtARepsDay()
    {
        Workspace &ws = **m_workspace;
        QVERIFY(record(m_customerId, QStringLiteral("发送报价单"), m_today.addDays(-3)));
        QVERIFY(ws.actAs(m_manager));
        MyDayPage page(ws, pageInfo(QStringLiteral("my-day")));
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *person = page.findChild<QComboBox *>(QStringLiteral("myDayPerson"));
        QVERIFY(person->isVisible());
        QVERIFY(person->findData(m_rep) >= 0);
        QCOMPARE(page.list()->topLevelItem(0)->childCount(), 0); // the manager's own day
        person->setCurrentIndex(person->findData(m_rep));
        QCOMPARE(page.list()->topLevelItem(0)->childCount(), 1);
        QCOMPARE(page.list()->topLevelItem(0)->child(0)->text(0), m_customerId);
    }

private:
    std::unique_ptr<FollowUpPlansPage> openPage()
    {
        auto page = std::make_unique<FollowUpPlansPage>(
            **m_workspace, pageInfo(QStringLiteral("follow-up-plans")));
        page->resize(1200, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the plans page was not exposed");
        return page;
    }

    // Enters a customer with a key contact, as the acting user; its id.
    QString enter(const QString &name, std::optional<Grade> grade, const QString &owner)
    {
        Customer c;
        c.name = name;
        c.region = QStringLiteral("HZ");
        c.firstContactAt = (*m_workspace)->now().addSecs(-3600);
        c.needs = QStringLiteral("需要CRM系统，预算20-30万，3个月内上线");
        c.grade = grade;
        c.ownerLogin = owner;
        Contact contact;
        contact.name = QStringLiteral("李明");
        contact.title = QStringLiteral("技术总监");
        contact.phone = QStringLiteral("1390000%1").arg(++m_phones, 4, 10, QLatin1Char('0'));
        contact.key = true;
        c.contacts = {contact};
        auto stored = (*m_workspace)->customers().create(c);
        if (!stored) {
            qWarning("%s", qPrintable(stored.error().message));
            return {};
        }
        return stored->id;
    }

    qint64 addItem(const QString &action, QDate start, QDate due, int progress = 0)
    {
        PlanItem item;
        item.customerId = m_customerId;
        item.action = action;
        item.counterpart = QStringLiteral("李明 技术总监");
        item.method = ContactMethod::Visit;
        item.start = start;
        item.due = due;
        item.progress = progress;
        auto saved = (*m_workspace)->followUps().addPlanItem(item);
        if (!saved) {
            qWarning("%s", qPrintable(saved.error().message));
            return 0;
        }
        return saved->id;
    }

    // A contact ten minutes ago with a next action due on `due`.
    bool record(const QString &customerId, const QString &nextAction, QDate due)
    {
        FollowUpRecord r;
        r.customerId = customerId;
        r.contactAt = (*m_workspace)->now().addSecs(-600);
        r.content = QStringLiteral("电话沟通需求细节");
        r.nextAction = nextAction;
        r.nextActionDue = due;
        auto saved = (*m_workspace)->followUps().record(r);
        if (!saved)
            qWarning("%s", qPrintable(saved.error().message));
        return saved.ok();
    }

    // The item as stored.
    PlanItem stored(qint64 id) const
    {
        auto items = (*m_workspace)->followUps().planItems(m_customerId);
        if (items) {
            for (const PlanItem &item : *items) {
                if (item.id == id)
                    return item;
            }
        }
        qWarning("no plan item %lld", id);
        return {};
    }

    std::unique_ptr<test::TempWorkspace> m_workspace;
    QString m_admin;
    const QString m_rep = QStringLiteral("zhang.wei");
    const QString m_manager = QStringLiteral("liu.jl");
    QString m_customerId;
    QDate m_today;
    int m_phones = 0;
};

int runFollowUpPlansTests(int argc, char **argv)
{
    FollowUpPlansTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_FollowUpPlans.moc"
