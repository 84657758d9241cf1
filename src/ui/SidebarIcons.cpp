// SPDX-License-Identifier: MIT
#include "ui/SidebarIcons.h"

#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace sf::ui {
namespace {

// Every icon is drawn in a 24×24 box with a 1.8 wide round pen.
void drawSun(QPainter &p)
{
    p.drawEllipse(QPointF(12, 12), 4.2, 4.2);
    for (int i = 0; i < 8; ++i) {
        const qreal a = qDegreesToRadians(45.0 * i);
        p.drawLine(QPointF(12 + 7.2 * qCos(a), 12 + 7.2 * qSin(a)),
                   QPointF(12 + 9.6 * qCos(a), 12 + 9.6 * qSin(a)));
    }
}

void drawPeople(QPainter &p)
{
    p.drawEllipse(QPointF(9, 8), 3.4, 3.4);
    QPainterPath body;
    body.moveTo(2.5, 20);
    body.cubicTo(2.5, 14.5, 15.5, 14.5, 15.5, 20);
    p.drawPath(body);
    p.drawArc(QRectF(13.5, 4.6, 6.8, 6.8), -60 * 16, 200 * 16);
    QPainterPath second;
    second.moveTo(17.5, 14.2);
    second.cubicTo(20, 14.8, 21.5, 16.8, 21.5, 20);
    p.drawPath(second);
}

void drawGantt(QPainter &p)
{
    p.drawLine(QPointF(3.5, 3.5), QPointF(3.5, 20.5));
    p.drawLine(QPointF(3.5, 20.5), QPointF(20.5, 20.5));
    p.drawRoundedRect(QRectF(6.5, 5.5, 8, 3), 1.2, 1.2);
    p.drawRoundedRect(QRectF(10.5, 10.5, 9, 3), 1.2, 1.2);
    p.drawRoundedRect(QRectF(8, 15.5, 6, 2.5), 1.2, 1.2);
}

void drawCalendarCheck(QPainter &p)
{
    p.drawRoundedRect(QRectF(3.5, 5, 17, 15.5), 2.5, 2.5);
    p.drawLine(QPointF(3.5, 9.5), QPointF(20.5, 9.5));
    p.drawLine(QPointF(8, 3), QPointF(8, 6.5));
    p.drawLine(QPointF(16, 3), QPointF(16, 6.5));
    QPainterPath check;
    check.moveTo(8.5, 14.8);
    check.lineTo(11, 17.2);
    check.lineTo(15.8, 12.4);
    p.drawPath(check);
}

void drawDocument(QPainter &p)
{
    QPainterPath page;
    page.moveTo(14, 2.8);
    page.lineTo(6, 2.8);
    page.quadTo(4.5, 2.8, 4.5, 4.3);
    page.lineTo(4.5, 19.7);
    page.quadTo(4.5, 21.2, 6, 21.2);
    page.lineTo(18, 21.2);
    page.quadTo(19.5, 21.2, 19.5, 19.7);
    page.lineTo(19.5, 8.3);
    page.closeSubpath();
    p.drawPath(page);
    p.drawPolyline(QPolygonF({QPointF(14, 2.8), QPointF(14, 8.3), QPointF(19.5, 8.3)}));
    p.drawLine(QPointF(8, 12.5), QPointF(16, 12.5));
    p.drawLine(QPointF(8, 16.5), QPointF(13.5, 16.5));
}

void drawYuan(QPainter &p)
{
    p.drawEllipse(QPointF(12, 12), 9, 9);
    p.drawPolyline(QPolygonF({QPointF(8.6, 7), QPointF(12, 11.6), QPointF(15.4, 7)}));
    p.drawLine(QPointF(12, 11.6), QPointF(12, 17.5));
    p.drawLine(QPointF(8.8, 12.2), QPointF(15.2, 12.2));
    p.drawLine(QPointF(8.8, 14.9), QPointF(15.2, 14.9));
}

void drawHeadset(QPainter &p)
{
    p.drawArc(QRectF(4, 4, 16, 16), 0, 180 * 16);
    p.drawRoundedRect(QRectF(3.2, 11.5, 4, 6.5), 1.5, 1.5);
    p.drawRoundedRect(QRectF(16.8, 11.5, 4, 6.5), 1.5, 1.5);
    QPainterPath mic;
    mic.moveTo(18.8, 18);
    mic.quadTo(18.8, 21, 14.5, 21);
    p.drawPath(mic);
    p.drawLine(QPointF(12.5, 21), QPointF(14.5, 21));
}

void drawBars(QPainter &p)
{
    p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
    p.drawRoundedRect(QRectF(5, 12, 3.5, 8.5), 1, 1);
    p.drawRoundedRect(QRectF(10.25, 6.5, 3.5, 14), 1, 1);
    p.drawRoundedRect(QRectF(15.5, 9.5, 3.5, 11), 1, 1);
}

void drawGear(QPainter &p)
{
    p.drawEllipse(QPointF(12, 12), 3, 3);
    QPainterPath gear;
    const int teeth = 8;
    for (int i = 0; i < teeth * 2; ++i) {
        const qreal a = qDegreesToRadians(360.0 * i / (teeth * 2) - 11.25);
        const qreal r1 = (i % 2 == 0) ? 9.6 : 7.2;
        const qreal a2 = qDegreesToRadians(360.0 * (i + 1) / (teeth * 2) - 11.25);
        const QPointF from(12 + r1 * qCos(a), 12 + r1 * qSin(a));
        const QPointF to(12 + r1 * qCos(a2), 12 + r1 * qSin(a2));
        if (i == 0)
            gear.moveTo(from);
        else
            gear.lineTo(from);
        gear.lineTo(to);
    }
    gear.closeSubpath();
    p.drawPath(gear);
}

void drawIcon(QPainter &p, const QString &key)
{
    if (key == QLatin1String("my-day"))
        drawSun(p);
    else if (key == QLatin1String("customers"))
        drawPeople(p);
    else if (key == QLatin1String("follow-up-plans"))
        drawGantt(p);
    else if (key == QLatin1String("monday-review"))
        drawCalendarCheck(p);
    else if (key == QLatin1String("contracts"))
        drawDocument(p);
    else if (key == QLatin1String("payments"))
        drawYuan(p);
    else if (key == QLatin1String("after-sales"))
        drawHeadset(p);
    else if (key == QLatin1String("reports"))
        drawBars(p);
    else
        drawGear(p);
}

} // namespace

