// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace sf {

class Database;

// Team-wide settings stored in the database (time zone, rule thresholds). Settings of one
// desktop (language, window state, which database) live in QSettings instead.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db)
        : m_db(db)
    {}

    Result<std::optional<QString>> value(const QString &key) const;
    Result<QHash<QString, QString>> all() const;
    Status setValue(const QString &key, const QString &value, const QDateTime &now);

private:
    const Database &m_db;
};

} // namespace sf
