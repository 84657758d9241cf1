// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sf::bench {

// The keystrokes the search measurement types, one query after another (Chinese input commits
// characters, so a keystroke adds one or more of them).
QStringList searchKeystrokes();

// Measures the Customers page's table model on an existing database: the first page, jumps to
// random rows, search per keystroke (each including the model update), and the resident memory
// after scrolling through pages all over the list. Run in a process of its own, so that the
// memory is the model's and not the import's.
QJsonObject measureModel(const QString &dbPath);

} // namespace sf::bench
