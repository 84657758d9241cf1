// SPDX-License-Identifier: MIT
#include "ui/ContractDocumentDialog.h"

#include "services/ContractTemplateService.h"
#include "services/Workspace.h"
#include "ui/ContractTemplateDialog.h"
#include "ui/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sf::ui {

ContractDocumentDialog::ContractDocumentDialog(Workspace &workspace, qint64 contractId,
                                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_contractId(contractId)
    , m_templates(new QComboBox(this))
    , m_text(new QTextBrowser(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("contractDocumentDialog"));
    setWindowTitle(tr("Contract document"));
    resize(820, 760);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Template:"), this);
    label->setBuddy(m_templates);
    top->addWidget(label);
    top->addWidget(m_templates, 1);
    auto *editTemplates = new QPushButton(tr("&Edit templates…"), this);
    const Role role = workspace.actor().role;
    editTemplates->setVisible(role == Role::Legal || role == Role::Manager || role == Role::Admin);
    top->addWidget(editTemplates);
    layout->addLayout(top);
    m_text->setObjectName(QStringLiteral("contractText"));
    layout->addWidget(m_text, 1);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, &ContractDocumentDialog::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &ContractDocumentDialog::print);
    connect(m_templates, &QComboBox::currentIndexChanged, this, &ContractDocumentDialog::draft);
    connect(editTemplates, &QPushButton::clicked, this, [this] {
        ContractTemplateDialog editor(m_workspace, m_contractId, this);
        editor.exec();
        loadTemplates();
    });
    loadTemplates();
}

void ContractDocumentDialog::loadTemplates()
{
    auto templates = m_workspace.contractTemplates().templates();
    if (!templates) {
        setFieldMessage(m_message, templates.error().message, FieldMessageKind::Error);
        return;
    }
    const qint64 previous = m_templates->currentData().toLongLong();
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    for (const ContractTemplate &entry : *templates) {
        m_templates->addItem(entry.name, entry.id);
        if (entry.id == previous)
            m_templates->setCurrentIndex(m_templates->count() - 1);
    }
    draft();
}

void ContractDocumentDialog::draft()
{
    auto drafted = m_workspace.contractTemplates().draft(m_contractId,
                                                         m_templates->currentData().toLongLong());
    if (!drafted) {
        setFieldMessage(m_message, drafted.error().message, FieldMessageKind::Error);
        return;
    }
    m_number = drafted->number;
    m_markdown = drafted->markdown;
    m_text->setMarkdown(m_markdown);
    setWindowTitle(tr("Contract %1").arg(m_number));
    setFieldMessage(m_message,
                    drafted->unknownPlaceholders.isEmpty()
                        ? QString()
                        : tr("The template asks for placeholders SalesFlow does not know: {%1}.")
                              .arg(drafted->unknownPlaceholders.join(QStringLiteral("}, {"))),
                    FieldMessageKind::Warning);
}

void ContractDocumentDialog::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the contract"), folder + u'/' + m_number + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto drafted = m_workspace.contractTemplates().draft(m_contractId,
                                                         m_templates->currentData().toLongLong());
    const Status written = drafted ? m_workspace.contractTemplates().writePdf(*drafted, path)
                                   : Status(drafted.error());
    setFieldMessage(m_message,
                    written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                            : written.error().message,
                    written ? FieldMessageKind::Note : FieldMessageKind::Error);
}

void ContractDocumentDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto drafted = m_workspace.contractTemplates().draft(m_contractId,
                                                         m_templates->currentData().toLongLong());
    if (!drafted) {
        setFieldMessage(m_message, drafted.error().message, FieldMessageKind::Error);
        return;
    }
    if (auto printed = m_workspace.contractTemplates().print(*drafted, printer); !printed)
        setFieldMessage(m_message, printed.error().message, FieldMessageKind::Error);
}

} // namespace sf::ui
