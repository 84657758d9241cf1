// SPDX-License-Identifier: MIT
#include "ui/GanttView.h"

#include "ui/PlanItemModel.h"
#include "ui/Theme.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPrinter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace sf::ui {
namespace {

constexpr int kLabelWidth = 300;
constexpr int kHeaderHeight = 50;
constexpr int kRowHeight = 30;
constexpr int kEdgeGrip = 6;
constexpr int kMinDayWidth = 6;
constexpr int kMaxDayWidth = 48;

QColor barColour(const PlanItem &item, bool overdue)
{
    if (overdue)
        return QColor(0xdc, 0x26, 0x26);
    switch (item.status) {
    case PlanItemStatus::Done: return QColor(0x16, 0xa3, 0x4a);
    case PlanItemStatus::Cancelled: return QColor(0x94, 0xa3, 0xb8);
    case PlanItemStatus::InProgress: return QColor(colors::accent);
    case PlanItemStatus::Planned: return QColor(0x60, 0xa5, 0xfa);
    }
    return QColor(colors::accent);
}

} // namespace

GanttView::GanttView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    horizontalScrollBar()->setSingleStep(m_dayWidth);
    verticalScrollBar()->setSingleStep(kRowHeight);
    setFrameShape(QFrame::StyledPanel);
}

QSize GanttView::sizeHint() const
{
    return {900, 420};
}

void GanttView::setModel(PlanItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &GanttView::rebuild);
    rebuild();
}

void GanttView::setCalendar(const WorkCalendar &calendar)
{
    m_calendar = calendar;
    viewport()->update();
}

void GanttView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    rebuild();
}

void GanttView::setDayWidth(int pixels)
{
    pixels = std::clamp(pixels, kMinDayWidth, kMaxDayWidth);
    if (pixels == m_dayWidth)
        return;
    // Keep the day in the middle of the view where it is.
    const QRect chart = chartRect();
    const QDate middle = dateAtX(chart.center().x());
    m_dayWidth = pixels;
    horizontalScrollBar()->setSingleStep(m_dayWidth);
    updateScrollBars();
    if (middle.isValid())
        horizontalScrollBar()->setValue(int(m_first.daysTo(middle)) * m_dayWidth -
                                        chart.width() / 2);
    viewport()->update();
    Q_EMIT zoomChanged(m_dayWidth);
}

void GanttView::zoomIn()
{
    setDayWidth(m_dayWidth < 12 ? m_dayWidth + 2 : m_dayWidth + 8);
}

void GanttView::zoomOut()
{
    setDayWidth(m_dayWidth <= 12 ? m_dayWidth - 2 : m_dayWidth - 8);
}

void GanttView::scrollToToday()
{
    if (!m_model || !m_first.isValid())
        return;
    // Today a third of the way in: the past week and what is coming.
    horizontalScrollBar()->setValue(int(m_first.daysTo(m_model->today())) * m_dayWidth -
                                    chartRect().width() / 3);
}

qint64 GanttView::currentItemId() const
{
    if (!m_model || m_currentRow < 0 || m_currentRow >= m_rows.size())
        return 0;
    const PlanItem *item = m_model->item(m_rows.at(m_currentRow).modelRow);
    return item ? item->id : 0;
}

void GanttView::setCurrentItemId(qint64 id)
{
    if (!m_model)
        return;
    const int modelRow = m_model->rowOfItem(id);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (modelRow >= 0 && m_rows.at(row).modelRow == modelRow) {
            setCurrentRow(row);
            return;
        }
    }
}

