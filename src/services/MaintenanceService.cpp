// SPDX-License-Identifier: MIT
#include "services/MaintenanceService.h"

#include "services/ServiceContext.h"
#include "storage/DatabaseMaintenance.h"

namespace sf {

Result<BackupSummary> MaintenanceService::backup(const QString &destination) const
{
    if (destination.trimmed().isEmpty())
        return Error::invalid(tr("No backup file was given."));
    auto report = DatabaseMaintenance::backup(m_context.db, destination);
    if (!report)
        return report.error();
    return BackupSummary{report->path, report->bytes};
}

Result<QStringList> MaintenanceService::check() const
{
    return DatabaseMaintenance::check(m_context.db);
}

} // namespace sf
