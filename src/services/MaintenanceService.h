// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sf {

struct ServiceContext;

struct BackupSummary
{
    QString path;
    qint64 bytes = 0;
};

// Backups and integrity checks of the database.
class MaintenanceService
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceService)

public:
    explicit MaintenanceService(ServiceContext &context)
        : m_context(context)
    {}

    // A consistent copy made with SQLite's online backup API, safe while others write.
    Result<BackupSummary> backup(const QString &destination) const;
    // Problems found by a full integrity and foreign-key check; empty when healthy. Slow on large
    // files: run it off the GUI thread.
    Result<QStringList> check() const;

private:
    ServiceContext &m_context;
};

} // namespace sf