void GanttView::rebuild()
{
    const qint64 current = currentItemId();
    m_rows.clear();
    m_currentRow = -1;
    QDate first;
    QDate last;
    const auto extend = [&](QDate date) {
        if (!date.isValid())
            return;
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    };
    if (m_model) {
        extend(m_model->today());
        QString customer;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const PlanItem *item = m_model->item(row);
            if (item->customerId != customer) {
                customer = item->customerId;
                m_rows.append(
                    {customer, item->customerId + QStringLiteral("  ") + item->customerName, -1});
            }
            m_rows.append({customer, item->action, row});
            extend(item->start);
            extend(item->due);
        }
        for (const FollowUpMark &mark : m_model->marks())
            extend(mark.contactAt.toTimeZone(m_zone).date());
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    // From the Monday before the first date to two weeks after the last.
    m_first = first.addDays(1 - first.dayOfWeek()).addDays(-7);
    m_days = int(m_first.daysTo(last)) + 21;
    updateScrollBars();
    if (current)
        setCurrentItemId(current);
    viewport()->update();
}

void GanttView::updateScrollBars()
{
    const QRect chart = chartRect();
    horizontalScrollBar()->setRange(0, std::max(0, m_days * m_dayWidth - chart.width()));
    horizontalScrollBar()->setPageStep(chart.width());
    verticalScrollBar()->setRange(0, std::max(0, int(m_rows.size()) * kRowHeight - chart.height()));
    verticalScrollBar()->setPageStep(chart.height());
}

QRect GanttView::chartRect() const
{
    const QRect area = viewport()->rect();
    return QRect(kLabelWidth, kHeaderHeight, std::max(0, area.width() - kLabelWidth),
                 std::max(0, area.height() - kHeaderHeight));
}

int GanttView::xOfDate(QDate date) const
{
    return kLabelWidth + int(m_first.daysTo(date)) * m_dayWidth - horizontalScrollBar()->value();
}

QDate GanttView::dateAtX(int x) const
{
    if (!m_first.isValid())
        return {};
    const int offset = x - kLabelWidth + horizontalScrollBar()->value();
    return m_first.addDays(offset < 0 ? -1 : offset / m_dayWidth);
}

int GanttView::rowAtY(int y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < m_rows.size() ? row : -1;
}

QRect GanttView::barRect(int row) const
{
    const PlanItem *item = m_model && row >= 0 && row < m_rows.size()
                               ? m_model->item(m_rows.at(row).modelRow)
                               : nullptr;
    if (!item)
        return {};
    const auto [start, due] = shownDates(row, *item);
    const int top = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
    const int left = xOfDate(start);
    const int right = xOfDate(due.addDays(1));
    return QRect(left + 1, top + 7, std::max(4, right - left - 2), kRowHeight - 14);
}

std::pair<QDate, QDate> GanttView::shownDates(int row, const PlanItem &item) const
{
    QDate start = item.start;
    QDate due = item.due;
    if (row == m_dragRow) {
        if (m_drag == Drag::Move || m_drag == Drag::ResizeStart)
            start = start.addDays(m_dragDays);
        if (m_drag == Drag::Move || m_drag == Drag::ResizeEnd)
            due = due.addDays(m_dragDays);
    }
    // While dragged past each other, the bar shrinks to one day.
    return {std::min(start, due), std::max(start, due)};
}

GanttView::Drag GanttView::dragAt(const QPoint &pos, int row) const
{
    const QRect bar = barRect(row);
    if (!bar.isValid() || pos.y() < bar.top() - 3 || pos.y() > bar.bottom() + 3 ||
        pos.x() < bar.left() - kEdgeGrip || pos.x() > bar.right() + kEdgeGrip)
        return Drag::None;
    if (pos.x() >= bar.right() - kEdgeGrip)
        return Drag::ResizeEnd;
    if (pos.x() <= bar.left() + kEdgeGrip)
        return Drag::ResizeStart;
    return Drag::Move;
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void GanttView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paintChart(painter, viewport()->rect(), horizontalScrollBar()->value(),
               verticalScrollBar()->value());
}

void GanttView::paintChart(QPainter &painter, const QRect &area, int scrollX, int scrollY) const
{
    painter.fillRect(area, QColor(colors::surface));
    paintBackground(painter, area, scrollX);
    paintRows(painter, area, scrollX, scrollY);
    paintHeader(painter, area, scrollX);
    paintLabels(painter, area, scrollY);
}

