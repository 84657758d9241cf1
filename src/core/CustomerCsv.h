// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace sf {

// The columns of a customer import or export file (design.md, "CSV files"). Headers may be
// written in English or Chinese.
enum class CustomerField {
    Id,
    Name,
    Industry,
    Size,
    Needs,
    ContactName,
    ContactTitle,
    ContactPhone,
    ContactEmail,
    ContactWechat,
    Source,
    FirstContact,
    Region,
    Grade,
    Tags,
    Owner,
    Status,
    EnteredAt,
    GradedAt, // when the customer was given its grade; only with a grade
};

namespace customerCsv {

// Every field, in the order an export writes them.
QList<CustomerField> allFields();
// The English header of a field ("customer_id") and its Chinese header (客户编号).
QString englishHeader(CustomerField field);
QString chineseHeader(CustomerField field);
// The field a header names, in either language; case, spaces and a BOM do not matter.
std::optional<CustomerField> fieldFromHeader(const QString &header);

// A contact, entry or grade time as people write it: YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日 (months
// and days with one or two digits), each optionally followed by HH:MM or HH:MM:SS; read in `zone`
// (the team's time zone) and returned in UTC. A date alone is 00:00.
std::optional<QDateTime> parseDateTime(const QString &text, const QTimeZone &zone);
// The inverse of parseDateTime for exports: "YYYY-MM-DD HH:MM" (":SS" when not 0) in `zone`.
QString formatDateTime(const QDateTime &at, const QTimeZone &zone);

} // namespace customerCsv
} // namespace sf
