// SPDX-License-Identifier: MIT
#include "ui/ChangeWatcher.h"

#include "services/Workspace.h"

#include <QTimer>

namespace sf::ui {

ChangeWatcher::ChangeWatcher(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
    , m_stamp(workspace.changeStamp())
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_timer->start();
}

void ChangeWatcher::check()
{
    const qint64 stamp = m_workspace.changeStamp();
    if (stamp == m_stamp)
        return;
    m_stamp = stamp;
    Q_EMIT changedElsewhere();
}

} // namespace sf::ui
