// SPDX-License-Identifier: MIT
#include "core/GradeProposal.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace sf {

QString gradeKey(Grade grade)
{
    switch (grade) {
    case Grade::A: return QStringLiteral("A");
    case Grade::B: return QStringLiteral("B");
    case Grade::C: return QStringLiteral("C");
    }
    return {};
}

std::optional<Grade> gradeFromKey(const QString &key)
{
    for (Grade grade : {Grade::A, Grade::B, Grade::C}) {
        if (key == gradeKey(grade))
            return grade;
    }
    return std::nullopt;
}

Result<GradeScores> validateScores(const GradeScores &scores)
{
    const std::pair<int, QString> dimensions[] = {
        {scores.industryPotential, GradeScores::tr("Industry potential")},
        {scores.budgetFit, GradeScores::tr("Budget fit")},
        {scores.decisionChain, GradeScores::tr("Decision chain completeness")},
        {scores.urgency, GradeScores::tr("Urgency")},
    };
    for (const auto &[score, name] : dimensions) {
        if (score < GradeScores::kMinScore || score > GradeScores::kMaxScore)
            return Error::invalid(GradeScores::tr("%1 must be scored %2–%3, not %4.")
                                      .arg(name)
                                      .arg(GradeScores::kMinScore)
                                      .arg(GradeScores::kMaxScore)
                                      .arg(score),
                                  QStringLiteral("R4"));
    }
    return scores;
}

Grade proposeGrade(const GradeScores &scores, const GradeThresholds &thresholds)
{
    const int total = scores.total();
    const int weakest = std::min(
        {scores.industryPotential, scores.budgetFit, scores.decisionChain, scores.urgency});
    if (total >= thresholds.aMinTotal && weakest >= thresholds.aMinEach)
        return Grade::A;
    if (total >= thresholds.bMinTotal)
        return Grade::B;
    return Grade::C;
}

} // namespace sf
