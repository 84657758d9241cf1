// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Keys for the duplicate check of process.md, stage 1 ("Duplicates"): two customers are flagged
// as duplicates when their normalised names or a normalised contact phone are equal. The keys are
// only compared and indexed, never shown.
namespace sf {

// Duplicates: NFKC (full-width -> half-width), case-folded, all whitespace removed, and ONE
// trailing company suffix removed (股份有限公司, 有限责任公司, 有限公司, 公司, Co., Ltd., Ltd.,
// Inc.; spaces, '.' and ',' inside and after the suffix do not matter), then trailing '.' and ','.
// A Latin suffix is removed only after a word boundary ("Zinc" keeps its "inc"). A name that is
// nothing but a suffix keeps it ("公司" stays "公司"); blank input gives an empty key.
QString normalizedCompanyName(const QString &name);

// Duplicates: the digits of a phone number without a +86 / 0086 country prefix (spaces, dashes,
// parentheses and full-width digits do not matter). An international landline number gets back
// its trunk 0, so "+86 571 8888 8888" equals "0571-8888-8888". Empty when fewer than
// kMinPhoneDigits digits remain: such a number is not usable for matching.
QString normalizedPhone(const QString &phone);

inline constexpr int kMinPhoneDigits = 5;

} // namespace sf
