// SPDX-License-Identifier: MIT
#pragma once

#include "core/ServerLocation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace sf::ui {

// Where SalesFlow's data is: a database file on this computer (the default, for one person or
// one desk) or the team's PostgreSQL server (host, port, database; the login and password are
// asked at sign-in). Checks what it can before accepting; opening is the sign-in's job.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const QString &location, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The chosen location: a file's absolute path or postgresql://host[:port]/database.
    QString location() const;
    bool serverChosen() const;

public Q_SLOTS:
    void accept() override;

private:
    // What is wrong with the choice, and the field to fix it in.
    struct Problem
    {
        QString message;
        QWidget *field = nullptr;
    };

    void browse();
    void update();
    Problem problem() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    // The server location given, whose options (sslmode=…) the dialog keeps: it edits the host,
    // port and database, and leaves the login to the sign-in dialog.
    ServerLocation m_server;
};

} // namespace sf::ui
