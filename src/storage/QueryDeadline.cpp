// SPDX-License-Identifier: MIT
#include "storage/QueryDeadline.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace sf {

namespace {
// Virtual machine instructions between two looks at the clock (a few microseconds).
constexpr int kInstructionsPerCheck = 1000;
} // namespace

QueryDeadline::QueryDeadline(const Database &db, int milliseconds)
    : m_handle(db.handle())
    , m_milliseconds(milliseconds)
{
    m_timer.start();
    if (m_handle)
        sqlite3_progress_handler(m_handle, kInstructionsPerCheck, &QueryDeadline::onProgress, this);
}

QueryDeadline::~QueryDeadline()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int QueryDeadline::onProgress(void *self)
{
    auto *deadline = static_cast<QueryDeadline *>(self);
    if (deadline->m_timer.elapsed() < deadline->m_milliseconds)
        return 0;
    deadline->m_expired = true;
    return 1; // stops the statement
}

} // namespace sf
