// SPDX-License-Identifier: MIT
#include "services/Passwords.h"

#include <mutex>
#include <sodium.h>

namespace sf {
namespace {

bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

} // namespace

Result<QString> Passwords::hash(const QString &password)
{
    if (!sodiumReady())
        return Error::storage(tr("The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            encoded, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::storage(tr("Not enough memory to protect the password; close other "
                                 "programs and try again."));
    return QString::fromLatin1(encoded);
}

bool Passwords::verify(const QString &encodedHash, const QString &password)
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString Passwords::weakness(const QString &login, const QString &password)
{
    if (password.size() < kMinimumLength)
        return tr("The password is too short: use at least %1 characters.").arg(kMinimumLength);
    if (password.size() > kMaximumLength)
        return tr("The password is too long: use at most %1 characters.").arg(kMaximumLength);
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return tr("The password may not contain the login.");
    if (password.count(password.front()) == password.size())
        return tr("The password may not repeat one character.");
    return {};
}

} // namespace sf
