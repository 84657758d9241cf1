// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace sf::ui {

// Paints a cell's text as a rounded pill: the fill from PillFillRole, the text in the colour of
// Qt::ForegroundRole. A cell without a fill is painted as usual.
class StatusPillDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PillFillRole = Qt::UserRole + 50;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sf::ui
