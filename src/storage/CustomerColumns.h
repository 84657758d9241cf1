// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

// How a customer is laid out in SQL, shared by the repositories that read and write customers.
// Internal to the storage layer.
namespace sf::customerColumns {

// The columns of one customer (customers c, customer_grades g, users u), in the order customerFrom
// reads them: `kCount` columns starting at column 0.
QString selectList();
inline constexpr int kCount = 22;
// The customer of the current row, without its contacts.
Customer customerFrom(const QSqlQuery &query);

// A grade as stored: "A", "B", "C", or "" when not graded.
QString gradeText(const std::optional<Grade> &grade);
// The four scores of a grade-history entry as stored: "4,5,3,4", or "" without scores.
QString scoresText(const std::optional<GradeScores> &scores);
std::optional<GradeScores> scoresFromText(const QString &text);

} // namespace sf::customerColumns
