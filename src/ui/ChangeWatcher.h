// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTimer;

namespace sf {
class Workspace;
}

namespace sf::ui {

// Notices changes that colleagues (another desktop on the same database, the command line) have
// saved: it looks at the workspace's change stamp every few seconds — a cheap read — and says so
// when it moved. The window then reads its pages again; nobody has to restart.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 3000;

    explicit ChangeWatcher(Workspace &workspace, QObject *parent = nullptr);

public Q_SLOTS:
    // Looks now (the timer calls it); emits changedElsewhere() when the stamp moved.
    void check();

Q_SIGNALS:
    void changedElsewhere();

private:
    Workspace &m_workspace;
    QTimer *m_timer;
    qint64 m_stamp = 0;
};

} // namespace sf::ui
