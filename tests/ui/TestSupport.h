// SPDX-License-Identifier: MIT
#pragma once

#include "services/Workspace.h"
#include "ui/PageCatalogue.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

class QAbstractButton;
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

// The page of the catalogue with this key (empty when there is none).
ui::PageInfo pageInfo(const QString &key);

} // namespace sf::test
