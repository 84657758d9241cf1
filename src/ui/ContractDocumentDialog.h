// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace sf {
class Workspace;
}

namespace sf::ui {

// A contract drafted from a template (R14): pick the template, read the filled text, export it
// to PDF or print it; legal, managers and administrators also open the template editor here.
class ContractDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    ContractDocumentDialog(Workspace &workspace, qint64 contractId, QWidget *parent = nullptr);

    QString markdown() const { return m_markdown; }
    QComboBox *templateCombo() const { return m_templates; }

private:
    void loadTemplates();
    void draft();
    void exportPdf();
    void print();

    Workspace &m_workspace;
    qint64 m_contractId;
    QString m_number;
    QString m_markdown;
    QComboBox *m_templates;
    QTextBrowser *m_text;
    QLabel *m_message;
};

} // namespace sf::ui
