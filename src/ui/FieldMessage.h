// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;

namespace sf::ui {

// How a message beside a form field reads: an error blocks saving, a warning does not, a note
// only informs.
enum class FieldMessageKind { Error, Warning, Note };

// Shows `text` in the message label under a field in its colour, or hides the label when empty.
void setFieldMessage(QLabel *label, const QString &text, FieldMessageKind kind);

} // namespace sf::ui
