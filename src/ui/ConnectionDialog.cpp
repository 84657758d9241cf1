// SPDX-License-Identifier: MIT
#include "ui/ConnectionDialog.h"

#include "core/ServerLocation.h"
#include "services/DesktopSettings.h"
#include "ui/LocationTexts.h"
#include "ui_ConnectionDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace sf::ui {

ConnectionDialog::ConnectionDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->introLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->noteLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();
    m_ui->fileEdit->setPlaceholderText(
        QDir::toNativeSeparators(desktopSettings::defaultDatabasePath()));

    if (const auto server = ServerLocation::parse(location)) {
        m_server = *server;
        m_ui->serverRadio->setChecked(true);
        m_ui->hostEdit->setText(server->host);
        m_ui->portSpin->setValue(server->port);
        m_ui->databaseEdit->setText(server->database);
        m_ui->fileEdit->setText(QDir::toNativeSeparators(desktopSettings::defaultDatabasePath()));
    } else {
        m_ui->localRadio->setChecked(true);
        m_ui->fileEdit->setText(QDir::toNativeSeparators(
            location.isEmpty() ? desktopSettings::defaultDatabasePath() : location));
        m_ui->databaseEdit->setText(QStringLiteral("salesflow"));
    }

    for (QLineEdit *edit : {m_ui->fileEdit, m_ui->hostEdit, m_ui->databaseEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::update);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::update);
    connect(m_ui->localRadio, &QRadioButton::toggled, this, &ConnectionDialog::update);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    update();
    (serverChosen() ? m_ui->hostEdit : m_ui->fileEdit)->setFocus();
}

ConnectionDialog::~ConnectionDialog() = default;

bool ConnectionDialog::serverChosen() const
{
    return m_ui->serverRadio->isChecked();
}

QString ConnectionDialog::location() const
{
    if (serverChosen()) {
        ServerLocation server = m_server;
        server.login.clear();
        server.host = m_ui->hostEdit->text().trimmed();
        server.port = m_ui->portSpin->value();
        server.database = m_ui->databaseEdit->text().trimmed();
        return server.url();
    }
    const QString path = m_ui->fileEdit->text().trimmed();
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
}

ConnectionDialog::Problem ConnectionDialog::problem() const
{
    if (!serverChosen())
        return {LocationTexts::fileProblem(location()), m_ui->fileEdit};
    const QString host = m_ui->hostEdit->text().trimmed();
    if (host.isEmpty())
        return {tr("Give the server's host name or address."), m_ui->hostEdit};
    if (host.contains(u'/') || host.contains(u'@') || host.contains(u' '))
        return {tr("The host is a name or an address, such as crm.example.com or 192.168.1.20."),
                m_ui->hostEdit};
    const QString database = m_ui->databaseEdit->text().trimmed();
    if (database.isEmpty())
        return {tr("Give the name of the team's database on the server."), m_ui->databaseEdit};
    if (database.contains(u'/'))
        return {tr("The database is a name, such as salesflow."), m_ui->databaseEdit};
    return {LocationTexts::problem(location()), m_ui->hostEdit};
}

void ConnectionDialog::update()
{
    const bool server = serverChosen();
    m_ui->localPanel->setEnabled(!server);
    m_ui->serverPanel->setEnabled(server);
    m_ui->errorLabel->hide();
    if (server) {
        m_ui->noteLabel->setText(
            tr("You sign in with the login and password your administrator gave you. The "
               "password is not saved on this computer."));
        return;
    }
    const QString path = location();
    m_ui->noteLabel->setText(!path.isEmpty() && QFileInfo::exists(path)
                                 ? tr("SalesFlow opens this database file.")
                                 : tr("A new, empty database will be created there."));
}

void ConnectionDialog::browse()
{
    const QString current = serverChosen() ? QString() : location();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Choose the database file"),
        current.isEmpty() ? desktopSettings::defaultDatabasePath() : current,
        tr("SalesFlow databases (*.db *.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_ui->localRadio->setChecked(true);
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

void ConnectionDialog::accept()
{
    if (const Problem found = problem(); !found.message.isEmpty()) {
        m_ui->errorLabel->setText(found.message);
        m_ui->errorLabel->show();
        found.field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sf::ui
