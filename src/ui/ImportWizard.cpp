// SPDX-License-Identifier: MIT
#include "ui/ImportWizard.h"

#include "services/Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

constexpr int kPreviewRows = 20;

QLabel *wrappedLabel(QWidget *parent, const QString &style = QString())
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    return label;
}

QTableWidget *readOnlyTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QString fieldLabel(CustomerField field)
{
    return QStringLiteral("%1 · %2").arg(customerCsv::chineseHeader(field),
                                         customerCsv::englishHeader(field));
}

} // namespace

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(MappingPage, createMappingPage());
    setPage(CheckPage, createCheckPage());
    setPage(DonePage, createDonePage());
    setButtonText(QWizard::CommitButton, tr("Import"));
    resize(820, 560);
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV file saved by Excel or another program: UTF-8 or GB18030, comma "
                         "or tab separated, with English or Chinese headers."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    m_fileError = wrappedLabel(page, QStringLiteral("color: #b42318;"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileError);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), QString(),
                                                          tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Preview"));
    m_encoding = wrappedLabel(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_preview = readOnlyTable(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_encoding);
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which customer field each column of the file holds. Required: the "
                         "name, the first contact, and a customer id or a region."));
    m_mapping = readOnlyTable(page);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Field")});
    m_mappingError = wrappedLabel(page, QStringLiteral("color: #b42318;"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_mappingError);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("A dry run: nothing has been written yet. Rows that would be rejected "
                         "are listed with their line in the file and the reason."));
    page->setCommitPage(true);
    m_checkSummary = wrappedLabel(page);
    m_checkSummary->setObjectName(QStringLiteral("importCheckSummary"));
    m_rejected = readOnlyTable(page);
    m_rejected->setObjectName(QStringLiteral("importRejected"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_rejected, 1);
    return page;
}

QWizardPage *ImportWizard::createDonePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Imported"));
    m_doneSummary = wrappedLabel(page);
    m_doneSummary->setObjectName(QStringLiteral("importDoneSummary"));
    m_doneRejected = readOnlyTable(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_doneSummary);
    layout->addWidget(m_doneRejected, 1);
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        auto table = CustomerImportService::readFile(m_path->text().trimmed());
        if (!table) {
            m_fileError->setText(table.error().message);
            return false;
        }
        if (table->records.isEmpty()) {
            m_fileError->setText(tr("The file has a header but no rows."));
            return false;
        }
        m_fileError->clear();
        m_table = std::move(*table);
    } else if (currentId() == MappingPage) {
        if (auto valid = CustomerImportService::checkMapping(currentMapping()); !valid) {
            m_mappingError->setText(valid.error().message);
            return false;
        }
        m_mappingError->clear();
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::initializePage(int id)
{
    if (!m_table)
        return;
    const CsvTable &table = *m_table;
    if (id == PreviewPage) {
        m_encoding->setText(
            tr("Encoding: %1 · separated by %2 · %n row(s)", nullptr, int(table.records.size()))
                .arg(encodingName(table.encoding),
                     table.separator == u'\t' ? tr("tabs") : tr("commas")));
        m_preview->clear();
        m_preview->setColumnCount(int(table.header.size()) + 1);
        m_preview->setHorizontalHeaderLabels(QStringList{tr("Line")} + table.header);
        const int rows = int(std::min<qsizetype>(table.records.size(), kPreviewRows));
        m_preview->setRowCount(rows);
        for (int row = 0; row < rows; ++row) {
            const CsvRecord &record = table.records.at(row);
            m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(record.line)));
            for (int column = 0; column < record.fields.size(); ++column)
                m_preview->setItem(row, column + 1, new QTableWidgetItem(record.fields.at(column)));
        }
        m_preview->resizeColumnsToContents();
    } else if (id == MappingPage) {
        const ColumnMapping mapping = CustomerImportService::mappingFor(table.header);
        m_mapping->setRowCount(int(table.header.size()));
        for (int row = 0; row < table.header.size(); ++row) {
            m_mapping->setItem(row, 0, new QTableWidgetItem(table.header.at(row)));
            m_mapping->setItem(row, 1,
                               new QTableWidgetItem(table.records.first().fields.value(row)));
            auto *combo = new QComboBox(m_mapping);
            combo->addItem(tr("(ignore)"), -1);
            for (CustomerField field : customerCsv::allFields())
                combo->addItem(fieldLabel(field), int(field));
            const auto mapped = mapping.value(row);
            combo->setCurrentIndex(mapped ? combo->findData(int(*mapped)) : 0);
            m_mapping->setCellWidget(row, 2, combo);
        }
        m_mapping->resizeColumnsToContents();
    } else if (id == CheckPage) {
        auto report = m_workspace.customerImport().importTable(table, currentMapping(), true);
        if (!report) {
            m_checkSummary->setText(report.error().message);
            return;
        }
        showReport(m_rejected, m_checkSummary, *report);
    } else if (id == DonePage) {
        auto report = m_workspace.customerImport().importTable(table, currentMapping(), false);
        if (!report) {
            m_doneSummary->setText(tr("Nothing was imported: %1").arg(report.error().message));
            return;
        }
        m_imported = report->imported;
        showReport(m_doneRejected, m_doneSummary, *report);
    }
}

ColumnMapping ImportWizard::currentMapping() const
{
    ColumnMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
        const int field = combo ? combo->currentData().toInt() : -1;
        mapping.append(field < 0 ? std::nullopt
                                 : std::optional<CustomerField>(CustomerField(field)));
    }
    return mapping;
}

void ImportWizard::showReport(QTableWidget *table, QLabel *summary, const ImportReport &report)
{
    summary->setText((report.dryRun ? tr("%1 of %2 rows can be imported; %3 would be rejected.")
                                    : tr("%1 of %2 rows were imported; %3 were rejected."))
                         .arg(report.imported)
                         .arg(report.rows)
                         .arg(report.rejected.size()) +
                     (report.newOwners.isEmpty()
                          ? QString()
                          : u' ' + tr("New users (reps) for the owners: %1")
                                       .arg(report.newOwners.join(QStringLiteral(", ")))));
    table->clear();
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    table->setRowCount(int(report.rejected.size()));
    for (int row = 0; row < report.rejected.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(QString::number(report.rejected.at(row).line)));
        table->setItem(row, 1, new QTableWidgetItem(report.rejected.at(row).reason));
    }
    table->resizeColumnToContents(0);
}

} // namespace sf::ui
