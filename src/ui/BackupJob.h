// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace sf::ui {

// Backs up the database in a worker thread, so that the window stays responsive on a large file.
// The worker opens its own connection (one connection per thread, design.md) and uses the
// maintenance service's online backup, which is safe while others write.
class BackupJob final : public QObject
{
    Q_OBJECT

public:
    BackupJob(QString databasePath, QString destination, QObject *parent = nullptr);
    ~BackupJob() override; // waits for a running backup: the file must not be left half-written

    void start();
    bool isRunning() const;

Q_SIGNALS:
    void succeeded(const QString &path, qint64 bytes);
    void failed(const QString &message);

private:
    QString m_databasePath;
    QString m_destination;
    QThread *m_thread = nullptr;
};

} // namespace sf::ui
