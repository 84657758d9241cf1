// SPDX-License-Identifier: MIT
#include "ui/SpecialDayModel.h"

#include "ui/Theme.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace sf::ui {
namespace {

// A small round dot in the colour the year view gives the kind of day.
QIcon kindDot(bool offDay)
{
    static const auto make = [](QRgb rgb) {
        QPixmap pixmap(20, 20);
        pixmap.setDevicePixelRatio(2.0);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromRgb(rgb));
        painter.drawEllipse(QRectF(2, 2, 6, 6));
        return QIcon(pixmap);
    };
    static const QIcon off = make(colors::dayOffText);
    static const QIcon work = make(colors::makeUpDayText);
    return offDay ? off : work;
}

} // namespace

SpecialDayModel::SpecialDayModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SpecialDayModel::setDays(QList<CalendarDay> days)
{
    std::sort(days.begin(), days.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

std::optional<CalendarDay> SpecialDayModel::day(int row) const
{
    if (row < 0 || row >= m_days.size())
        return std::nullopt;
    return m_days.at(row);
}

int SpecialDayModel::rowOf(QDate date) const
{
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days.at(row).date == date)
            return row;
    }
    return -1;
}

int SpecialDayModel::countOffDays() const
{
    return int(std::count_if(m_days.cbegin(), m_days.cend(),
                             [](const CalendarDay &day) { return day.offDay; }));
}

QString SpecialDayModel::kindName(bool offDay)
{
    return offDay ? tr("Day off") : tr("Make-up working day");
}

int SpecialDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int SpecialDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecialDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarDay &day = m_days.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return day.date.toString(Qt::ISODate);
        case WeekdayColumn: return QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
        case KindColumn: return kindName(day.offDay);
        case NameColumn: return day.name;
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == KindColumn)
            return QColor::fromRgb(day.offDay ? colors::dayOffText : colors::makeUpDayText);
        if (index.column() == WeekdayColumn && day.date.dayOfWeek() >= Qt::Saturday)
            return QColor::fromRgb(colors::mutedText);
        return {};
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return kindDot(day.offDay);
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2 · %3")
            .arg(QLocale().toString(day.date, QLocale::LongFormat), kindName(day.offDay), day.name);
    case DateRole: return day.date;
    default: return {};
    }
}

QVariant SpecialDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case WeekdayColumn: return tr("Weekday");
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    default: return {};
    }
}

} // namespace sf::ui
