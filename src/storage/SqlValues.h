// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace sf::sql {

// Timestamps are stored as UTC text ('2026-02-14T01:30:00Z'), so they sort and compare as text.
inline QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

inline QDateTime fromUtcText(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

inline QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

inline QDate fromDateText(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// Text for a NOT NULL column: a null QString binds as SQL NULL, an empty one as ''.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A date column that may be empty: NULL for none.
inline QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(dateText(*date)) : QVariant(QMetaType(QMetaType::QString));
}

inline std::optional<QDate> dateOrNone(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDate date = fromDateText(value.toString());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// A UTC timestamp column that may be empty: NULL for none.
inline QVariant optionalUtc(const std::optional<QDateTime> &at)
{
    return at ? QVariant(utcText(*at)) : QVariant(QMetaType(QMetaType::QString));
}

inline std::optional<QDateTime> utcOrNone(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return fromUtcText(value.toString());
}

} // namespace sf::sql
