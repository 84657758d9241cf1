// SPDX-License-Identifier: MIT
#include "ui/FieldMessage.h"

#include <QLabel>

namespace sf::ui {

void setFieldMessage(QLabel *label, const QString &text, FieldMessageKind kind)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    switch (kind) {
    case FieldMessageKind::Error: label->setStyleSheet(QStringLiteral("color: #b42318;")); break;
    case FieldMessageKind::Warning: label->setStyleSheet(QStringLiteral("color: #b45309;")); break;
    case FieldMessageKind::Note: label->setStyleSheet(QStringLiteral("color: #475569;")); break;
    }
}

} // namespace sf::ui
