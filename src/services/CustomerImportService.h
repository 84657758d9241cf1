// SPDX-License-Identifier: MIT
#pragma once

#include "core/CsvReader.h"
#include "core/CustomerCsv.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

class CalendarService;
class SettingsService;
struct ServiceContext;

// A file row that was not imported: the file line where its record starts, and why.
struct ImportRejection
{
    int line = 0;
    QString reason;
};

struct ImportReport
{
    TextEncoding encoding = TextEncoding::Utf8;
    int rows = 0;
    int imported = 0; // with a dry run: how many would be
    bool dryRun = false;
    QList<ImportRejection> rejected;
    QStringList ignoredColumns; // headers that name no known field
    QStringList newOwners;      // owners the import created as reps (administrators only)
};

// Which field each column of the file holds (none: ignored). Built from the header; the import
// wizard lets the user change it.
using ColumnMapping = QList<std::optional<CustomerField>>;

// Stage 1: imports customers from CSV (design.md, "CSV files"): every row is checked first, each
// rejected row is reported by line and reason, the valid rows are written in one transaction and
// a rejected row never half-writes.
class CustomerImportService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImportService)

public:
    CustomerImportService(ServiceContext &context, CalendarService &calendar,
                          SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    // Reads and decodes a file, for the wizard's preview (nothing is checked or written).
    static Result<CsvTable> readFile(const QString &path);
    static ColumnMapping mappingFor(const QStringList &header);
    // Refuses a mapping without a name, a first-contact time, and an id or a region column.
    static Status checkMapping(const ColumnMapping &mapping);

    Result<ImportReport> importFile(const QString &path, bool dryRun);
    Result<ImportReport> importTable(const CsvTable &table, const ColumnMapping &mapping,
                                     bool dryRun);

private:
    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

} // namespace sf
