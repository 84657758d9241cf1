// SPDX-License-Identifier: MIT
#include "services/AuditService.h"

#include "services/ExportFile.h"
#include "services/ServiceContext.h"
#include "storage/AuditRepository.h"

#include <QDir>
#include <QSaveFile>

namespace sf {
namespace {

// Entries read per statement while exporting.
constexpr int kExportPage = 5000;

QString nameOf(const std::function<QString(const QString &)> &name, const QString &key)
{
    return name ? name(key) : key;
}

} // namespace

Status AuditService::requireAdmin() const
{
    return m_context.requireRole({Role::Admin},
                                 tr("Only an administrator may read the audit trail."));
}

Status AuditService::mayReadCustomer(const QString &customerId) const
{
    Q_UNUSED(customerId) // the customer's scope is checked by forCustomer
    return m_context.requireRole({Role::Rep, Role::Assistant, Role::Manager, Role::Admin},
                                 tr("You may not read the audit trail of customers."));
}

Result<AuditPage> AuditService::search(const AuditQuery &query) const
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed.error();
    return AuditRepository(m_context.db).search(query);
}

Result<AuditCount> AuditService::count(const AuditQuery &query) const
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed.error();
    return AuditRepository(m_context.db).count(query, kCountCap);
}

Result<qint64> AuditService::exportCsv(const AuditQuery &query, const QString &path,
                                       const Names &names) const
{
    if (auto allowed = requireAdmin(); !allowed)
        return allowed.error();
    const AuditRepository repository(m_context.db);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) &&
              file.write(exportFile::kUtf8Bom) == qint64(sizeof exportFile::kUtf8Bom) - 1;
    const auto put = [&](const QByteArray &bytes) {
        ok = ok && file.write(bytes) == bytes.size();
    };
    put(exportFile::csvLine({tr("Time"), tr("User"), tr("Entity"), tr("Id"), tr("Field"),
                             tr("Old value"), tr("New value")}));
    AuditQuery page = query;
    page.after.reset();
    page.limit = kExportPage;
    qint64 written = 0;
    while (ok) {
        auto read = repository.search(page);
        if (!read)
            return read.error();
        for (const AuditEntry &entry : read->entries) {
            put(exportFile::csvLine({entry.at.toLocalTime().toString(Qt::ISODate), entry.actor,
                                     nameOf(names.entity, entry.entity), entry.entityId,
                                     nameOf(names.field, entry.field), entry.oldValue,
                                     entry.newValue}));
            ++written;
        }
        if (!read->next)
            break;
        page.after = read->next;
    }
    if (!ok || !file.commit())
        return Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

Result<QList<AuditEntry>> AuditService::forCustomer(const QString &customerId, int limit) const
{
    if (auto allowed = mayReadCustomer(customerId); !allowed)
        return allowed.error();
    // Only the trail of a customer the user may see (docs/permissions.md): a rep their own, a
    // manager their team's.
    auto rowId = m_context.customerRowId(customerId, Access::Read);
    if (!rowId)
        return rowId.error();
    return AuditRepository(m_context.db).forCustomer(*rowId, limit);
}

} // namespace sf
