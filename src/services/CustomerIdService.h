// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerId.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

struct ServiceContext;

// R1: customer ids are region code + year of entry + serial (HZ2024001), issued by the program.
class CustomerIdService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerIdService)

public:
    explicit CustomerIdService(ServiceContext &context)
        : m_context(context)
    {}

    // Checks the format and that the region is known.
    Result<CustomerId> validate(const QString &id) const;
    // The id the next customer of `region` entered in `year` will get (nothing is reserved).
    Result<QString> peekNext(const QString &region, int year) const;

private:
    ServiceContext &m_context;
};

} // namespace sf
