// SPDX-License-Identifier: MIT
#include "storage/UserRepository.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

namespace sf {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, login, name, role, senior, team, active, version FROM users");

User userFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(),   roleFromKey(query.value(3).toString()).value_or(Role::Rep),
            query.value(4).toBool(),     query.value(5).toString(),
            query.value(6).toBool(),     query.value(7).toInt()};
}

} // namespace

Result<QList<User>> UserRepository::all() const
{
    auto query = sql::run(m_db, kSelect + QStringLiteral(" ORDER BY login"));
    if (!query)
        return query.error();
    QList<User> users;
    while (query->next())
        users.append(userFrom(*query));
    return users;
}

Result<std::optional<User>> UserRepository::findByLogin(const QString &login) const
{
    auto query = sql::run(m_db, kSelect + QStringLiteral(" WHERE login = ?"), {login});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<User>();
    return std::optional<User>(userFrom(*query));
}

Result<int> UserRepository::countByRole(Role role) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = ?"),
                          {roleKey(role)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<int> UserRepository::countActiveAdmins(bool withPassword) const
{
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = 1") +
                     (withPassword ? QStringLiteral(" AND password_hash IS NOT NULL") : QString()),
                 {roleKey(Role::Admin)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QStringList> UserRepository::teams() const
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT DISTINCT team FROM users WHERE team <> '' ORDER BY team"));
    if (!query)
        return query.error();
    QStringList teams;
    while (query->next())
        teams << query->value(0).toString();
    return teams;
}

Result<bool> UserRepository::update(const User &user)
{
    auto query =
        sql::run(m_db,
                 QStringLiteral("UPDATE users SET name = ?, role = ?, senior = ?, team = ?, "
                                "active = ?, version = version + 1 "
                                "WHERE id = ? AND version = ?"),
                 {sql::notNull(user.name), roleKey(user.role), user.senior ? 1 : 0,
                  sql::notNull(user.team), user.active ? 1 : 0, user.id, user.version});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Result<std::optional<QString>> UserRepository::passwordHash(qint64 userId) const
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).isNull())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Result<bool> UserRepository::setPasswordHash(qint64 userId, const QString &hash, bool onlyIfUnset)
{
    const QString statement =
        QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?") +
        (onlyIfUnset ? QStringLiteral(" AND password_hash IS NULL") : QString());
    auto query = sql::run(m_db, statement, {hash, userId});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Result<qint64> UserRepository::insert(const User &user, const QDateTime &now)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO users (login, name, role, senior, team, "
                       "active, version, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
        {user.login, sql::notNull(user.name), roleKey(user.role), user.senior ? 1 : 0,
         sql::notNull(user.team), user.active ? 1 : 0, sql::utcText(now)});
}

} // namespace sf
