// SPDX-License-Identifier: MIT
#pragma once

#include "services/Workspace.h"
#include "ui/PageCatalogue.h"

#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QAbstractButton;
class QAbstractItemModel;
class QWidget;

namespace sf::test {

// A workspace on a fresh database in its own temporary folder.
struct TempWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    QString error;

    TempWorkspace();
    bool ok() const { return workspace != nullptr; }
    Workspace &operator*() const { return *workspace; }
    Workspace *operator->() const { return workspace.get(); }
};

// Calls `act` with the modal dialog (or message box) once it is open. A modal window that `act`
// leaves open is rejected after a while, so that a failing test cannot hang; `*handled` tells
// whether a modal window appeared at all.
std::shared_ptr<bool> whenModal(const std::function<void(QWidget *)> &act);

// The button of a dialog button box or message box with this standard role.
QAbstractButton *dialogButton(QWidget *dialog, int standardButton);

// Clicks in the middle of a widget.
void click(QWidget *widget);

// Types text as a Chinese input method delivers it: one committed character at a time.
void typeCommitted(QWidget *widget, const QString &text);

// Types into the line edit named `name` inside `parent` as a user would: select what is there,
// type over it (ASCII only: QTest::keyClicks cannot type other characters).
void typeInto(QWidget *parent, const char *name, const QString &text);

// The display texts of one column of a flat model, top to bottom.
QStringList column(const QAbstractItemModel &model, int column);

// The page of the catalogue with this key (empty when there is none).
ui::PageInfo pageInfo(const QString &key);

} // namespace sf::test
