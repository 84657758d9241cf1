// SPDX-License-Identifier: MIT
#include "ui/SettingsDialog.h"

#include "core/Contract.h"
#include "services/DesktopSettings.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "ui/ConnectionDialog.h"
#include "ui/LocationTexts.h"
#include "ui_SettingsDialog.h"

#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTimeZone>

namespace sf::ui {
namespace {

// Where the teams that use SalesFlow work; the full list of IANA ids follows.
QStringList commonTimeZones()
{
    return {SettingsService::defaultTimeZoneId(),
            QStringLiteral("Asia/Hong_Kong"),
            QStringLiteral("Asia/Taipei"),
            QStringLiteral("Asia/Singapore"),
            QStringLiteral("Asia/Tokyo"),
            QStringLiteral("Asia/Seoul"),
            QStringLiteral("Europe/London"),
            QStringLiteral("Europe/Berlin"),
            QStringLiteral("America/New_York"),
            QStringLiteral("America/Los_Angeles"),
            QStringLiteral("UTC")};
}

QString offsetText(const QTimeZone &zone)
{
    const int seconds = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SettingsDialog::SettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
    , m_workspace(workspace)
    , m_initialLanguage(desktopSettings::language())
    , m_initialDatabasePath(LocationTexts::shown(desktopSettings::databasePath()))
    , m_initialTimeZone(QString::fromUtf8(workspace.settings().timeZone().id()))
{
    m_ui->setupUi(this);
    m_ui->languageNotice->setProperty("tone", QStringLiteral("notice"));
    m_ui->databaseNote->setProperty("tone", QStringLiteral("note"));
    m_ui->timeZoneNote->setProperty("tone", QStringLiteral("note"));
    m_ui->timeZoneOffset->setProperty("tone", QStringLiteral("note"));
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();

    fillLanguages();
    m_ui->databaseEdit->setText(m_initialDatabasePath);
    m_ui->databaseEdit->setPlaceholderText(
        QDir::toNativeSeparators(desktopSettings::defaultDatabasePath()));
    fillTimeZones();
    m_ui->contractNumberNote->setProperty("tone", QStringLiteral("note"));
    m_ui->contractNumberEdit->setText(workspace.settings().contractNumberFormat());
    m_ui->renewalSpin->setValue(workspace.settings().renewalReminderDays());
    if (workspace.actor().role != Role::Admin) {
        m_ui->timeZoneCombo->setEnabled(false);
        m_ui->timeZoneCombo->setToolTip(
            tr("Only an administrator may change the team's time zone."));
        for (QWidget *field : {static_cast<QWidget *>(m_ui->contractNumberEdit),
                               static_cast<QWidget *>(m_ui->renewalSpin)}) {
            field->setEnabled(false);
            field->setToolTip(tr("Only an administrator may change the team's settings."));
        }
    }
    connect(m_ui->contractNumberEdit, &QLineEdit::textChanged, this,
            &SettingsDialog::updateContractNumberNote);
    updateContractNumberNote();

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateNotices);
    connect(m_ui->databaseEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateNotices);
    connect(m_ui->connectionButton, &QPushButton::clicked, this, &SettingsDialog::chooseConnection);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this,
            &SettingsDialog::updateTimeZoneOffset);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    updateNotices();
    updateTimeZoneOffset();
    setMinimumWidth(620);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    // Each language is named in itself, so that a user can find their own in any language.
    m_ui->languageCombo->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int index = m_ui->languageCombo->findData(m_initialLanguage);
    m_ui->languageCombo->setCurrentIndex(qMax(0, index));
}

void SettingsDialog::fillTimeZones()
{
    QComboBox *combo = m_ui->timeZoneCombo;
    const QStringList common = commonTimeZones();
    combo->addItems(common);
    combo->insertSeparator(combo->count());
    QStringList all;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromUtf8(id);
        if (name.contains(QLatin1Char('/')) && !common.contains(name))
            all.append(name);
    }
    all.sort();
    combo->addItems(all);
    combo->setMaxVisibleItems(16);
    auto *completer = new QCompleter(common + all, combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    combo->setCompleter(completer);
    combo->setCurrentText(m_initialTimeZone);
}

void SettingsDialog::chooseConnection()
{
    ConnectionDialog dialog(chosenDatabasePath(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString location = dialog.location();
    m_ui->databaseEdit->setText(LocationTexts::shown(location));
}

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

QString SettingsDialog::chosenDatabasePath() const
{
    const QString text = m_ui->databaseEdit->text().trimmed();
    if (text.isEmpty() || Workspace::isServer(text))
        return text;
    return QDir::cleanPath(QDir::fromNativeSeparators(text));
}

QString SettingsDialog::chosenTimeZone() const
{
    return m_ui->timeZoneCombo->currentText().trimmed();
}

void SettingsDialog::updateNotices()
{
    m_ui->languageNotice->setVisible(chosenLanguage() != m_initialLanguage);
    const QString path = chosenDatabasePath();
    const bool changed = LocationTexts::shown(path) != m_initialDatabasePath;
    if (path.isEmpty())
        m_ui->databaseNote->setText(tr("Empty: SalesFlow uses its default database."));
    else if (changed && Workspace::isServer(path))
        m_ui->databaseNote->setText(
            tr("SalesFlow connects to this team server when it restarts; you sign in there with "
               "the login your administrator gave you."));
    else if (changed && !QFileInfo::exists(path))
        m_ui->databaseNote->setText(
            tr("A new, empty database will be created there when SalesFlow restarts."));
    else if (changed)
        m_ui->databaseNote->setText(tr("SalesFlow opens this database when it restarts."));
    else if (LocationTexts::sameDatabase(path, m_workspace.databasePath()))
        m_ui->databaseNote->setText(tr("The database SalesFlow has open now."));
    else
        m_ui->databaseNote->setText(
            tr("SalesFlow opens this database when it starts normally; it was started with %1 "
               "this time.")
                .arg(LocationTexts::shortName(m_workspace.databasePath())));
    m_ui->errorLabel->hide();
}

void SettingsDialog::updateTimeZoneOffset()
{
    const QTimeZone zone(chosenTimeZone().toUtf8());
    m_ui->timeZoneOffset->setText(zone.isValid() ? offsetText(zone) : QString());
    m_ui->errorLabel->hide();
}

void SettingsDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void SettingsDialog::updateContractNumberNote()
{
    const QString format = m_ui->contractNumberEdit->text().trimmed();
    const int year = m_workspace.today().year();
    m_ui->contractNumberNote->setText(
        ContractRules::isValidNumberFormat(format)
            ? tr("{year} is the year, {serial:4} the serial within the year in 4 digits: "
                 "the first contract of %1 is %2.")
                  .arg(year)
                  .arg(ContractRules::formatNumber(format, year, 1))
            : tr("The format needs {serial}, e.g. HT{year}{serial:4}."));
}

void SettingsDialog::accept()
{
    // Check everything first, then save: a refusal leaves every setting as it was.
    const QString databasePath = chosenDatabasePath();
    const bool databaseChanged = LocationTexts::shown(databasePath) != m_initialDatabasePath;
    if (const QString problem = databaseChanged && !databasePath.isEmpty()
                                    ? LocationTexts::problem(databasePath)
                                    : QString();
        !problem.isEmpty()) {
        showError(problem);
        m_ui->databaseEdit->setFocus();
        return;
    }
    const QString numberFormat = m_ui->contractNumberEdit->text().trimmed();
    if (!ContractRules::isValidNumberFormat(numberFormat)) {
        showError(tr("The contract number format needs {serial}, e.g. HT{year}{serial:4}."));
        m_ui->contractNumberEdit->setFocus();
        return;
    }
    if (numberFormat != m_workspace.settings().contractNumberFormat()) {
        if (const Status saved = m_workspace.settings().setContractNumberFormat(numberFormat);
            !saved) {
            showError(saved.error().message);
            m_ui->contractNumberEdit->setFocus();
            return;
        }
    }
    if (m_ui->renewalSpin->value() != m_workspace.settings().renewalReminderDays()) {
        if (const Status saved =
                m_workspace.settings().setRenewalReminderDays(m_ui->renewalSpin->value());
            !saved) {
            showError(saved.error().message);
            m_ui->renewalSpin->setFocus();
            return;
        }
    }
    const QString timeZone = chosenTimeZone();
    if (timeZone != m_initialTimeZone) {
        if (const Status saved = m_workspace.settings().setTimeZone(timeZone); !saved) {
            showError(saved.error().message);
            m_ui->timeZoneCombo->setFocus();
            return;
        }
    }
    const bool languageChanged = chosenLanguage() != m_initialLanguage;
    if (languageChanged)
        desktopSettings::setLanguage(chosenLanguage());
    if (databaseChanged)
        desktopSettings::setDatabasePath(databasePath);
    m_restartNeeded = languageChanged || databaseChanged;
    QDialog::accept();
}

} // namespace sf::ui
