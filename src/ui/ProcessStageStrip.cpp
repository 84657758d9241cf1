// SPDX-License-Identifier: MIT
#include "ui/ProcessStageStrip.h"

#include "ui/PageCatalogue.h"
#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace sf::ui {
namespace {

constexpr int kHeight = 64;
constexpr int kArrow = 14;

} // namespace

ProcessStageStrip::ProcessStageStrip(int currentStage, QWidget *parent)
    : QWidget(parent)
    , m_stage(currentStage)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QStringList names;
    for (int stage = 1; stage <= PageCatalogue::kStages; ++stage)
        names.append(PageCatalogue::stageName(stage));
    setAccessibleName(names.join(QStringLiteral(" → ")));
}

QSize ProcessStageStrip::sizeHint() const
{
    return {720, kHeight};
}

QSize ProcessStageStrip::minimumSizeHint() const
{
    return {480, kHeight};
}

void ProcessStageStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int stages = PageCatalogue::kStages;
    const qreal width = (rect().width() - 1.0) / stages;
    const qreal height = rect().height() - 1.0;
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont captionFont = font();
    captionFont.setPointSizeF(font().pointSizeF() * 0.88);

    for (int i = 0; i < stages; ++i) {
        const int stage = i + 1;
        const bool current = stage == m_stage;
        const qreal left = i * width + 0.5;
        const qreal right = left + width;
        // A chevron: the first has a flat back, the last a flat front.
        QPainterPath shape;
        shape.moveTo(left, 0.5);
        shape.lineTo(i == stages - 1 ? right : right - kArrow, 0.5);
        if (i < stages - 1)
            shape.lineTo(right, height / 2 + 0.5);
        shape.lineTo(i == stages - 1 ? right : right - kArrow, height + 0.5);
        shape.lineTo(left, height + 0.5);
        if (i > 0)
            shape.lineTo(left + kArrow, height / 2 + 0.5);
        shape.closeSubpath();
        painter.setPen(QPen(QColor::fromRgb(current ? colors::accent : colors::border), 1));
        painter.setBrush(current ? QColor::fromRgb(colors::accent) : QColor(0xf8, 0xfa, 0xfc));
        painter.drawPath(shape);

        const QRectF textRect(left + (i > 0 ? kArrow + 8 : 14), 8,
                              width - kArrow * 2 - (i > 0 ? 8 : 14), height - 16);
        painter.setFont(captionFont);
        painter.setPen(current ? QColor(0xdb, 0xe7, 0xff) : QColor::fromRgb(colors::mutedText));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, tr("Stage %1").arg(stage));
        painter.setFont(titleFont);
        painter.setPen(current ? QColor(Qt::white) : QColor::fromRgb(colors::text));
        const QString name = painter.fontMetrics().elidedText(
            PageCatalogue::stageName(stage), Qt::ElideRight, int(textRect.width()));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, name);
    }
}

} // namespace sf::ui
