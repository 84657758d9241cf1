// SPDX-License-Identifier: MIT
#include "core/GradeProposal.h"

#include <gtest/gtest.h>

namespace sf {
namespace {

TEST(GradeProposal, KeysRoundTrip)
{
    EXPECT_EQ(gradeKey(Grade::A), QStringLiteral("A"));
    EXPECT_EQ(gradeKey(Grade::B), QStringLiteral("B"));
    EXPECT_EQ(gradeKey(Grade::C), QStringLiteral("C"));
    for (Grade grade : {Grade::A, Grade::B, Grade::C})
        EXPECT_EQ(gradeFromKey(gradeKey(grade)), grade);
}

TEST(GradeProposal, OnlyExactKeysAreGrades)
{
    for (const char *key : {"", "a", "D", " A", "A ", "AB", "Ａ", "优"})
        EXPECT_FALSE(gradeFromKey(QString::fromUtf8(key)).has_value()) << key;
}

TEST(GradeProposal, ValidScoresPass)
{
    for (int score = GradeScores::kMinScore; score <= GradeScores::kMaxScore; ++score) {
        const GradeScores scores{score, score, score, score};
        const auto valid = validateScores(scores);
        ASSERT_TRUE(valid.ok()) << qPrintable(valid.error().message);
        EXPECT_EQ(*valid, scores);
    }
}

TEST(GradeProposal, InvalidScoreNamesTheDimension)
{
    struct Case
    {
        GradeScores scores;
        const char *dimension;
        const char *value;
    };
    const Case cases[] = {
        {{0, 3, 3, 3}, "Industry potential", "not 0"},
        {{3, 6, 3, 3}, "Budget fit", "not 6"},
        {{3, 3, -1, 3}, "Decision chain", "not -1"},
        {{3, 3, 3, 9}, "Urgency", "not 9"},
        // The first invalid dimension is named.
        {{5, 0, 0, 0}, "Budget fit", "not 0"},
    };
    for (const Case &c : cases) {
        const auto valid = validateScores(c.scores);
        ASSERT_FALSE(valid.ok()) << c.dimension;
        EXPECT_EQ(valid.error().kind, ErrorKind::Invalid);
        EXPECT_EQ(valid.error().rule, QStringLiteral("R4"));
        EXPECT_TRUE(valid.error().message.startsWith(QString::fromUtf8(c.dimension)))
            << qPrintable(valid.error().message);
        EXPECT_TRUE(valid.error().message.contains(QString::fromUtf8(c.value)))
            << qPrintable(valid.error().message);
        EXPECT_TRUE(valid.error().message.contains(QStringLiteral("1–5")))
            << qPrintable(valid.error().message);
    }
}

TEST(GradeProposal, ATakesSixteenAndNoWeakDimension)
{
    EXPECT_EQ(proposeGrade({4, 4, 4, 4}), Grade::A); // 16
    EXPECT_EQ(proposeGrade({4, 4, 4, 3}), Grade::B); // 15
    EXPECT_EQ(proposeGrade({5, 5, 3, 3}), Grade::A); // 16, weakest 3
    EXPECT_EQ(proposeGrade({5, 5, 5, 5}), Grade::A); // 20
    EXPECT_EQ(proposeGrade({5, 5, 5, 2}), Grade::B); // 17, but a 2
    EXPECT_EQ(proposeGrade({2, 5, 5, 5}), Grade::B); // the 2 in any dimension
    EXPECT_EQ(proposeGrade({5, 5, 5, 1}), Grade::B); // 16 with a 1
}

TEST(GradeProposal, BTakesElevenElseC)
{
    EXPECT_EQ(proposeGrade({3, 3, 3, 2}), Grade::B); // 11
    EXPECT_EQ(proposeGrade({3, 3, 2, 2}), Grade::C); // 10
    EXPECT_EQ(proposeGrade({5, 4, 1, 1}), Grade::B); // 11 with ones
    EXPECT_EQ(proposeGrade({1, 1, 1, 1}), Grade::C); // 4
    EXPECT_EQ(proposeGrade({5, 3, 1, 1}), Grade::C); // 10
}

TEST(GradeProposal, ThresholdsAreSettings)
{
    const GradeThresholds defaults;
    EXPECT_EQ(defaults.aMinTotal, 16);
    EXPECT_EQ(defaults.bMinTotal, 11);
    EXPECT_EQ(defaults.aMinEach, 3);

    const GradeThresholds strict{18, 13, 4};
    EXPECT_EQ(proposeGrade({4, 4, 4, 4}, strict), Grade::B);
    EXPECT_EQ(proposeGrade({5, 5, 4, 4}, strict), Grade::A);
    EXPECT_EQ(proposeGrade({5, 5, 5, 3}, strict), Grade::B); // 18, but a 3
    EXPECT_EQ(proposeGrade({3, 3, 3, 3}, strict), Grade::C); // 12
    EXPECT_EQ(proposeGrade({4, 3, 3, 3}, strict), Grade::B); // 13

    const GradeThresholds lenient{12, 8, 1};
    EXPECT_EQ(proposeGrade({5, 5, 1, 1}, lenient), Grade::A);
    EXPECT_EQ(proposeGrade({2, 2, 2, 2}, lenient), Grade::B);
    EXPECT_EQ(proposeGrade({2, 2, 2, 1}, lenient), Grade::C);
}

} // namespace
} // namespace sf
