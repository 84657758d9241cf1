// SPDX-License-Identifier: MIT
#pragma once

#include "core/WorkCalendar.h"

#include <QDate>
#include <QHash>
#include <QWidget>

namespace sf::ui {

// A whole year at a glance: twelve month grids (weeks start on Monday) in which days off are
// shaded red, make-up working days (调休) blue and weekends grey; the holiday's name is the
// tooltip; a legend follows the months. Click selects a day, double click (or Enter) activates it.
class YearCalendarView final : public QWidget
{
    Q_OBJECT

public:
    explicit YearCalendarView(QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    // The schedule entries of the dates shown (the rest follow the weekly rhythm).
    void setSpecialDays(const QHash<QDate, CalendarDay> &days);
    void setToday(QDate today);
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(QDate date);

    QDate dateAt(QPoint pos) const;
    QRect dayRect(QDate date) const; // empty unless the date is in the year shown

    // The width that the twelve months need at `height`. The view prefers that width: the
    // months grow with the height they are given, and the width left over goes to others.
    static int widthForHeight(int height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dateClicked(QDate date);
    void dateActivated(QDate date);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Geometry
    {
        int cell = 0;
        QPoint origin;
    };
    Geometry geometry() const;
    QRect monthRect(const Geometry &g, int month) const;
    QRectF dayCellRect(const Geometry &g, QDate date) const;
    void paintMonth(QPainter &painter, const Geometry &g, int month) const;
    void paintLegend(QPainter &painter, const Geometry &g) const;
    void paintDay(QPainter &painter, const QRectF &cell, QDate date) const;
    QString toolTipFor(QDate date) const;

    int m_year;
    int m_preferredWidth;
    QHash<QDate, CalendarDay> m_days;
    QDate m_today;
    QDate m_selected;
    QDate m_hovered;
};

} // namespace sf::ui
