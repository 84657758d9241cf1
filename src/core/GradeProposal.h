// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sf {

// R4: A = high value / high intent, C = low intent / low value.
enum class Grade { A, B, C };

// R4: the stored and exported spelling of a grade: "A", "B" or "C".
QString gradeKey(Grade grade);
// R4: the grade of an exact key "A", "B" or "C"; anything else (also "a", " A", "") is none.
// Callers that accept typed input trim and upper-case it first.
std::optional<Grade> gradeFromKey(const QString &key);

// R4: the four grading dimensions, each scored 1 (low) to 5 (high) by the sales manager.
struct GradeScores
{
    int industryPotential = 0; // 行业潜力
    int budgetFit = 0;         // 预算匹配度
    int decisionChain = 0;     // 决策链完整性
    int urgency = 0;           // 合作紧迫度

    static constexpr int kMinScore = 1;
    static constexpr int kMaxScore = 5;

    int total() const { return industryPotential + budgetFit + decisionChain + urgency; }
    bool operator==(const GradeScores &) const = default;

    Q_DECLARE_TR_FUNCTIONS(GradeScores)
};

// R4: the thresholds of the proposal; a setting, these are the defaults.
struct GradeThresholds
{
    int aMinTotal = 16;
    int bMinTotal = 11;
    // One weak dimension keeps a customer out of A however high the others are.
    int aMinEach = 3;

    bool operator==(const GradeThresholds &) const = default;
};

// R4: every score must be 1–5; the error (rule "R4") names the first dimension that is not.
Result<GradeScores> validateScores(const GradeScores &scores);

// R4: A when the total reaches aMinTotal and every score reaches aMinEach, else B when the total
// reaches bMinTotal, else C. Scores are validated first; the manager may override the proposal.
Grade proposeGrade(const GradeScores &scores, const GradeThresholds &thresholds = {});

} // namespace sf
