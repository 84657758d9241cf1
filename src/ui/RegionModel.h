// SPDX-License-Identifier: MIT
#pragma once

#include "core/Region.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace sf::ui {

// The sales regions, whose codes start every customer id (R1).
class RegionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionModel)

public:
    enum Column { CodeColumn, NameColumn, StatusColumn, ColumnCount };

    explicit RegionModel(QObject *parent = nullptr);

    void setRegions(QList<Region> regions);
    std::optional<Region> region(int row) const;
    int rowOf(const QString &code) const; // -1 if absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Region> m_regions;
};

} // namespace sf::ui
