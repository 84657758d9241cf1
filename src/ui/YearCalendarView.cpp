// SPDX-License-Identifier: MIT
#include "ui/YearCalendarView.h"

#include "ui/SpecialDayModel.h"
#include "ui/Theme.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QtMath>

namespace sf::ui {
namespace {

constexpr int kColumns = 4;
constexpr int kRows = 3;
constexpr int kWeeks = 6;
// In cells: a month is 7 wide; its title and weekday header take 1.4 + 1 rows above 6 weeks.
constexpr qreal kTitleRows = 1.4;
constexpr qreal kMonthHeight = kTitleRows + 1 + kWeeks;
// Below the months: a gap and one row for the legend.
constexpr qreal kLegendRows = 2.0;
constexpr qreal kGapX = 1.2;
constexpr qreal kGapY = 0.7;
constexpr int kMinCell = 13;
constexpr int kMaxCell = 34;

qreal totalWidth(int cell)
{
    return cell * (kColumns * 7 + (kColumns - 1) * kGapX);
}

qreal gridHeight(int cell)
{
    return cell * (kRows * kMonthHeight + (kRows - 1) * kGapY);
}

qreal totalHeight(int cell)
{
    return gridHeight(cell) + cell * kLegendRows;
}

} // namespace

YearCalendarView::YearCalendarView(QWidget *parent)
    : QWidget(parent)
    , m_year(QDate::currentDate().year())
    , m_preferredWidth(qRound(totalWidth(24)))
    , m_today(QDate::currentDate())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Year calendar"));
}

void YearCalendarView::setYear(int year)
{
    m_year = year;
    if (m_selected.isValid() && m_selected.year() != year)
        m_selected = {};
    update();
}

void YearCalendarView::setSpecialDays(const QHash<QDate, CalendarDay> &days)
{
    m_days = days;
    update();
}

void YearCalendarView::setToday(QDate today)
{
    m_today = today;
    update();
}

void YearCalendarView::setSelectedDate(QDate date)
{
    m_selected = date;
    update();
}

int YearCalendarView::widthForHeight(int height)
{
    const int cell = qBound(kMinCell, int(height / totalHeight(1)), kMaxCell);
    return qCeil(totalWidth(cell)) + 2;
}

QSize YearCalendarView::sizeHint() const
{
    return {m_preferredWidth, qRound(totalHeight(24))};
}

void YearCalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Only the height decides the preferred width, so this settles after one round.
    const int preferred = widthForHeight(height());
    if (preferred != m_preferredWidth) {
        m_preferredWidth = preferred;
        updateGeometry();
    }
}

QSize YearCalendarView::minimumSizeHint() const
{
    return {qRound(totalWidth(kMinCell)), qRound(totalHeight(kMinCell))};
}

YearCalendarView::Geometry YearCalendarView::geometry() const
{
    Geometry g;
    const qreal byWidth = width() / totalWidth(1);
    const qreal byHeight = height() / totalHeight(1);
    g.cell = qBound(kMinCell, int(qMin(byWidth, byHeight)), kMaxCell);
    // Top left, in line with the year selector above and the legend below.
    g.origin = QPoint(0, 0);
    return g;
}

QRect YearCalendarView::monthRect(const Geometry &g, int month) const
{
    const int column = (month - 1) % kColumns;
    const int row = (month - 1) / kColumns;
    const qreal x = g.origin.x() + column * g.cell * (7 + kGapX);
    const qreal y = g.origin.y() + row * g.cell * (kMonthHeight + kGapY);
    return QRect(qRound(x), qRound(y), 7 * g.cell, qRound(kMonthHeight * g.cell));
}

QRectF YearCalendarView::dayCellRect(const Geometry &g, QDate date) const
{
    const QRect month = monthRect(g, date.month());
    const QDate first(date.year(), date.month(), 1);
    const int offset = first.dayOfWeek() - 1; // Monday first
    const int index = offset + date.day() - 1;
    const qreal top = month.top() + (kTitleRows + 1) * g.cell;
    const int column = index % 7;
    const int week = index / 7;
    return QRectF(month.left() + column * g.cell, top + week * g.cell, g.cell, g.cell);
}

