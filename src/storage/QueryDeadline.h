// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

struct sqlite3;

namespace sf {

class Database;

// While it lives, a statement on `db` running longer than `milliseconds` is stopped (it fails as
// interrupted) and expired() tells that the deadline, not a newer request, stopped it. For a
// query plan that is usually fast but may not be: try it for a moment, then take the safe plan.
class QueryDeadline
{
public:
    QueryDeadline(const Database &db, int milliseconds);
    ~QueryDeadline();
    Q_DISABLE_COPY_MOVE(QueryDeadline)

    bool expired() const { return m_expired; }

private:
    static int onProgress(void *self);

    sqlite3 *m_handle;
    QElapsedTimer m_timer;
    qint64 m_milliseconds;
    bool m_expired = false;
};

} // namespace sf
