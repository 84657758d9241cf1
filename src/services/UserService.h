// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

struct ServiceContext;

// The people of the team and their roles (process.md, "Roles").
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(ServiceContext &context)
        : m_context(context)
    {}

    // The administrator that a new single-desk database starts with; the command line acts as it
    // when no user is named.
    static QString localAdminLogin() { return QStringLiteral("admin"); }

    Result<QList<User>> list() const;
    Result<std::optional<User>> find(const QString &login) const;
    // Adds a user (administrators only). Login: a lower-case letter, then 1–31 of a–z, 0–9, . _ -
    Result<User> add(const User &user);
    // Creates the local administrator if the database has none; no permission check (start-up).
    Result<User> ensureLocalAdmin();

private:
    Result<User> insert(const User &user);
    ServiceContext &m_context;
};

} // namespace sf
