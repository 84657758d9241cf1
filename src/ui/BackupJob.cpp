// SPDX-License-Identifier: MIT
#include "ui/BackupJob.h"

#include "services/MaintenanceService.h"
#include "services/Workspace.h"

#include <QThread>

#include <memory>

namespace sf::ui {
namespace {

struct Outcome
{
    bool ok = false;
    QString path;
    qint64 bytes = 0;
    QString message;
};

} // namespace

BackupJob::BackupJob(QString databasePath, QString destination, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_destination(std::move(destination))
{}

BackupJob::~BackupJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupJob::start()
{
    if (m_thread)
        return;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, database = m_databasePath, to = m_destination] {
        // The workspace, and with it the connection, lives and dies in this thread.
        auto workspace = Workspace::open(database);
        if (!workspace) {
            outcome->message = workspace.error().message;
            return;
        }
        auto backup = (*workspace)->maintenance().backup(to);
        if (!backup) {
            outcome->message = backup.error().message;
            return;
        }
        outcome->ok = true;
        outcome->path = backup->path;
        outcome->bytes = backup->bytes;
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->ok)
            Q_EMIT succeeded(outcome->path, outcome->bytes);
        else
            Q_EMIT failed(outcome->message);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace sf::ui
