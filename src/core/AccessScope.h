// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

#include <QString>

#include <optional>

namespace sf {

// Reading a customer (open it, list it, its history) or changing it (fields, follow-ups,
// contracts, service records).
enum class Access { Read, Write };

// Which customers an acting user works on (docs/permissions.md): every customer, the customers
// one user owns, or the customers owned by a member of one team together with those without an
// owner. Built from the acting user; storage turns it into an SQL condition.
struct AccessScope
{
    enum class Kind { All, Owner, Team };

    Kind kind = Kind::All;
    qint64 ownerId = 0; // Kind::Owner
    QString ownerLogin; // Kind::Owner
    QString team;       // Kind::Team, never empty
    // Legal and finance read every customer but change none.
    bool readOnly = false;

    static AccessScope all() { return {}; }
    static AccessScope owner(qint64 id, const QString &login)
    {
        return {Kind::Owner, id, login, {}, false};
    }
    static AccessScope ofTeam(const QString &name) { return {Kind::Team, 0, {}, name, false}; }

    // Reps and assistants: their own customers; a manager: the team's and the unowned ones (all
    // of them for a manager without a team); legal and finance: all, read-only; an administrator
    // (and SalesFlow itself before anyone signs in): all.
    static AccessScope forUser(const User &user)
    {
        switch (user.role) {
        case Role::Rep:
        case Role::Assistant: return owner(user.id, user.login);
        case Role::Manager:
            return user.team.trimmed().isEmpty() ? all() : ofTeam(user.team.trimmed());
        case Role::Legal:
        case Role::Finance: {
            AccessScope scope;
            scope.readOnly = true;
            return scope;
        }
        case Role::Admin: return all();
        }
        return owner(user.id, user.login);
    }

    bool isAll() const { return kind == Kind::All; }

    // Whether a customer owned by `customerOwnerId` (0: no owner), a member of `ownerTeam`, is in
    // the scope.
    bool contains(qint64 customerOwnerId, const QString &ownerTeam) const
    {
        switch (kind) {
        case Kind::All: return true;
        case Kind::Owner: return customerOwnerId != 0 && customerOwnerId == ownerId;
        case Kind::Team: return customerOwnerId == 0 || ownerTeam.trimmed() == team;
        }
        return false;
    }

    bool operator==(const AccessScope &) const = default;
};

} // namespace sf
