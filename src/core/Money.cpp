// SPDX-License-Identifier: MIT
#include "core/Money.h"

#include <QRegularExpression>

#include <limits>

namespace sf::money {

std::optional<qint64> fenFromYuanText(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[¥￥]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString whole = match.captured(1);
    whole.remove(u',');
    if (whole.size() > 15)
        return std::nullopt; // beyond any contract, and beyond qint64 fen soon after
    bool ok = false;
    const qint64 yuan = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QString decimals = match.captured(2);
    while (decimals.size() < 2)
        decimals += u'0';
    return yuan * 100 + decimals.toLongLong();
}

QString yuanText(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 value = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString whole = QString::number(value / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + whole + u'.' +
           QStringLiteral("%1").arg(value % 100, 2, 10, QLatin1Char('0'));
}

} // namespace sf::money