void GanttView::paintBackground(QPainter &painter, const QRect &area, int scrollX) const
{
    const QRect chart(kLabelWidth, kHeaderHeight, area.width() - kLabelWidth,
                      area.height() - kHeaderHeight);
    painter.save();
    painter.setClipRect(chart);
    const int firstDay = scrollX / m_dayWidth;
    const int lastDay = std::min(m_days, (scrollX + chart.width()) / m_dayWidth + 1);
    for (int day = firstDay; day <= lastDay; ++day) {
        const QDate date = m_first.addDays(day);
        const int x = kLabelWidth + day * m_dayWidth - scrollX;
        const bool weekend = date.dayOfWeek() >= 6;
        const bool work = m_calendar.isWorkday(date);
        QColor fill;
        if (!work)
            fill = weekend ? QColor(colors::weekend) : QColor(colors::dayOff);
        else if (weekend)
            fill = QColor(colors::makeUpDay);
        if (fill.isValid())
            painter.fillRect(QRect(x, chart.top(), m_dayWidth, chart.height()), fill);
        if (date.dayOfWeek() == 1 || m_dayWidth >= 14) {
            painter.setPen(QColor(date.dayOfWeek() == 1 ? 0xcbd5e1 : 0xeef1f5));
            painter.drawLine(x, chart.top(), x, chart.bottom());
        }
    }
    if (m_model) {
        const int today = kLabelWidth + int(m_first.daysTo(m_model->today())) * m_dayWidth -
                          scrollX + m_dayWidth / 2;
        painter.setPen(QPen(QColor(0xef, 0x44, 0x44), 2));
        painter.drawLine(today, chart.top(), today, chart.bottom());
    }
    painter.restore();
}

void GanttView::paintHeader(QPainter &painter, const QRect &area, int scrollX) const
{
    const QRect header(kLabelWidth, 0, area.width() - kLabelWidth, kHeaderHeight);
    painter.save();
    painter.fillRect(header, QColor(colors::canvas));
    painter.setClipRect(header);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const int firstDay = scrollX / m_dayWidth;
    const int lastDay = std::min(m_days, (scrollX + header.width()) / m_dayWidth + 1);
    const int half = kHeaderHeight / 2;
    for (int day = firstDay; day <= lastDay; ++day) {
        const QDate date = m_first.addDays(day);
        const int x = kLabelWidth + day * m_dayWidth - scrollX;
        // Upper line: the month where it begins (and at the left edge); lower line: days, or
        // the date of each Monday when days are too narrow for numbers.
        // The month at the left edge stays readable until the next one pushes it away.
        const int nextMonth =
            kLabelWidth +
            int(m_first.daysTo(date.addDays(date.daysInMonth() - date.day() + 1))) * m_dayWidth -
            scrollX;
        if (date.day() == 1 || (day == firstDay && nextMonth - kLabelWidth > 90)) {
            const int left = std::max(x, kLabelWidth);
            painter.setPen(QColor(colors::text));
            painter.drawText(QRect(left + 6, 0, 200, half), Qt::AlignLeft | Qt::AlignVCenter,
                             QLocale().toString(date, tr("MMMM yyyy")));
            painter.setPen(QColor(colors::border));
            painter.drawLine(x, 4, x, half);
        }
        const bool weekend = date.dayOfWeek() >= 6;
        const bool work = m_calendar.isWorkday(date);
        if (m_dayWidth >= 18) {
            QString label = QString::number(date.day());
            QColor colour(colors::mutedText);
            if (!work && !weekend) {
                label = tr("Off", "a public holiday, in the day row of the chart");
                colour = QColor(colors::dayOffText);
            } else if (work && weekend) {
                label = tr("Work", "a make-up working day, in the day row of the chart");
                colour = QColor(colors::makeUpDayText);
            } else if (weekend) {
                colour = QColor(colors::weekendText);
            }
            painter.setPen(colour);
            painter.drawText(QRect(x, half, m_dayWidth, half), Qt::AlignCenter, label);
        } else if (date.dayOfWeek() == 1) {
            painter.setPen(QColor(colors::mutedText));
            painter.drawText(QRect(x + 3, half, 7 * m_dayWidth, half),
                             Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(date, tr("M/d")));
        }
    }
    painter.setPen(QColor(colors::border));
    painter.drawLine(header.left(), kHeaderHeight - 1, header.right(), kHeaderHeight - 1);
    painter.restore();
}

