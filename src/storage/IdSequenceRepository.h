// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QString>

namespace sf {

class Database;

// R1: the serial counters behind customer ids, one per region and year.
class IdSequenceRepository
{
public:
    explicit IdSequenceRepository(const Database &db)
        : m_db(db)
    {}

    // The last serial issued or reserved for region and year (0 if none).
    Result<int> lastSerial(const QString &region, int year) const;
    // Moves the counter up to at least `serial` (an id given by hand or by an import is reserved
    // so that an issued id never takes it). Call inside a transaction.
    Status reserve(const QString &region, int year, int serial);

private:
    const Database &m_db;
};

} // namespace sf
