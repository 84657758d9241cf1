// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// Money is an integer number of fen (分), never a double (design.md, "Data").
namespace sf::money {

// An amount in yuan as people write it: "12,345.60", "12345.6", "¥12,345", "12345" — thousands
// separators anywhere in the whole part, up to 2 decimals, not negative. Nullopt otherwise.
std::optional<qint64> fenFromYuanText(const QString &text);
// "12,345.60".
QString yuanText(qint64 fen);

} // namespace sf::money