void GanttView::paintRows(QPainter &painter, const QRect &area, int scrollX, int scrollY) const
{
    if (!m_model)
        return;
    const QRect chart(kLabelWidth, kHeaderHeight, area.width() - kLabelWidth,
                      area.height() - kHeaderHeight);
    painter.save();
    painter.setClipRect(chart);
    painter.setRenderHint(QPainter::Antialiasing);
    const int firstRow = scrollY / kRowHeight;
    const int lastRow = std::min(int(m_rows.size()) - 1, (scrollY + chart.height()) / kRowHeight);
    const auto xOf = [&](QDate date) {
        return kLabelWidth + int(m_first.daysTo(date)) * m_dayWidth - scrollX;
    };
    for (int row = firstRow; row <= lastRow; ++row) {
        const Row &r = m_rows.at(row);
        const int top = kHeaderHeight + row * kRowHeight - scrollY;
        if (row == m_currentRow)
            painter.fillRect(QRect(chart.left(), top, chart.width(), kRowHeight),
                             QColor(0x25, 0x63, 0xeb, 28));
        painter.setPen(QColor(colors::border));
        painter.drawLine(chart.left(), top + kRowHeight - 1, chart.right(), top + kRowHeight - 1);
        if (r.modelRow < 0) {
            // The customer's follow-up records as diamonds: filled when they made progress.
            for (const FollowUpMark &mark : m_model->marks()) {
                if (mark.customerId != r.customerId)
                    continue;
                const int x = xOf(mark.contactAt.toTimeZone(m_zone).date()) + m_dayWidth / 2;
                QPainterPath diamond;
                const int cy = top + kRowHeight / 2;
                diamond.moveTo(x, cy - 6);
                diamond.lineTo(x + 6, cy);
                diamond.lineTo(x, cy + 6);
                diamond.lineTo(x - 6, cy);
                diamond.closeSubpath();
                painter.setPen(QPen(QColor(0x0f, 0x76, 0x6e), 1.5));
                painter.setBrush(mark.progress ? QColor(0x14, 0xb8, 0xa6)
                                               : QColor(colors::surface));
                painter.drawPath(diamond);
            }
            continue;
        }
        const PlanItem *item = m_model->item(r.modelRow);
        const auto [start, due] = shownDates(row, *item);
        const QRect bar(xOf(start) + 1, top + 7,
                        std::max(4, int(start.daysTo(due) + 1) * m_dayWidth - 2), kRowHeight - 14);
        const QColor colour = barColour(*item, m_model->isOverdue(*item));
        QColor light = colour;
        light.setAlpha(70);
        painter.setPen(Qt::NoPen);
        painter.setBrush(light);
        painter.drawRoundedRect(bar, 4, 4);
        QRect done = bar;
        done.setWidth(bar.width() * std::clamp(item->progress, 0, 100) / 100);
        painter.setBrush(colour);
        if (done.width() > 0)
            painter.drawRoundedRect(done, 4, 4);
        if (item->supportLate) {
            painter.setBrush(QColor(0xf5, 0x9e, 0x0b));
            painter.drawEllipse(QPoint(bar.left(), bar.top()), 4, 4);
        }
        // Beside the bar: with whom and how (the action is in the label column).
        painter.setPen(QColor(colors::mutedText));
        const QString text =
            item->counterpart + QStringLiteral(" · ") + FollowUpTexts::method(item->method);
        QRect textRect(bar.right() + 6, top, 320, kRowHeight);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, 320));
    }
    painter.restore();
}

