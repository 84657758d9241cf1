// SPDX-License-Identifier: MIT
#include "ui/RegionsPage.h"

#include "services/RegionService.h"
#include "services/Workspace.h"
#include "ui/RegionDialog.h"
#include "ui/RegionModel.h"
#include "ui/TableViews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sf::ui {

RegionsPage::RegionsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RegionModel(this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_renameButton(new QPushButton(tr("Re&name…"), this))
    , m_activeButton(new QPushButton(tr("&Deactivate"), this))
    , m_canEdit(workspace.actor().role == Role::Admin)
{
    m_addButton->setObjectName(QStringLiteral("addRegionButton"));
    m_addButton->setProperty("role", QStringLiteral("primary"));
    m_renameButton->setObjectName(QStringLiteral("renameRegionButton"));
    m_activeButton->setObjectName(QStringLiteral("activeRegionButton"));
    m_table->setObjectName(QStringLiteral("regionTable"));
    m_table->setModel(m_model);
    setUpTableView(m_table);
    m_table->horizontalHeader()->resizeSection(RegionModel::CodeColumn, 110);
    m_table->horizontalHeader()->resizeSection(RegionModel::NameColumn, 320);
    m_error->setProperty("tone", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *intro = new QLabel(tr("A region's code starts the id of every customer entered in it "
                                "(R1), e.g. HZ2025001 for the first customer of Hangzhou in "
                                "2025. Codes never change; a region no longer used is "
                                "deactivated rather than removed."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("tone", QStringLiteral("note"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_activeButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_addButton, &QPushButton::clicked, this, &RegionsPage::addRegion);
    connect(m_renameButton, &QPushButton::clicked, this, &RegionsPage::renameRegion);
    connect(m_activeButton, &QPushButton::clicked, this, &RegionsPage::toggleActive);
    connect(m_table, &QTableView::doubleClicked, this, &RegionsPage::renameRegion);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegionsPage::updateButtons);
    if (!m_canEdit) {
        const QString reason = tr("Only an administrator may change regions.");
        m_addButton->setToolTip(reason);
        m_renameButton->setToolTip(reason);
        m_activeButton->setToolTip(reason);
    }
    reload();
}

void RegionsPage::reload()
{
    const QString selected = selectedRegion() ? selectedRegion()->code : QString();
    auto regions = m_workspace.regions().list();
    m_model->setRegions(regions ? *regions : QList<Region>());
    m_error->setVisible(!regions);
    if (!regions)
        m_error->setText(regions.error().message);
    selectCode(selected);
    updateButtons();
}

std::optional<Region> RegionsPage::selectedRegion() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->region(rows.first().row());
}

void RegionsPage::selectCode(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row >= 0)
        m_table->selectRow(row);
}

void RegionsPage::updateButtons()
{
    const auto region = selectedRegion();
    m_addButton->setEnabled(m_canEdit);
    m_renameButton->setEnabled(m_canEdit && region);
    m_activeButton->setEnabled(m_canEdit && region);
    m_activeButton->setText(region && !region->active ? tr("&Activate") : tr("&Deactivate"));
}

void RegionsPage::reportFailure(const QString &title, const Error &error)
{
    QString message = error.message;
    if (error.kind == ErrorKind::Conflict)
        message += QStringLiteral("\n\n") + tr("The list has been reloaded; check the region "
                                               "and try again.");
    QMessageBox::warning(this, title, message);
    reload();
}

void RegionsPage::addRegion()
{
    RegionDialog dialog(
        m_workspace.now().date().year(),
        [this](const QString &code, const QString &name) {
            return m_workspace.regions().add(code, name);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCode(dialog.code());
}

void RegionsPage::renameRegion()
{
    const auto region = selectedRegion();
    if (!region || !m_canEdit)
        return;
    // The dialog reports a refusal itself; a conflict means someone else changed the region.
    bool conflict = false;
    RegionDialog dialog(
        m_workspace.now().date().year(),
        [this, &conflict, region](const QString &, const QString &name) {
            Region changed = *region;
            changed.name = name;
            Status status = m_workspace.regions().update(changed);
            conflict = !status && status.error().kind == ErrorKind::Conflict;
            return status;
        },
        this);
    dialog.setRegion(*region);
    dialog.exec();
    reload();
    if (conflict)
        QMessageBox::information(this, tr("Rename region"),
                                 tr("The list has been reloaded with the latest data."));
}

void RegionsPage::toggleActive()
{
    auto region = selectedRegion();
    if (!region || !m_canEdit)
        return;
    if (region->active) {
        const auto answer = QMessageBox::question(
            this, tr("Deactivate region"),
            tr("Deactivate %1 (%2)?\n\nNo new customer ids are issued for it; existing "
               "customers keep theirs. You can activate it again later.")
                .arg(region->name, region->code),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    region->active = !region->active;
    if (const Status status = m_workspace.regions().update(*region); !status) {
        reportFailure(region->active ? tr("Activate region") : tr("Deactivate region"),
                      status.error());
        return;
    }
    reload();
}

} // namespace sf::ui
