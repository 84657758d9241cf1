// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

class Database;

// The PostgreSQL roles behind SalesFlow users (postgresql/0008_server_security.sql): each user
// signs in to the server as the role of the same name, a member of salesflow_users. Passwords
// are turned into SCRAM-SHA-256 verifiers by libpq (PQencryptPasswordConn, as psql's \password
// does) before they are sent, so the server and its statement log never see them. Only for a
// PostgreSQL database; on SQLite every call refuses.
class ServerLogins
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogins)

public:
    explicit ServerLogins(const Database &db)
        : m_db(db)
    {}

    // The role this connection signed in as (session_user).
    Result<QString> sessionRole() const;
    // Creates the role of `login` (a SalesFlow user already in the users table), NOLOGIN until it
    // has a password; `password` empty: none yet. A role of that name that is a SalesFlow user's
    // (another database of the cluster) is taken as it is. Needs an administrator.
    Status create(const QString &login, const QString &password) const;
    // Sets the password of `login`'s role and lets it connect: one's own, or anyone's for an
    // administrator.
    Status setPassword(const QString &login, const QString &password) const;
    // Whether `password` is `login`'s: a second connection to the same database signs in with it
    // (and is closed again), or is refused only because the role may not connect (deactivated).
    Result<bool> verify(const QString &login, const QString &password) const;

private:
    Result<QString> verifier(const QString &login, const QString &password) const;

    const Database &m_db;
};

} // namespace sf
