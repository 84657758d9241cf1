// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace sf::test {
namespace {

constexpr int kPollMs = 10;
constexpr int kGiveUpMs = 5000;

void poll(const std::function<void(QWidget *)> &act, const std::shared_ptr<bool> &handled,
          int waited)
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal) {
        if (waited < kGiveUpMs)
            QTimer::singleShot(kPollMs,
                               [act, handled, waited] { poll(act, handled, waited + kPollMs); });
        return;
    }
    *handled = true;
    QPointer<QWidget> guard(modal);
    act(modal);
    QTimer::singleShot(kGiveUpMs, [guard] {
        if (guard && guard->isVisible()) {
            qWarning("a modal window was left open by the test; rejecting it");
            if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
                dialog->reject();
            else
                guard->close();
        }
    });
}

} // namespace

TempWorkspace::TempWorkspace()
{
    auto opened = Workspace::open(dir.filePath(QStringLiteral("t.db")));
    if (opened)
        workspace = std::move(*opened);
    else
        error = opened.error().message;
}

std::shared_ptr<bool> whenModal(const std::function<void(QWidget *)> &act)
{
    auto handled = std::make_shared<bool>(false);
    QTimer::singleShot(0, [act, handled] { poll(act, handled, 0); });
    return handled;
}

QAbstractButton *dialogButton(QWidget *dialog, int standardButton)
{
    if (auto *box = qobject_cast<QMessageBox *>(dialog))
        return box->button(QMessageBox::StandardButton(standardButton));
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
        return buttons->button(QDialogButtonBox::StandardButton(standardButton));
    return nullptr;
}

void click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

void typeCommitted(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar character : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(character));
        QCoreApplication::sendEvent(widget, &event);
    }
}

ui::PageInfo pageInfo(const QString &key)
{
    for (const ui::PageInfo &info : ui::PageCatalogue::pages()) {
        if (info.key == key)
            return info;
    }
    return {};
}

void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace sf::test
