// SPDX-License-Identifier: MIT
#include "core/ServerLocation.h"

#include <QUrl>

namespace sf {

bool ServerLocation::looksLikeServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerLocation> ServerLocation::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return std::nullopt;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString database = url.path().mid(1);
    if (database.isEmpty() || database.contains(u'/'))
        return std::nullopt;
    // QUrl refuses a port that is not a number or above 65535 (isValid above); 0 is no port.
    const int port = url.port(-1);
    if (port == 0)
        return std::nullopt;
    return ServerLocation{url.host(), port == -1 ? kDefaultPort : port, database, url.userName(),
                          url.query()};
}

QString ServerLocation::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    if (port != kDefaultPort)
        url.setPort(port);
    url.setPath(u'/' + database.trimmed());
    if (!login.trimmed().isEmpty())
        url.setUserName(login.trimmed());
    if (!options.isEmpty())
        url.setQuery(options);
    return url.toString();
}

QString ServerLocation::shortName() const
{
    return port == kDefaultPort ? QStringLiteral("%1/%2").arg(host, database)
                                : QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

} // namespace sf
