// SPDX-License-Identifier: MIT
#include "storage/CustomerColumns.h"

#include "storage/SqlValues.h"

#include <QVariant>

namespace sf::customerColumns {

QString selectList()
{
    return QStringLiteral(
        "c.id, c.code, c.name, c.industry, c.company_size, c.needs, c.source, "
        "c.first_contact_at, c.entered_at, c.late_entry, c.region, c.status, u.login, "
        "g.grade, g.graded_at, g.score_industry, g.score_budget, g.score_decision, "
        "g.score_urgency, c.tags, c.version, c.updated_at");
}

Customer customerFrom(const QSqlQuery &query)
{
    Customer c;
    c.rowId = query.value(0).toLongLong();
    c.id = query.value(1).toString();
    c.name = query.value(2).toString();
    c.industry = query.value(3).toString();
    c.companySize = query.value(4).toString();
    c.needs = query.value(5).toString();
    c.source = query.value(6).toString();
    c.firstContactAt = sql::fromUtcText(query.value(7).toString());
    c.enteredAt = sql::fromUtcText(query.value(8).toString());
    c.lateEntry = query.value(9).toBool();
    c.region = query.value(10).toString();
    c.status = statusFromText(query.value(11).toString()).value_or(CustomerStatus::Lead);
    c.ownerLogin = query.value(12).toString();
    c.grade = gradeFromKey(query.value(13).toString());
    if (!query.value(14).isNull())
        c.gradedAt = sql::fromUtcText(query.value(14).toString());
    if (!query.value(15).isNull())
        c.scores = GradeScores{query.value(15).toInt(), query.value(16).toInt(),
                               query.value(17).toInt(), query.value(18).toInt()};
    c.tags = splitTags(query.value(19).toString());
    c.version = query.value(20).toInt();
    c.updatedAt = sql::fromUtcText(query.value(21).toString());
    return c;
}

QString gradeText(const std::optional<Grade> &grade)
{
    return grade ? gradeKey(*grade) : QStringLiteral("");
}

QString scoresText(const std::optional<GradeScores> &scores)
{
    if (!scores)
        return QStringLiteral("");
    return QStringLiteral("%1,%2,%3,%4")
        .arg(scores->industryPotential)
        .arg(scores->budgetFit)
        .arg(scores->decisionChain)
        .arg(scores->urgency);
}

std::optional<GradeScores> scoresFromText(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    return GradeScores{parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt(),
                       parts.at(3).toInt()};
}

} // namespace sf::customerColumns
