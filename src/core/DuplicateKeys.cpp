// SPDX-License-Identifier: MIT
#include "core/DuplicateKeys.h"

#include <QStringList>

#include <vector>

namespace sf {
namespace {

// Longest first within each script, so 股份有限公司 is not cut to 股份 + 有限公司. Written without
// the punctuation and spaces the match skips: "coltd" is "Co., Ltd.", "Co.,Ltd", "Co. Ltd", ...
const QStringList &companySuffixes()
{
    static const QStringList suffixes{
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
        QStringLiteral("公司"),         QStringLiteral("coltd"),        QStringLiteral("ltd"),
        QStringLiteral("inc"),
    };
    return suffixes;
}

// Invisible characters pasted from spreadsheets and web pages (BOM, zero-width space) are
// dropped with the whitespace, so that they cannot hide a duplicate.
bool isBlank(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format;
}

// Punctuation around a suffix ("Acme, Inc.", "Acme Co., Ltd.", "某某公司。").
bool isSuffixPunctuation(QChar c)
{
    return c == u'.' || c == u',' || c == u'。' || c == u'、';
}

// A Latin suffix glued to a Latin word is part of that word ("Zinc", "Costco").
bool isWordCharacter(QChar c)
{
    return c.script() == QChar::Script_Latin || c.isDigit();
}

QString withoutTrailingPunctuation(QString text)
{
    while (!text.isEmpty() && isSuffixPunctuation(text.back()))
        text.chop(1);
    return text;
}

// Where suffix starts in compact, or -1. Punctuation in and after the suffix is skipped.
// spaceBefore[i] tells whether compact[i] followed whitespace in the original name.
qsizetype suffixStart(const QString &compact, const std::vector<bool> &spaceBefore,
                      const QString &suffix)
{
    qsizetype i = compact.size();
    qsizetype j = suffix.size();
    while (j > 0 && i > 0) {
        const QChar c = compact.at(i - 1);
        if (c == suffix.at(j - 1)) {
            --j;
            --i;
        } else if (isSuffixPunctuation(c)) {
            --i;
        } else {
            return -1;
        }
    }
    if (j > 0)
        return -1;
    const bool latin = isWordCharacter(suffix.front());
    if (latin && i > 0 && !spaceBefore[size_t(i)] && isWordCharacter(compact.at(i - 1)))
        return -1;
    return i;
}

} // namespace

QString normalizedCompanyName(const QString &name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString compact;
    compact.reserve(folded.size());
    std::vector<bool> spaceBefore;
    spaceBefore.reserve(size_t(folded.size()) + 1);
    bool afterSpace = false;
    for (QChar c : folded) {
        if (isBlank(c)) {
            afterSpace = true;
            continue;
        }
        compact.append(c);
        spaceBefore.push_back(afterSpace);
        afterSpace = false;
    }
    spaceBefore.push_back(afterSpace);

    for (const QString &suffix : companySuffixes()) {
        const qsizetype start = suffixStart(compact, spaceBefore, suffix);
        if (start < 0)
            continue;
        // Only one suffix is removed, and never the whole name: "公司" alone stays "公司".
        const QString stem = withoutTrailingPunctuation(compact.left(start));
        return stem.isEmpty() ? compact : stem;
    }
    const QString stem = withoutTrailingPunctuation(compact);
    return stem.isEmpty() ? compact : stem;
}

QString normalizedPhone(const QString &phone)
{
    const QString text = phone.normalized(QString::NormalizationForm_KC).trimmed();
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }

    bool international = false;
    if (text.startsWith(u'+') && digits.startsWith(QStringLiteral("86"))) {
        digits.remove(0, 2);
        international = true;
    } else if (digits.startsWith(QStringLiteral("0086"))) {
        digits.remove(0, 4);
        international = true;
    } else if (digits.size() == 13 && digits.startsWith(QStringLiteral("861"))) {
        // A mobile number (11 digits starting with 1) written with 86 but without the '+'.
        digits.remove(0, 2);
    }
    if (digits.size() < kMinPhoneDigits)
        return {};
    // Abroad, a landline is dialled without its trunk 0 (+86 571 ..., +86 10 ...); a mobile number
    // is 11 digits starting with 1, and 400/800 service numbers have no trunk 0. Restoring the 0
    // makes both spellings of a landline equal.
    const bool mobile = digits.size() == 11 && digits.startsWith(u'1');
    const bool service = digits.size() == 10 && (digits.startsWith(QStringLiteral("400")) ||
                                                 digits.startsWith(QStringLiteral("800")));
    if (international && !mobile && !service && !digits.startsWith(u'0'))
        digits.prepend(u'0');
    return digits;
}

} // namespace sf
