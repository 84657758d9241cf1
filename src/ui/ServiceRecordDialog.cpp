// SPDX-License-Identifier: MIT
#include "ui/ServiceRecordDialog.h"

#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/ServiceRecordService.h"
#include "services/Workspace.h"
#include "ui/FieldMessage.h"
#include "ui_ServiceRecordDialog.h"

#include <QPushButton>

#include <algorithm>

namespace sf::ui {
namespace {

constexpr QRgb kStarOn = 0xfff59e0b;
constexpr QRgb kStarOff = 0xffcbd5e1;

QString satisfactionWords(int stars)
{
    switch (stars) {
    case 1: return ServiceRecordDialog::tr("1 – very dissatisfied");
    case 2: return ServiceRecordDialog::tr("2 – dissatisfied");
    case 3: return ServiceRecordDialog::tr("3 – neutral");
    case 4: return ServiceRecordDialog::tr("4 – satisfied");
    case 5: return ServiceRecordDialog::tr("5 – very satisfied");
    }
    return ServiceRecordDialog::tr("Not rated");
}

} // namespace

ServiceRecordDialog::ServiceRecordDialog(Workspace &workspace, const QString &customerId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServiceRecordDialog>())
    , m_workspace(workspace)
{
    setUp(customerId);
    setWindowTitle(tr("Record service"));
    loadCustomer();
    runCheck();
}

ServiceRecordDialog::ServiceRecordDialog(Workspace &workspace, const ServiceRecord &record,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServiceRecordDialog>())
    , m_workspace(workspace)
    , m_editing(record)
{
    setUp(record.customerId);
    setWindowTitle(tr("Service record of %1").arg(record.customerId));
    m_ui->customerEdit->setReadOnly(true);
    loadCustomer();
    if (record.contractId)
        m_ui->contractCombo->setCurrentIndex(
            std::max(0, m_ui->contractCombo->findData(*record.contractId)));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(serviceKindKey(record.kind)));
    m_ui->statusCombo->setCurrentIndex(
        m_ui->statusCombo->findData(serviceStatusKey(record.status)));
    m_ui->dateEdit->setDate(record.happenedOn);
    setSatisfaction(record.satisfaction);
    m_ui->summaryEdit->setPlainText(record.summary);
    m_ui->maintenanceCheck->setChecked(record.nextMaintenance.has_value());
    if (record.nextMaintenance)
        m_ui->maintenanceEdit->setDate(*record.nextMaintenance);
    runCheck();
}

ServiceRecordDialog::~ServiceRecordDialog() = default;

void ServiceRecordDialog::setUp(const QString &customerId)
{
    m_ui->setupUi(this);
    for (ServiceKind kind : allServiceKinds())
        m_ui->kindCombo->addItem(ServiceRecordRules::kindName(kind), serviceKindKey(kind));
    for (ServiceStatus status : allServiceStatuses())
        m_ui->statusCombo->addItem(ServiceRecordRules::statusName(status),
                                   serviceStatusKey(status));
    // A visit just made: closed, today; the next one in three months.
    m_ui->statusCombo->setCurrentIndex(
        m_ui->statusCombo->findData(serviceStatusKey(ServiceStatus::Closed)));
    m_ui->dateEdit->setDate(m_workspace.today());
    m_ui->dateEdit->setMaximumDate(m_workspace.today().addDays(1));
    m_ui->maintenanceEdit->setDate(m_workspace.today().addMonths(3));

    m_stars = {m_ui->star1, m_ui->star2, m_ui->star3, m_ui->star4, m_ui->star5};
    for (int i = 0; i < int(m_stars.size()); ++i) {
        QToolButton *star = m_stars.at(i);
        star->setText(QString(QChar(0x2605)));
        star->setToolTip(satisfactionWords(i + 1));
        star->setCursor(Qt::PointingHandCursor);
        // Clicking the chosen star again takes the rating back.
        connect(star, &QToolButton::clicked, this, [this, i] {
            setSatisfaction(m_satisfaction == i + 1 ? std::nullopt : std::optional<int>(i + 1));
        });
    }
    m_ui->clearSatisfaction->setText(tr("Not rated"));
    m_ui->clearSatisfaction->setToolTip(tr("The customer was not asked"));
    connect(m_ui->clearSatisfaction, &QToolButton::clicked, this,
            [this] { setSatisfaction(std::nullopt); });
    setSatisfaction(std::nullopt);

    m_ui->customerEdit->setText(customerId);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServiceRecordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->customerEdit, &QLineEdit::textChanged, this, [this] {
        loadCustomer();
        runCheck();
    });
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, &ServiceRecordDialog::runCheck);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &ServiceRecordDialog::runCheck);
    connect(m_ui->maintenanceEdit, &QDateEdit::dateChanged, this, &ServiceRecordDialog::runCheck);
    connect(m_ui->maintenanceCheck, &QCheckBox::toggled, this, &ServiceRecordDialog::runCheck);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ServiceRecordDialog::runCheck);
}