QRect YearCalendarView::dayRect(QDate date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    return dayCellRect(geometry(), date).toAlignedRect();
}

QDate YearCalendarView::dateAt(QPoint pos) const
{
    const Geometry g = geometry();
    for (int month = 1; month <= 12; ++month) {
        const QRect rect = monthRect(g, month);
        if (!rect.contains(pos))
            continue;
        const qreal top = rect.top() + (kTitleRows + 1) * g.cell;
        if (pos.y() < top)
            return {};
        const int column = (pos.x() - rect.left()) / g.cell;
        const int week = int((pos.y() - top) / g.cell);
        const QDate first(m_year, month, 1);
        const int day = week * 7 + column - (first.dayOfWeek() - 1) + 1;
        if (day < 1 || day > first.daysInMonth())
            return {};
        return QDate(m_year, month, day);
    }
    return {};
}

void YearCalendarView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    for (int month = 1; month <= 12; ++month)
        paintMonth(painter, g, month);
    paintLegend(painter, g);
}

void YearCalendarView::paintLegend(QPainter &painter, const Geometry &g) const
{
    const struct
    {
        QRgb fill;
        bool outline;
        QString text;
    } entries[] = {
        {colors::dayOff, false, SpecialDayModel::kindName(true)},
        {colors::makeUpDay, false, SpecialDayModel::kindName(false)},
        {colors::weekend, false, tr("Weekend")},
        {colors::accent, true, tr("Today")},
    };
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const qreal box = metrics.height() * 0.8;
    const qreal top = g.origin.y() + gridHeight(g.cell) + g.cell * (kLegendRows - 1.0);
    const qreal middle = top + g.cell / 2.0;
    qreal x = g.origin.x() + 3;
    for (const auto &entry : entries) {
        const QRectF swatch(x, middle - box / 2, box, box);
        if (entry.outline) {
            painter.setPen(QPen(QColor::fromRgb(entry.fill), 1.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(swatch.adjusted(0.8, 0.8, -0.8, -0.8), 3, 3);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor::fromRgb(entry.fill));
            painter.drawRoundedRect(swatch, 3, 3);
        }
        x += box + 6;
        painter.setPen(QColor::fromRgb(colors::mutedText));
        const qreal width = metrics.horizontalAdvance(entry.text);
        painter.drawText(QRectF(x, top, width + 2, g.cell), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.text);
        x += width + 20;
    }
}

void YearCalendarView::paintMonth(QPainter &painter, const Geometry &g, int month) const
{
    const QRect rect = monthRect(g, month);
    const QLocale locale;
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPixelSize(qMax(12, int(g.cell * 0.56)));
    painter.setFont(titleFont);
    painter.setPen(QColor::fromRgb(colors::text));
    const QRectF title(rect.left() + 3, rect.top(), rect.width(), kTitleRows * g.cell);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                     locale.standaloneMonthName(month, QLocale::LongFormat));

    QFont small = font();
    small.setPixelSize(qMax(10, int(g.cell * 0.42)));
    painter.setFont(small);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const QRectF header(rect.left() + (weekday - 1) * g.cell, rect.top() + kTitleRows * g.cell,
                            g.cell, g.cell);
        painter.setPen(
            QColor::fromRgb(weekday >= Qt::Saturday ? colors::weekendText : colors::mutedText));
        painter.drawText(header, Qt::AlignCenter,
                         locale.standaloneDayName(weekday, QLocale::NarrowFormat));
    }
    const QDate first(m_year, month, 1);
    QFont dayFont = font();
    dayFont.setPixelSize(qMax(10, int(g.cell * 0.44)));
    painter.setFont(dayFont);
    for (int day = 1; day <= first.daysInMonth(); ++day) {
        const QDate date(m_year, month, day);
        paintDay(painter, dayCellRect(g, date), date);
    }
}

