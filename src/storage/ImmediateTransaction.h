// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace sf {

class Database;

// A write transaction that starts with BEGIN IMMEDIATE, so that the write lock is taken up front:
// a deferred BEGIN lets two writers both read and then fail with SQLITE_BUSY on their first write
// (design.md measured 79% failures with 4 writers). Rolls back in the destructor unless committed.
// On PostgreSQL it is a plain BEGIN (READ COMMITTED).
//
//     ImmediateTransaction tx(db);
//     if (!tx.started()) return tx.error();
//     ... writes ...
//     return tx.commit();
class ImmediateTransaction
{
public:
    explicit ImmediateTransaction(const Database &db);
    ~ImmediateTransaction();
    Q_DISABLE_COPY_MOVE(ImmediateTransaction)

    bool started() const { return m_state == State::Open; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    enum class State { Failed, Open, Committed };
    const Database &m_db;
    State m_state = State::Failed;
    Error m_error;
};

// A large page cache for the life of a bulk write (an import, the demo data): inserting a million
// customers touches index pages all over the file, which a 2 MB cache writes out and reads back
// again and again. The previous size is restored afterwards.
class BulkWriteCache
{
public:
    static constexpr int kCacheKiB = 256 * 1024;

    explicit BulkWriteCache(const Database &db);
    ~BulkWriteCache();
    Q_DISABLE_COPY_MOVE(BulkWriteCache)

private:
    const Database &m_db;
    int m_previousKiB;
};

} // namespace sf