void GanttView::paintLabels(QPainter &painter, const QRect &area, int scrollY) const
{
    const QRect labels(0, kHeaderHeight, kLabelWidth, area.height() - kHeaderHeight);
    painter.save();
    painter.fillRect(QRect(0, 0, kLabelWidth, area.height()), QColor(colors::surface));
    painter.setPen(QColor(colors::mutedText));
    painter.drawText(QRect(12, 0, kLabelWidth - 12, kHeaderHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Customer / plan item"));
    painter.setClipRect(labels);
    const int firstRow = scrollY / kRowHeight;
    const int lastRow = std::min(int(m_rows.size()) - 1, (scrollY + labels.height()) / kRowHeight);
    QFont bold = painter.font();
    bold.setBold(true);
    const QFont normal = painter.font();
    for (int row = firstRow; row <= lastRow; ++row) {
        const Row &r = m_rows.at(row);
        const int top = kHeaderHeight + row * kRowHeight - scrollY;
        const QRect line(0, top, kLabelWidth, kRowHeight);
        if (r.modelRow < 0)
            painter.fillRect(line, QColor(colors::canvas));
        if (row == m_currentRow)
            painter.fillRect(line, QColor(colors::accentSoft));
        painter.setFont(r.modelRow < 0 ? bold : normal);
        const PlanItem *item = r.modelRow >= 0 && m_model ? m_model->item(r.modelRow) : nullptr;
        painter.setPen(item && m_model->isOverdue(*item) ? QColor(0xb9, 0x1c, 0x1c)
                                                         : QColor(colors::text));
        const int indent = r.modelRow < 0 ? 12 : 26;
        const QRect text(indent, top, kLabelWidth - indent - 8, kRowHeight);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(r.title, Qt::ElideRight, text.width()));
        painter.setPen(QColor(colors::border));
        painter.drawLine(0, top + kRowHeight - 1, kLabelWidth, top + kRowHeight - 1);
    }
    painter.restore();
    painter.setPen(QColor(colors::border));
    painter.drawLine(kLabelWidth - 1, 0, kLabelWidth - 1, area.height());
}

void GanttView::setCurrentRow(int row)
{
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    // Keep the row in view.
    const int top = row * kRowHeight;
    QScrollBar *bar = verticalScrollBar();
    if (row >= 0 && top < bar->value())
        bar->setValue(top);
    else if (row >= 0 && top + kRowHeight > bar->value() + chartRect().height())
        bar->setValue(top + kRowHeight - chartRect().height());
    viewport()->update();
    Q_EMIT currentItemChanged(currentItemId());
}

void GanttView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAtY(event->position().toPoint().y());
    if (event->button() != Qt::LeftButton || row < 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setCurrentRow(row);
    m_drag = dragAt(event->position().toPoint(), row);
    if (m_drag != Drag::None) {
        m_dragRow = row;
        m_dragStartX = event->position().toPoint().x();
        m_dragDays = 0;
    }
}

void GanttView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        const Drag hover = dragAt(pos, rowAtY(pos.y()));
        viewport()->setCursor(hover == Drag::Move   ? Qt::OpenHandCursor
                              : hover == Drag::None ? Qt::ArrowCursor
                                                    : Qt::SizeHorCursor);
        return;
    }
    const int days = qRound(double(pos.x() - m_dragStartX) / m_dayWidth);
    if (days != m_dragDays) {
        m_dragDays = days;
        viewport()->update();
    }
}

