// SPDX-License-Identifier: MIT
#pragma once

#include "core/CsvReader.h"
#include "services/CustomerImportService.h"

#include <QWizard>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

// Stage 1: importing customers from a spreadsheet, step by step: choose the file; see the encoding
// found (UTF-8 with or without BOM, GB18030) and the first rows; map the file's columns to the
// customer fields; a dry run lists every row that would be rejected, by line and reason; then the
// import writes the valid rows in one transaction.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, CheckPage, DonePage };

    ImportWizard(Workspace &workspace, QWidget *parent = nullptr);

    void setFile(const QString &path);
    int importedCount() const { return m_imported; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createPreviewPage();
    QWizardPage *createMappingPage();
    QWizardPage *createCheckPage();
    QWizardPage *createDonePage();
    ColumnMapping currentMapping() const;
    void showReport(QTableWidget *table, QLabel *summary, const ImportReport &report);

    Workspace &m_workspace;
    std::optional<CsvTable> m_table;
    QLineEdit *m_path;
    QLabel *m_fileError;
    QLabel *m_encoding;
    QTableWidget *m_preview;
    QTableWidget *m_mapping;
    QLabel *m_mappingError;
    QLabel *m_checkSummary;
    QTableWidget *m_rejected;
    QLabel *m_doneSummary;
    QTableWidget *m_doneRejected;
    int m_imported = 0;
};

} // namespace sf::ui
