// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace sf {
class Workspace;
}

namespace sf::ui {

// The settings of this desktop (language, database file: they apply after a restart) and of the
// team (time zone: saved in the database at once). Invalid input is explained in the dialog,
// which then stays open.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Whether the accepted changes need a restart to take effect.
    bool restartNeeded() const { return m_restartNeeded; }

    void accept() override;

private:
    void fillLanguages();
    void fillTimeZones();
    void chooseConnection();
    void updateNotices();
    void updateTimeZoneOffset();
    void updateContractNumberNote();
    QString chosenLanguage() const;
    QString chosenDatabasePath() const;
    QString chosenTimeZone() const;
    void showError(const QString &message);

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
    Workspace &m_workspace;
    QString m_initialLanguage;
    QString m_initialDatabasePath;
    QString m_initialTimeZone;
    bool m_restartNeeded = false;
};

} // namespace sf::ui