void YearCalendarView::paintDay(QPainter &painter, const QRectF &cell, QDate date) const
{
    const QRectF inner = cell.adjusted(1.5, 1.5, -1.5, -1.5);
    const qreal radius = inner.width() * 0.22;
    const auto special = m_days.constFind(date);
    QColor fill = Qt::transparent;
    QColor text = QColor::fromRgb(colors::text);
    if (special != m_days.constEnd()) {
        fill = QColor::fromRgb(special->offDay ? colors::dayOff : colors::makeUpDay);
        text = QColor::fromRgb(special->offDay ? colors::dayOffText : colors::makeUpDayText);
    } else if (date.dayOfWeek() >= Qt::Saturday) {
        fill = QColor::fromRgb(colors::weekend);
        text = QColor::fromRgb(colors::weekendText);
    }
    const bool selected = date == m_selected;
    if (selected) {
        fill = QColor::fromRgb(colors::accent);
        text = Qt::white;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(inner, radius, radius);
    if (date == m_hovered && !selected) {
        painter.setPen(QPen(QColor(0x94, 0xa3, 0xb8), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(inner, radius, radius);
    }
    if (date == m_today) {
        painter.setPen(QPen(selected ? QColor(Qt::white) : QColor::fromRgb(colors::accent), 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(inner.adjusted(0.8, 0.8, -0.8, -0.8), radius, radius);
    }
    painter.setPen(text);
    QFont dayFont = painter.font();
    dayFont.setBold(special != m_days.constEnd() || date == m_today);
    painter.setFont(dayFont);
    painter.drawText(cell, Qt::AlignCenter, QString::number(date.day()));
}

QString YearCalendarView::toolTipFor(QDate date) const
{
    const QString when = QLocale().toString(date, QLocale::LongFormat);
    const auto special = m_days.constFind(date);
    if (special != m_days.constEnd()) {
        const QString kind = SpecialDayModel::kindName(special->offDay);
        return special->name.isEmpty()
                   ? QStringLiteral("%1\n%2").arg(when, kind)
                   : QStringLiteral("%1\n%2 · %3").arg(when, special->name, kind);
    }
    return QStringLiteral("%1\n%2").arg(when, date.dayOfWeek() >= Qt::Saturday ? tr("Weekend")
                                                                               : tr("Working day"));
}

bool YearCalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (!date.isValid())
            return QWidget::event(event); // the view's own tooltip, if any
        QToolTip::showText(help->globalPos(), toolTipFor(date), this, dayRect(date));
        return true;
    }
    return QWidget::event(event);
}

void YearCalendarView::mousePressEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !date.isValid())
        return QWidget::mousePressEvent(event);
    setSelectedDate(date);
    Q_EMIT dateClicked(date);
}

void YearCalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !date.isValid())
        return QWidget::mouseDoubleClickEvent(event);
    setSelectedDate(date);
    Q_EMIT dateActivated(date);
}

void YearCalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date != m_hovered) {
        m_hovered = date;
        setCursor(date.isValid() ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void YearCalendarView::leaveEvent(QEvent *event)
{
    m_hovered = {};
    update();
    QWidget::leaveEvent(event);
}

void YearCalendarView::keyPressEvent(QKeyEvent *event)
{
    const QDate current = m_selected.isValid() ? m_selected : QDate(m_year, 1, 1);
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left: step = -1; break;
    case Qt::Key_Right: step = 1; break;
    case Qt::Key_Up: step = -7; break;
    case Qt::Key_Down: step = 7; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected.isValid())
            Q_EMIT dateActivated(m_selected);
        return;
    default: return QWidget::keyPressEvent(event);
    }
    const QDate next = current.addDays(step);
    if (next.year() != m_year)
        return;
    setSelectedDate(next);
    Q_EMIT dateClicked(next);
}

} // namespace sf::ui
