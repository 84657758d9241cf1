// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerQuery.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

class SettingsService;
struct ServiceContext;

// Exports the customers of a filter to CSV (UTF-8 with BOM, so Excel opens it) or XLSX, with the
// columns and headers an import reads: an export imported into an empty database gives the same
// customers back.
class CustomerExportService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExportService)

public:
    CustomerExportService(ServiceContext &context, SettingsService &settings)
        : m_context(context)
        , m_settings(settings)
    {}

    // The format follows the file name: .xlsx or .csv. Returns how many customers were written.
    // The file is written to a temporary name and moved into place when complete.
    Result<qint64> exportTo(const QString &path, const CustomerFilter &filter,
                            const CustomerSort &sort = {});

private:
    ServiceContext &m_context;
    SettingsService &m_settings;
};

} // namespace sf
