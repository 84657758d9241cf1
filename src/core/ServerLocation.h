// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace sf {

// A team server's database as the desktop keeps it: postgresql://[login@]host[:port]/database.
// The password is never part of it (libpq's .pgpass, PGPASSWORD or the sign-in dialog give it).
struct ServerLocation
{
    static constexpr int kDefaultPort = 5432;

    QString host;
    int port = kDefaultPort;
    QString database;
    QString login;   // empty: the sign-in dialog asks for it
    QString options; // libpq's options after '?', as given: "sslmode=require"

    // Nullopt when `text` is not a postgresql:// (or postgres://) URL with a host and a database
    // name, or when its port is not 1–65535; a password in it is dropped.
    static std::optional<ServerLocation> parse(const QString &text);
    // Whether `text` names a server at all (its scheme), well-formed or not.
    static bool looksLikeServer(const QString &text);

    // postgresql://login@host:port/database?options, the port left out when it is 5432.
    QString url() const;
    // host:port/database (or host/database), for people.
    QString shortName() const;
};

} // namespace sf
