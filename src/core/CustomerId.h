// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

// R1: a customer id is region code + year of entry + serial within region and year, e.g.
// HZ2024001. The serial has at least 3 digits, zero-padded, and grows to 4+ digits after 999.
struct CustomerId
{
    QString region;
    int year = 0;
    int serial = 0;

    static constexpr int kMinYear = 2000;
    static constexpr int kMaxYear = 2099;
    static constexpr int kSerialDigits = 3;
    // Nine digits keep every serial in an int.
    static constexpr int kMaxSerialDigits = 9;

    QString toString() const;
    bool operator==(const CustomerId &) const = default;

    // Validates a typed or imported id; the error says precisely why it is refused (rule "R1").
    // The text is taken as it is: no trimming, no case folding.
    static Result<CustomerId> parse(const QString &text);
    // Formats without validating: the caller passes a valid region, year and serial >= 1.
    static QString format(const QString &region, int year, int serial);

    Q_DECLARE_TR_FUNCTIONS(CustomerId)
};

// R1: the serial to issue after the last issued one (0 or less when none was issued yet).
int nextSerial(int lastIssuedSerial);

} // namespace sf
