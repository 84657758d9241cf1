// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sf {

// R3: a needs description should be specific ("需要CRM系统，预算10-20万，3个月内上线"), not vague
// ("有软件需求"). The check only warns; the user may save anyway.
struct NeedsWarning
{
    // Translated short reasons, in the order budget, time frame, length; empty when specific.
    QStringList problems;
    bool missingBudget = false;
    bool missingTimeFrame = false;
    bool tooShort = false;

    bool vague() const { return !problems.isEmpty(); }

    Q_DECLARE_TR_FUNCTIONS(NeedsWarning)
};

// R3: shorter than this is too short, counted in CJK characters. A Latin letter, digit or sign
// counts as half a character, since it carries about half as much: "has software needs" is as
// vague as "有软件需求". Whitespace does not count.
inline constexpr int kMinNeedsLength = 15;

// R3: warns when the text names no budget (an amount: 10-20万, 200k CNY, ¥50000, 预算50),
// no time frame (3个月内, 年底, Q3, 2026-06, 6月, 下周, within 3 months, by June, weeks), or is
// too short. Full-width characters and case do not matter.
NeedsWarning checkNeeds(const QString &needs);

} // namespace sf
