// SPDX-License-Identifier: MIT
#pragma once

#include "core/ContractTemplate.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ContractTemplateDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// The contract template editor (R14): templates by name, their Markdown text with placeholders
// inserted from a menu, and a live preview filled from a contract when one is given. Legal,
// managers and administrators edit; everyone else reads.
class ContractTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    ContractTemplateDialog(Workspace &workspace, std::optional<qint64> previewContract,
                           QWidget *parent = nullptr);
    ~ContractTemplateDialog() override;

    // For tests: the template shown.
    const ContractTemplate &current() const { return m_current; }

private:
    void reload(qint64 selectId);
    void showTemplate(int row);
    void updatePreview();
    void newTemplate();
    bool save();
    void removeCurrent();
    bool confirmDiscard();
    bool isDirty() const;

    Workspace &m_workspace;
    std::optional<qint64> m_previewContract;
    std::unique_ptr<::Ui::ContractTemplateDialog> m_ui;
    QList<ContractTemplate> m_templates;
    ContractTemplate m_current;
    bool m_canEdit = false;
};

} // namespace sf::ui
