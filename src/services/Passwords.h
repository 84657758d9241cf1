// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

// Passwords of SalesFlow users: Argon2id hashes (libsodium's crypto_pwhash_str, interactive
// limits: 64 MiB and 2 passes), never a plain or fast hash; the policy a new password must meet.
class Passwords
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)

public:
    static constexpr int kMinimumLength = 8;
    static constexpr int kMaximumLength = 128;

    // The encoded hash ("$argon2id$v=19$m=…"), salt included; an error when memory is short.
    static Result<QString> hash(const QString &password);
    // Whether `password` matches the encoded hash; false for a malformed hash.
    static bool verify(const QString &encodedHash, const QString &password);
    // Why `password` may not be used by `login` (a whole translated sentence), or empty.
    static QString weakness(const QString &login, const QString &password);
};

} // namespace sf
