// SPDX-License-Identifier: MIT
#include "ui/WorkspaceWorker.h"

namespace sf::ui {

WorkspaceWorker::WorkspaceWorker(Workspace::Address address)
    : m_address(std::move(address))
{}

WorkspaceWorker::~WorkspaceWorker() = default;

void WorkspaceWorker::startIn(QThread &thread, const QString &name)
{
    thread.setObjectName(name);
    moveToThread(&thread);
    connect(&thread, &QThread::finished, this, &QObject::deleteLater);
    thread.start();
}

void WorkspaceWorker::stopIn(QThread &thread, quint64 generation)
{
    interruptRunning(generation);
    QMetaObject::invokeMethod(this, &WorkspaceWorker::shutdown, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

void WorkspaceWorker::shutdown()
{
    m_open = nullptr;
    m_workspace.reset();
}

void WorkspaceWorker::interruptRunning(quint64 generation)
{
    m_newest = generation;
    if (const Workspace *open = m_open.load())
        open->interrupt();
}

Workspace *WorkspaceWorker::workspace(QString *error)
{
    if (m_workspace)
        return m_workspace.get();
    auto opened = Workspace::open(m_address);
    if (!opened) {
        *error = opened.error().message;
        return nullptr;
    }
    m_workspace = std::move(*opened);
    m_open = m_workspace.get();
    return m_workspace.get();
}

} // namespace sf::ui
