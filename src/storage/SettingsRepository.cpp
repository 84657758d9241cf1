// SPDX-License-Identifier: MIT
#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

namespace sf {

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Result<QHash<QString, QString>> SettingsRepository::all() const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT key, value FROM settings"));
    if (!query)
        return query.error();
    QHash<QString, QString> values;
    while (query->next())
        values.insert(query->value(0).toString(), query->value(1).toString());
    return values;
}

Status SettingsRepository::setValue(const QString &key, const QString &value, const QDateTime &now)
{
    auto query = sql::run(m_db,
                          QStringLiteral("INSERT INTO settings (key, value, version, updated_at) "
                                         "VALUES (?, ?, 1, ?) ON CONFLICT (key) DO UPDATE SET "
                                         "value = excluded.value, version = settings.version + 1, "
                                         "updated_at = excluded.updated_at"),
                          {key, sql::notNull(value), sql::utcText(now)});
    return query ? Status(Ok{}) : Status(query.error());
}

} // namespace sf
