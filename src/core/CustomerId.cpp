// SPDX-License-Identifier: MIT
#include "core/CustomerId.h"

#include <algorithm>
#include <limits>

namespace sf {
namespace {

const QString kRule = QStringLiteral("R1");

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isLetter(QChar c)
{
    return isUpper(c) || isLower(c);
}

Error refuse(const QString &text, const QString &reason)
{
    return Error::invalid(CustomerId::tr("Invalid customer id \"%1\": %2.").arg(text, reason),
                          kRule);
}

// Reasons about the characters alone, before the id is split into its parts.
QString characterProblem(const QString &text)
{
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return CustomerId::tr("it contains spaces");
    for (QChar c : text) {
        if (!isLetter(c) && !isDigit(c))
            return CustomerId::tr("it contains \"%1\"; only letters A–Z and digits are allowed")
                .arg(QString(c));
    }
    if (std::any_of(text.begin(), text.end(), isLower))
        return CustomerId::tr("it contains lower-case letters; the region code is upper-case");
    return {};
}

} // namespace

QString CustomerId::toString() const
{
    return format(region, year, serial);
}

QString CustomerId::format(const QString &region, int year, int serial)
{
    return region + QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')) +
           QStringLiteral("%1").arg(serial, kSerialDigits, 10, QLatin1Char('0'));
}

Result<CustomerId> CustomerId::parse(const QString &text)
{
    if (text.isEmpty())
        return Error::invalid(tr("The customer id is empty."), kRule);
    if (const QString problem = characterProblem(text); !problem.isEmpty())
        return refuse(text, problem);

    qsizetype letters = 0;
    while (letters < text.size() && isUpper(text.at(letters)))
        ++letters;
    const QString digits = text.mid(letters);
    if (letters == 0)
        return refuse(text, tr("it must start with a region code of 2–3 letters"));
    if (std::any_of(digits.begin(), digits.end(), isUpper))
        return refuse(text, tr("letters may only stand at the start, as the region code"));
    if (letters < 2 || letters > 3)
        return refuse(text, tr("the region code must be 2–3 letters, not %1").arg(letters));
    if (digits.size() < 4)
        return refuse(text, tr("the year must be 4 digits"));

    const int year = digits.left(4).toInt();
    if (year < kMinYear || year > kMaxYear)
        return refuse(
            text, tr("the year %1 is out of range (%2–%3)").arg(year).arg(kMinYear).arg(kMaxYear));

    const QString serialText = digits.mid(4);
    if (serialText.size() < kSerialDigits)
        return refuse(text, tr("the serial must be at least 3 digits"));
    if (serialText.size() > kMaxSerialDigits)
        return refuse(text, tr("the serial must be at most %1 digits").arg(kMaxSerialDigits));
    const int serial = serialText.toInt();
    if (serial == 0)
        return refuse(text, tr("the serial must not be 0; serials start at 001"));
    // Zero padding is only to 3 digits, so each serial has exactly one spelling: HZ20240001
    // would be a second spelling of HZ2024001 and slip past the duplicate check.
    if (serialText.size() > kSerialDigits && serialText.startsWith(u'0'))
        return refuse(text, tr("the serial %1 has a leading zero; the id of serial %2 is %3")
                                .arg(serialText)
                                .arg(serial)
                                .arg(format(text.left(letters), year, serial)));

    return CustomerId{text.left(letters), year, serial};
}

int nextSerial(int lastIssuedSerial)
{
    // Saturate rather than overflow; parse() refuses such a serial anyway.
    if (lastIssuedSerial >= std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    return std::max(lastIssuedSerial, 0) + 1;
}

} // namespace sf
