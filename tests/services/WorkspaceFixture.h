// SPDX-License-Identifier: MIT
#pragma once

#include "services/UserService.h"
#include "services/Workspace.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace sf::test {

// A local time in Shanghai (the team's default time zone) as the UTC instant the services take.
inline QDateTime shanghai(int y, int m, int d, int h = 10, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone("Asia/Shanghai")).toUTC();
}

// A workspace on a fresh database, acting as the local administrator, with a clock the test sets.
class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened =
            Workspace::open(m_folder.path(QStringLiteral("t.db")), [this] { return m_now; });
        ASSERT_TRUE(succeeded(opened));
        m_ws = std::move(*opened);
    }

    // Adds a user (a senior rep when `senior`).
    void addUser(const QString &login, Role role, bool senior = false)
    {
        User user;
        user.login = login;
        user.role = role;
        user.senior = senior;
        ASSERT_TRUE(succeeded(m_ws->users().add(user)));
    }

    // Adds a user and acts as them.
    void actAsNew(const QString &login, Role role)
    {
        User user;
        user.login = login;
        user.role = role;
        ASSERT_TRUE(succeeded(m_ws->users().add(user)));
        ASSERT_TRUE(succeeded(m_ws->actAs(login)));
    }

    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());
    TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace sf::test