QPixmap SidebarIcons::pagePixmap(const QString &key, const QColor &color, int size,
                                 qreal devicePixelRatio)
{
    QPixmap pixmap(qRound(size * devicePixelRatio), qRound(size * devicePixelRatio));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 24.0, size / 24.0);
    painter.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    drawIcon(painter, key);
    return pixmap;
}

QIcon SidebarIcons::pageIcon(const QString &key)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32}) {
        icon.addPixmap(pagePixmap(key, QColor::fromRgb(colors::sidebarText), size), QIcon::Normal);
        icon.addPixmap(pagePixmap(key, Qt::white, size), QIcon::Selected);
        icon.addPixmap(pagePixmap(key, Qt::white, size), QIcon::Active);
    }
    return icon;
}

QPixmap SidebarIcons::appLogo(int size, qreal devicePixelRatio)
{
    QPixmap pixmap(qRound(size * devicePixelRatio), qRound(size * devicePixelRatio));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 32.0, size / 32.0);
    QLinearGradient gradient(0, 0, 32, 32);
    gradient.setColorAt(0, QColor(0x3b, 0x82, 0xf6));
    gradient.setColorAt(1, QColor(0x1d, 0x4e, 0xd8));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRoundedRect(QRectF(0, 0, 32, 32), 8, 8);
    // A rising flow through the four stages of the process.
    painter.setPen(QPen(Qt::white, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(
        QPolygonF({QPointF(7, 22), QPointF(13, 16), QPointF(17, 19), QPointF(25, 10)}));
    painter.drawPolyline(QPolygonF({QPointF(19.5, 10), QPointF(25, 10), QPointF(25, 15.5)}));
    return pixmap;
}

QIcon SidebarIcons::appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(appLogo(size, 1.0));
    return icon;
}

} // namespace sf::ui
