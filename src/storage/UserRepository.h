// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/Role.h"
#include "core/User.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sf {

class Database;

class UserRepository
{
public:
    explicit UserRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<User>> all() const;
    Result<std::optional<User>> findByLogin(const QString &login) const;
    Result<int> countByRole(Role role) const;
    // Active administrators; with `withPassword`, only those who have chosen a password.
    Result<int> countActiveAdmins(bool withPassword = false) const;
    // The teams users belong to, sorted, without the empty one.
    Result<QStringList> teams() const;
    // Inserts and returns the new id.
    Result<qint64> insert(const User &user, const QDateTime &now);
    // Name, role, senior, team and active of the row with `user.id`, if it still has
    // `user.version`; false when someone changed it meanwhile. Bumps the version.
    Result<bool> update(const User &user);

    // The Argon2id hash of a user's password; nullopt when no password was set yet.
    Result<std::optional<QString>> passwordHash(qint64 userId) const;
    // Replaces the hash. With `onlyIfUnset`, only a user without a password is changed (the
    // first password, chosen at first sign-in); returns whether the row was changed.
    Result<bool> setPasswordHash(qint64 userId, const QString &hash, bool onlyIfUnset);

private:
    const Database &m_db;
};

} // namespace sf