void GanttView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    const int row = m_dragRow;
    const int days = m_dragDays;
    m_drag = Drag::None;
    m_dragRow = -1;
    m_dragDays = 0;
    viewport()->update();
    const PlanItem *item = m_model ? m_model->item(m_rows.value(row).modelRow) : nullptr;
    if (!item || days == 0)
        return;
    QDate start = item->start;
    QDate due = item->due;
    if (drag == Drag::Move || drag == Drag::ResizeStart)
        start = start.addDays(days);
    if (drag == Drag::Move || drag == Drag::ResizeEnd)
        due = due.addDays(days);
    if (due < start)
        return; // an item cannot end before it starts
    Q_EMIT itemDatesChanged(item->id, start, due);
}

void GanttView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAtY(event->position().toPoint().y());
    if (row >= 0 && m_rows.at(row).modelRow >= 0) {
        setCurrentRow(row);
        Q_EMIT itemActivated(currentItemId());
    }
}

void GanttView::moveCurrent(int days, bool resizeEnd)
{
    const PlanItem *item =
        m_model && m_currentRow >= 0 ? m_model->item(m_rows.at(m_currentRow).modelRow) : nullptr;
    if (!item)
        return;
    const QDate start = resizeEnd ? item->start : item->start.addDays(days);
    const QDate due = item->due.addDays(days);
    if (due < start)
        return;
    Q_EMIT itemDatesChanged(item->id, start, due);
}

void GanttView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        for (int row = m_currentRow + step; row >= 0 && row < m_rows.size(); row += step) {
            if (m_rows.at(row).modelRow >= 0) {
                setCurrentRow(row);
                break;
            }
        }
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        if (ctrl)
            moveCurrent(step, shift);
        else
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step * m_dayWidth);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentItemId())
            Q_EMIT itemActivated(currentItemId());
        return;
    case Qt::Key_Home: scrollToToday(); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    default: QAbstractScrollArea::keyPressEvent(event);
    }
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool GanttView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(rowAtY(help->pos().y()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString GanttView::toolTipFor(int row) const
{
    const PlanItem *item = m_model && row >= 0 && row < m_rows.size()
                               ? m_model->item(m_rows.at(row).modelRow)
                               : nullptr;
    if (!item)
        return {};
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(item->action.toHtmlEscaped(), item->goal.toHtmlEscaped());
    text += QStringLiteral("<br>") +
            tr("%1 with %2 · %3 to %4 · %5% · %6")
                .arg(FollowUpTexts::method(item->method), item->counterpart.toHtmlEscaped(),
                     item->start.toString(Qt::ISODate), item->due.toString(Qt::ISODate))
                .arg(item->progress)
                .arg(FollowUpTexts::planStatus(item->status));
    if (!item->supportNeeded.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Support: %1").arg(item->supportNeeded.toHtmlEscaped()) +
                (item->supportLate ? tr(" — requested late (R10)") : QString());
    if (m_model->isOverdue(*item))
        text += QStringLiteral("<br><span style='color:#b91c1c'>%1</span>").arg(tr("Overdue"));
    return text;
}

QImage GanttView::renderImage(qreal scale) const
{
    const QSize size(kLabelWidth + m_days * m_dayWidth,
                     kHeaderHeight + int(m_rows.size()) * kRowHeight);
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font());
    painter.scale(scale, scale);
    paintChart(painter, QRect(QPoint(0, 0), size), 0, 0);
    return image;
}

void GanttView::print(QPrinter *printer) const
{
    const QImage image = renderImage(2.0);
    QPainter painter(printer);
    const QRect page = printer->pageLayout().paintRectPixels(printer->resolution());
    const qreal scale = qreal(page.width()) / image.width();
    const int sliceHeight = int(page.height() / scale);
    for (int top = 0; top < image.height(); top += sliceHeight) {
        if (top > 0)
            printer->newPage();
        const QImage slice = image.copy(0, top, image.width(), sliceHeight);
        painter.drawImage(QRect(0, 0, page.width(), int(slice.height() * scale)), slice);
    }
}

} // namespace sf::ui
