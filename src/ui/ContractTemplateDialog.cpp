// SPDX-License-Identifier: MIT
#include "ui/ContractTemplateDialog.h"

#include "services/ContractTemplateService.h"
#include "services/Workspace.h"
#include "ui/FieldMessage.h"
#include "ui_ContractTemplateDialog.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace sf::ui {

ContractTemplateDialog::ContractTemplateDialog(Workspace &workspace,
                                               std::optional<qint64> previewContract,
                                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_previewContract(previewContract)
    , m_ui(std::make_unique<::Ui::ContractTemplateDialog>())
{
    m_ui->setupUi(this);
    const Role role = workspace.actor().role;
    m_canEdit = role == Role::Legal || role == Role::Manager || role == Role::Admin;
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->bodyEdit->setTabChangesFocus(true);
    m_ui->preview->setOpenLinks(false);
    m_ui->preview->setPlaceholderText(tr("The preview of the drafted contract."));

    auto *menu = new QMenu(m_ui->insertButton);
    for (const TemplatePlaceholder &placeholder : ContractTemplates::placeholders()) {
        QAction *action = menu->addAction(placeholder.description + QStringLiteral("  {") +
                                          placeholder.key + u'}');
        const QString text = u'{' + placeholder.key + u'}';
        connect(action, &QAction::triggered, this, [this, text] {
            m_ui->bodyEdit->insertPlainText(text);
            m_ui->bodyEdit->setFocus();
        });
    }
    m_ui->insertButton->setMenu(menu);

    for (QWidget *editor :
         {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->insertButton),
          static_cast<QWidget *>(m_ui->newButton), static_cast<QWidget *>(m_ui->removeButton)}) {
        editor->setEnabled(m_canEdit);
        if (!m_canEdit)
            editor->setToolTip(tr("Only legal, managers and administrators edit templates."));
    }
    m_ui->bodyEdit->setReadOnly(!m_canEdit);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(m_canEdit);

    // The preview follows the typing, a moment after it stops.
    auto *previewTimer = new QTimer(this);
    previewTimer->setSingleShot(true);
    previewTimer->setInterval(250);
    connect(previewTimer, &QTimer::timeout, this, &ContractTemplateDialog::updatePreview);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, previewTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->templateList, &QListWidget::currentRowChanged, this,
            &ContractTemplateDialog::showTemplate);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ContractTemplateDialog::newTemplate);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &ContractTemplateDialog::removeCurrent);
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ContractTemplateDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        if (confirmDiscard())
            reject();
    });
    reload(0);
}

ContractTemplateDialog::~ContractTemplateDialog() = default;

void ContractTemplateDialog::reload(qint64 selectId)
{
    auto templates = m_workspace.contractTemplates().templates();
    if (!templates) {
        setFieldMessage(m_ui->messageLabel, templates.error().message, FieldMessageKind::Error);
        return;
    }
    m_templates = *templates;
    const QSignalBlocker blocker(m_ui->templateList);
    m_ui->templateList->clear();
    int selected = 0;
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        m_ui->templateList->addItem(m_templates.at(i).name);
        if (m_templates.at(i).id == selectId)
            selected = int(i);
    }
    m_ui->templateList->setCurrentRow(selected);
    showTemplate(selected);
}

void ContractTemplateDialog::showTemplate(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    if (m_templates.at(row).id != m_current.id && !confirmDiscard()) {
        const QSignalBlocker blocker(m_ui->templateList);
        for (qsizetype i = 0; i < m_templates.size(); ++i) {
            if (m_templates.at(i).id == m_current.id)
                m_ui->templateList->setCurrentRow(int(i));
        }
        return;
    }
    m_current = m_templates.at(row);
    m_ui->nameEdit->setText(m_current.name);
    m_ui->bodyEdit->setPlainText(m_current.body);
    setFieldMessage(
        m_ui->messageLabel,
        tr("Last changed by %1 at %2.")
            .arg(m_current.updatedBy == QLatin1String("system") ? QStringLiteral("SalesFlow")
                                                                : m_current.updatedBy,
                 QLocale().toString(m_current.updatedAt.toLocalTime(), QLocale::ShortFormat)),
        FieldMessageKind::Note);
    updatePreview();
}

bool ContractTemplateDialog::isDirty() const
{
    return m_canEdit && (m_ui->nameEdit->text() != m_current.name ||
                         m_ui->bodyEdit->toPlainText() != m_current.body);
}

bool ContractTemplateDialog::confirmDiscard()
{
    if (!isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved template"),
        tr("Template \"%1\" has changes that are not saved. Save them?").arg(m_current.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_ui->nameEdit->setText(m_current.name);
        m_ui->bodyEdit->setPlainText(m_current.body);
        return true;
    }
    return false;
}

void ContractTemplateDialog::updatePreview()
{
    const QString body = m_ui->bodyEdit->toPlainText();
    if (!m_previewContract) {
        m_ui->preview->setMarkdown(body);
        return;
    }
    auto drafted = m_workspace.contractTemplates().preview(*m_previewContract, body);
    if (!drafted) {
        m_ui->preview->setMarkdown(body);
        return;
    }
    m_ui->preview->setMarkdown(drafted->markdown);
    if (!drafted->unknownPlaceholders.isEmpty())
        setFieldMessage(m_ui->messageLabel,
                        tr("Unknown placeholders are left as they are: {%1}.")
                            .arg(drafted->unknownPlaceholders.join(QStringLiteral("}, {"))),
                        FieldMessageKind::Warning);
}

void ContractTemplateDialog::newTemplate()
{
    if (!confirmDiscard())
        return;
    ContractTemplate fresh;
    fresh.name = tr("New template");
    fresh.body = ContractTemplates::standardBody();
    m_current = fresh;
    m_ui->templateList->clearSelection();
    m_ui->nameEdit->setText(QString());
    m_ui->nameEdit->setPlaceholderText(fresh.name);
    m_ui->bodyEdit->setPlainText(fresh.body);
    m_ui->nameEdit->setFocus();
    m_current.name.clear();
}

bool ContractTemplateDialog::save()
{
    ContractTemplate edited = m_current;
    edited.name = m_ui->nameEdit->text();
    edited.body = m_ui->bodyEdit->toPlainText();
    auto saved = m_workspace.contractTemplates().save(edited);
    if (!saved) {
        setFieldMessage(m_ui->messageLabel, saved.error().message, FieldMessageKind::Error);
        return false;
    }
    m_current = *saved;
    reload(saved->id);
    setFieldMessage(m_ui->messageLabel, tr("Template \"%1\" saved.").arg(saved->name),
                    FieldMessageKind::Note);
    return true;
}

void ContractTemplateDialog::removeCurrent()
{
    if (m_current.id == 0)
        return;
    if (QMessageBox::question(this, tr("Delete template"),
                              tr("Delete template \"%1\"? Contracts already drafted keep their "
                                 "text.")
                                  .arg(m_current.name)) != QMessageBox::Yes)
        return;
    if (auto removed = m_workspace.contractTemplates().remove(m_current.id); !removed) {
        setFieldMessage(m_ui->messageLabel, removed.error().message, FieldMessageKind::Error);
        return;
    }
    m_current = {};
    reload(0);
}

} // namespace sf::ui
