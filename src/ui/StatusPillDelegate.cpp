// SPDX-License-Identifier: MIT
#include "ui/StatusPillDelegate.h"

#include <QPainter>

namespace sf::ui {

void StatusPillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QVariant fill = index.data(PillFillRole);
    if (!fill.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                        option.widget);
    const QString label = index.data(Qt::DisplayRole).toString();
    const QColor text = index.data(Qt::ForegroundRole).value<QColor>();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = std::min(metrics.horizontalAdvance(label) + 20, option.rect.width() - 8);
    const int height = metrics.height() + 4;
    QRect pill(0, 0, width, height);
    pill.moveCenter(option.rect.center());
    pill.moveLeft(option.rect.left() + 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill.value<QColor>());
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(pill, Qt::AlignCenter,
                      metrics.elidedText(label, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace sf::ui