void ServiceRecordDialog::setSatisfaction(std::optional<int> stars)
{
    if (stars && !ServiceRecordRules::isValidSatisfaction(*stars))
        stars.reset();
    m_satisfaction = stars;
    for (int i = 0; i < int(m_stars.size()); ++i) {
        const bool on = stars && i < *stars;
        m_stars.at(i)->setStyleSheet(QStringLiteral("QToolButton { color: %1; border: none; "
                                                    "font-size: 22px; padding: 0 2px; }")
                                         .arg(QColor(on ? kStarOn : kStarOff).name()));
    }
    m_ui->satisfactionText->setText(satisfactionWords(stars.value_or(0)));
    m_ui->clearSatisfaction->setEnabled(stars.has_value());
}

ServiceRecord ServiceRecordDialog::draft() const
{
    ServiceRecord record = m_editing.value_or(ServiceRecord());
    record.customerId = m_ui->customerEdit->text().trimmed().toUpper();
    const QVariant contract = m_ui->contractCombo->currentData();
    record.contractId =
        contract.isValid() ? std::optional<qint64>(contract.toLongLong()) : std::nullopt;
    record.kind =
        serviceKindFromText(m_ui->kindCombo->currentData().toString()).value_or(ServiceKind::Visit);
    record.status = serviceStatusFromText(m_ui->statusCombo->currentData().toString())
                        .value_or(ServiceStatus::Open);
    record.happenedOn = m_ui->dateEdit->date();
    record.satisfaction = m_satisfaction;
    record.summary = m_ui->summaryEdit->toPlainText().trimmed();
    record.nextMaintenance = m_ui->maintenanceCheck->isChecked()
                                 ? std::optional<QDate>(m_ui->maintenanceEdit->date())
                                 : std::nullopt;
    return record;
}

void ServiceRecordDialog::loadCustomer()
{
    const QString customerId = m_ui->customerEdit->text().trimmed().toUpper();
    if (customerId == m_loaded)
        return;
    m_loaded = customerId;
    m_ui->contractCombo->clear();
    m_ui->contractCombo->addItem(tr("No particular contract"));
    auto customer = m_workspace.customers().find(customerId);
    m_customerKnown = customer && customer->has_value();
    if (!m_customerKnown) {
        setFieldMessage(m_ui->customerMessage,
                        customerId.isEmpty() ? tr("Which customer was served?")
                                             : tr("There is no customer %1.").arg(customerId),
                        FieldMessageKind::Error);
        m_ui->contractCombo->setEnabled(false);
        return;
    }
    QString note = (*customer)->name;
    if (auto satisfaction = m_workspace.afterSales().satisfaction(customerId);
        satisfaction && satisfaction->rated > 0)
        note += tr(" · satisfaction so far %1 (%n rated record(s))", nullptr, satisfaction->rated)
                    .arg(QLocale().toString(satisfaction->average, 'f', 1));
    setFieldMessage(m_ui->customerMessage, note, FieldMessageKind::Note);
    ContractQuery query;
    query.customerId = customerId;
    if (auto contracts = m_workspace.contracts().contracts(query)) {
        for (const Contract &contract : *contracts) {
            QString label = contract.number + QStringLiteral(" · ") + contract.title;
            if (contract.end.isValid())
                label += tr(" · ends %1").arg(contract.end.toString(Qt::ISODate));
            m_ui->contractCombo->addItem(label, contract.id);
        }
    }
    m_ui->contractCombo->setEnabled(m_ui->contractCombo->count() > 1);
}

void ServiceRecordDialog::runCheck()
{
    const ServiceRecord record = draft();
    setFieldMessage(m_ui->summaryMessage,
                    record.summary.isEmpty() ? tr("Say what was done, e.g. \"on-site check; "
                                                  "replaced the backup disk\".")
                                             : QString(),
                    FieldMessageKind::Error);
    m_ui->maintenanceEdit->setEnabled(m_ui->maintenanceCheck->isChecked());
    const bool maintenanceBefore =
        record.nextMaintenance && *record.nextMaintenance < record.happenedOn;
    if (maintenanceBefore)
        setFieldMessage(m_ui->maintenanceMessage,
                        tr("The next maintenance cannot be before the service date (%1).")
                            .arg(record.happenedOn.toString(Qt::ISODate)),
                        FieldMessageKind::Error);
    else if (record.nextMaintenance)
        setFieldMessage(m_ui->maintenanceMessage,
                        tr("It appears in the owner's My day from %1.")
                            .arg(record.nextMaintenance->toString(Qt::ISODate)),
                        FieldMessageKind::Note);
    else
        setFieldMessage(m_ui->maintenanceMessage, {}, FieldMessageKind::Note);
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(m_customerKnown && !record.summary.isEmpty() && !maintenanceBefore);
}

void ServiceRecordDialog::accept()
{
    const ServiceRecord record = draft();
    auto saved =
        m_editing ? m_workspace.afterSales().update(record) : m_workspace.afterSales().add(record);
    if (!saved) {
        setFieldMessage(m_ui->errorMessage, saved.error().message, FieldMessageKind::Error);
        return;
    }
    m_savedId = saved->id;
    QDialog::accept();
}

} // namespace sf::ui
