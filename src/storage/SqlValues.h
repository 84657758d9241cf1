// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

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

} // namespace sf::sql
