// SPDX-License-Identifier: MIT
#pragma once

#include "core/WorkCalendar.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace sf::ui {

// The days off and make-up working days (调休) of one holiday schedule, ordered by date.
class SpecialDayModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecialDayModel)

public:
    enum Column { DateColumn, WeekdayColumn, KindColumn, NameColumn, ColumnCount };
    static constexpr int DateRole = Qt::UserRole + 1;

    explicit SpecialDayModel(QObject *parent = nullptr);

    void setDays(QList<CalendarDay> days);
    std::optional<CalendarDay> day(int row) const;
    int rowOf(QDate date) const; // -1 if the schedule does not list the date
    int countOffDays() const;

    static QString kindName(bool offDay);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CalendarDay> m_days;
};

} // namespace sf::ui
