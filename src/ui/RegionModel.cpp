// SPDX-License-Identifier: MIT
#include "ui/RegionModel.h"

#include "ui/Theme.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace sf::ui {

RegionModel::RegionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RegionModel::setRegions(QList<Region> regions)
{
    std::sort(regions.begin(), regions.end(),
              [](const Region &a, const Region &b) { return a.code < b.code; });
    beginResetModel();
    m_regions = std::move(regions);
    endResetModel();
}

std::optional<Region> RegionModel::region(int row) const
{
    if (row < 0 || row >= m_regions.size())
        return std::nullopt;
    return m_regions.at(row);
}

int RegionModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_regions.size(); ++row) {
        if (m_regions.at(row).code == code)
            return row;
    }
    return -1;
}

int RegionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

int RegionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Region &region = m_regions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: return region.code;
        case NameColumn: return region.name;
        case StatusColumn: return region.active ? tr("Active") : tr("Inactive");
        default: return {};
        }
    case Qt::ForegroundRole:
        if (!region.active)
            return QColor::fromRgb(colors::mutedText);
        if (index.column() == StatusColumn)
            return QColor(0x15, 0x80, 0x3d);
        return {};
    case Qt::FontRole:
        if (index.column() == CodeColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return region.active
                   ? tr("New customers of %1 get ids starting with %2.")
                         .arg(region.name, region.code)
                   : tr("%1 is inactive: no new customer ids are issued for it.").arg(region.name);
    default: return {};
    }
}

QVariant RegionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace sf::ui
