// SPDX-License-Identifier: MIT
#include "ui/GradeBadgeDelegate.h"

#include "ui/CustomerTableModel.h"

#include <QPainter>

namespace sf::ui {

void GradeBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                        option.widget);
    const QString grade = index.data(CustomerTableModel::GradeRole).toString();
    if (!index.data(CustomerTableModel::CustomerIdRole).isValid())
        return; // not loaded yet
    QColor fill(0xf1, 0xf5, 0xf9);
    QColor text(0x64, 0x74, 0x8b);
    if (grade == QLatin1String("A")) {
        fill = QColor(0xfe, 0xe2, 0xe2);
        text = QColor(0xb9, 0x1c, 0x1c);
    } else if (grade == QLatin1String("B")) {
        fill = QColor(0xfe, 0xf3, 0xc7);
        text = QColor(0xb4, 0x53, 0x09);
    } else if (grade == QLatin1String("C")) {
        fill = QColor(0xe2, 0xe8, 0xf0);
        text = QColor(0x33, 0x41, 0x55);
    }
    const QString label = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = std::max(metrics.horizontalAdvance(label) + 16, 26);
    const int height = metrics.height() + 4;
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(grade.isEmpty() ? QPen(text, 1, Qt::DashLine) : QPen(Qt::NoPen));
    painter->setBrush(grade.isEmpty() ? QBrush(Qt::NoBrush) : QBrush(fill));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(badge, Qt::AlignCenter, label);
    painter->restore();
}

QSize GradeBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 16, 72));
    return size;
}

} // namespace sf::ui
