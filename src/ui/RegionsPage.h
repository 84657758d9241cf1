// SPDX-License-Identifier: MIT
#pragma once

#include "core/Region.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace sf {
class Workspace;
struct Error;
} // namespace sf

namespace sf::ui {

class RegionModel;

// The sales regions (R1: their codes start every customer id). Administrators add regions,
// rename them and deactivate the ones no longer used; a stale edit is reported, never applied.
class RegionsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RegionsPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    RegionModel *model() const { return m_model; }

private:
    std::optional<Region> selectedRegion() const;
    void selectCode(const QString &code);
    void updateButtons();
    void addRegion();
    void renameRegion();
    void toggleActive();
    void reportFailure(const QString &title, const Error &error);

    Workspace &m_workspace;
    RegionModel *m_model;
    QTableView *m_table;
    QLabel *m_error;
    QPushButton *m_addButton;
    QPushButton *m_renameButton;
    QPushButton *m_activeButton;
    bool m_canEdit;
};

} // namespace sf::ui
