// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "storage/ImmediateTransaction.h"

namespace sf {

// Runs `write` in one write transaction (BEGIN IMMEDIATE), committed only when it succeeds.
// Internal to the services layer.
template<typename T, typename Write>
Result<T> inTransaction(const Database &db, Write write)
{
    ImmediateTransaction tx(db);
    if (!tx.started())
        return tx.error();
    Result<T> written = write();
    if (!written)
        return written;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace sf
