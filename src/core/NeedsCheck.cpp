// SPDX-License-Identifier: MIT
#include "core/NeedsCheck.h"

#include <QRegularExpression>

namespace sf {
namespace {

// The patterns run on NFKC, case-folded text: full-width digits, letters and ￥ are already
// half-width, "Q3" is "q3". Latin words are delimited by lookarounds, not \b, so that a Chinese
// character next to them also counts as a boundary ("预算200k元").
QRegularExpression pattern(const QString &source)
{
    QRegularExpression re(source, QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(re.isValid(), "NeedsCheck", qPrintable(re.errorString()));
    return re;
}

// R3 budget: an amount, i.e. a number with a money unit or currency, or a number right after a
// budget word. Chinese numerals start with a digit word, so that 千万 ("by all means") is no
// amount. The number after a budget word must not be a duration ("预算3个月内批").
const QRegularExpression &budgetPattern()
{
    static const QRegularExpression re = pattern(QStringLiteral(
        R"(\d++(?:[.,]\d++)?+\s*(?:百万|千万|万|千|亿|元|块|)"
        R"((?:k|w|m|million|mio|thousand|cny|rmb|yuan|usd|eur|dollars?|euros?)(?![a-z])))"
        R"(|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*\s*(?:万|亿|元|块))"
        R"(|(?:¥|\$|€|£|(?<![a-z])(?:rmb|cny|usd|eur)(?![a-z]))\s*\d)"
        R"(|(?:预算|报价|费用|投入|价格|(?<![a-z])(?:budget|price)(?![a-z]))[^\d\n]{0,6})"
        R"(\d++(?:[.,]\d++)?+(?!\s*(?:个|月|周|天|日|年|星期)"
        R"(|(?:days?|weeks?|months?|years?)(?![a-z]))))"));
    return re;
}

// R3 time frame: a duration, a date, a month, a quarter or a named point in time. Vague words
// such as 尽快, 近期, "soon", "ASAP" are deliberately not a time frame.
const QRegularExpression &timeFramePattern()
{
    static const QRegularExpression re = pattern(QStringLiteral(
        // 3个月, 两周, 10天, 6月, 15日, 三季度, 半年
        R"((?:\d++|[一二两三四五六七八九十半][零〇一二两三四五六七八九十百]*+)\s*)"
        R"((?:个多?月|个?星期|个?礼拜|个?工作日|个?季度|周|天|日|月|年内|年底)|半年)"
        // 2026年, 2026-06, 2026/6, 2026.06
        R"(|\d{4}\s*(?:年|[-/.]\s*\d{1,2}))"
        R"(|年底|年初|年中|年末|年内|年前|年后|月底|月初|月中|月末|月内|周内|季度末|季末)"
        R"(|本月|本周|本季度?|本年|今年|明年|后年|明天|后天|上半年|下半年)"
        R"(|下个?月|下个?周|下个?星期|下个?礼拜|下个?季度|春节|国庆|元旦|节前|节后)"
        // Q3, H2, FY2026
        R"(|(?<![a-z])(?:q[1-4]|h[12]|fy\d{2,4})(?![0-9]))"
        // days, weeks, months; 3 months, two weeks, next quarter, 10 working days
        R"(|(?<![a-z])(?:days|weeks|months|quarters)(?![a-z]))"
        R"(|(?<![a-z])(?:\d++|(?:within|in)\s+an?|one|two|three|four|five|six|seven|eight)"
        R"(|nine|ten|eleven|twelve|few|couple(?:\s+of)?|several|next|this|coming)\s*-?\s*)"
        R"((?:(?:business|working|calendar)\s+)?(?:day|week|month|quarter|year)s?(?![a-z]))"
        // by June, end of year, year-end, in 2026, tomorrow
        R"(|(?<![a-z])(?:january|february|march|april|june|july|august|september|october)"
        R"(|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z]))"
        R"(|(?<![a-z])(?:by|in|before|until|till|end\s+of|early|mid|late)\s+may(?![a-z]))"
        R"(|(?<![a-z])(?:by|in|before|within|until|till|during)\s+(?:\d{4}|q[1-4]|h[12])(?![0-9]))"
        R"(|(?<![a-z])(?:year[-\s]?end|end[-\s]of[-\s](?:the\s+)?(?:year|month|quarter|week))"
        R"(|eoy|eoq|eom|tomorrow)(?![a-z]))"));
    return re;
}

bool isCjk(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul;
}

// R3 length, in half CJK characters (see kMinNeedsLength).
int halfCharacters(const QString &text)
{
    int length = 0;
    for (char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c))
            continue;
        length += isCjk(c) ? 2 : 1;
    }
    return length;
}

} // namespace

NeedsWarning checkNeeds(const QString &needs)
{
    const QString text = needs.normalized(QString::NormalizationForm_KC).toCaseFolded().trimmed();
    NeedsWarning warning;
    warning.missingBudget = !budgetPattern().match(text).hasMatch();
    warning.missingTimeFrame = !timeFramePattern().match(text).hasMatch();
    warning.tooShort = halfCharacters(text) < 2 * kMinNeedsLength;
    if (warning.missingBudget)
        warning.problems << NeedsWarning::tr("no budget (e.g. 10–20万, 200k CNY)");
    if (warning.missingTimeFrame)
        warning.problems << NeedsWarning::tr("no time frame (e.g. within 3 months, by June, Q3)");
    if (warning.tooShort)
        warning.problems
            << NeedsWarning::tr("too short (at least %1 characters)").arg(kMinNeedsLength);
    return warning;
}

} // namespace sf
