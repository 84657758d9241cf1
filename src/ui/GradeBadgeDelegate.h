// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace sf::ui {

// Paints the grade column as a coloured badge: A red, B amber, C slate, ungraded outlined.
class GradeBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sf::ui
