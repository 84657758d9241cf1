// SPDX-License-Identifier: MIT
#pragma once

#include "core/FollowUp.h"
#include "core/WorkCalendar.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QList>
#include <QPointer>
#include <QTimeZone>

#include <utility>

class QPainter;
class QPrinter;

namespace sf::ui {

class PlanItemModel;

// The follow-up Gantt plan (table 2), painted: plan items in rows grouped by customer, a time axis
// of days or weeks, weekends and days off shaded and make-up working days marked from the work
// calendar, a line at today, bars with their progress (overdue ones red), and the customer's
// follow-up records as diamonds on its row. A bar is moved by dragging it and its end by dragging
// its edge; Ctrl+arrows do the same from the keyboard. The view only proposes the change
// (itemDatesChanged); the page saves it and reloads the model.
class GanttView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit GanttView(QWidget *parent = nullptr);

    void setModel(PlanItemModel *model);
    void setCalendar(const WorkCalendar &calendar);
    // The team's time zone: a follow-up is marked on the day of its contact there, as every
    // other date of the chart (default: the system's).
    void setTimeZone(const QTimeZone &zone);

    // Pixels per day: 6 (quarter view) to 48 (close day view).
    int dayWidth() const { return m_dayWidth; }
    void setDayWidth(int pixels);
    void zoomIn();
    void zoomOut();
    void scrollToToday();

    qint64 currentItemId() const;
    void setCurrentItemId(qint64 id);

    // The whole chart, not only what is scrolled into view, for export and printing.
    QImage renderImage(qreal scale = 1.0) const;
    // Prints the chart scaled to the page width, over as many pages as it needs.
    void print(QPrinter *printer) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void currentItemChanged(qint64 id);
    void itemActivated(qint64 id);
    void itemDatesChanged(qint64 id, QDate start, QDate due);
    void zoomChanged(int dayWidth);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // One row of the chart: a customer's header row (with its follow-up marks) or an item.
    struct Row
    {
        QString customerId;
        QString title;
        int modelRow = -1; // -1: the customer's header row
    };
    enum class Drag { None, Move, ResizeStart, ResizeEnd };

    void rebuild();
    void updateScrollBars();
    QRect chartRect() const;
    int xOfDate(QDate date) const; // in viewport coordinates
    QDate dateAtX(int x) const;
    int rowAtY(int y) const; // -1 outside the rows
    QRect barRect(int row) const;
    // An item's dates as shown: moved by the drag in progress.
    std::pair<QDate, QDate> shownDates(int row, const PlanItem &item) const;
    Drag dragAt(const QPoint &pos, int row) const;
    void paintChart(QPainter &painter, const QRect &area, int scrollX, int scrollY) const;
    void paintBackground(QPainter &painter, const QRect &area, int scrollX) const;
    void paintHeader(QPainter &painter, const QRect &area, int scrollX) const;
    void paintRows(QPainter &painter, const QRect &area, int scrollX, int scrollY) const;
    void paintLabels(QPainter &painter, const QRect &area, int scrollY) const;
    void setCurrentRow(int row);
    void moveCurrent(int days, bool resizeEnd);
    QString toolTipFor(int row) const;

    QPointer<PlanItemModel> m_model;
    WorkCalendar m_calendar;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Row> m_rows;
    QDate m_first; // the first day of the axis (a Monday)
    int m_days = 0;
    int m_dayWidth = 28;
    int m_currentRow = -1;
    Drag m_drag = Drag::None;
    int m_dragRow = -1;
    int m_dragStartX = 0;
    int m_dragDays = 0;
};

} // namespace sf::ui
