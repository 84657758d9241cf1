// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/Role.h"
#include "core/User.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
    // Inserts and returns the new id.
    Result<qint64> insert(const User &user, const QDateTime &now);

private:
    const Database &m_db;
};

} // namespace sf
