// SPDX-License-Identifier: MIT
#include "ui/PlanItemDialog.h"

#include "core/Deadlines.h"
#include "services/CalendarService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/Workspace.h"
#include "ui/FieldMessage.h"
#include "ui/PlanItemModel.h"
#include "ui_PlanItemDialog.h"

#include <QPushButton>

namespace sf::ui {

PlanItemDialog::PlanItemDialog(Workspace &workspace, std::optional<PlanItem> existing,
                               const QString &customerId, QDate start, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanItemDialog>())
    , m_workspace(workspace)
    , m_existing(std::move(existing))
{
    m_ui->setupUi(this);
    setWindowTitle(m_existing ? tr("Edit plan item") : tr("New plan item"));
    if (auto calendar = m_workspace.calendar().workCalendar())
        m_calendar = *calendar;
    for (ContactMethod method : allMethods())
        m_ui->methodCombo->addItem(FollowUpTexts::method(method), methodKey(method));
    for (PlanItemStatus status : {PlanItemStatus::Planned, PlanItemStatus::InProgress,
                                  PlanItemStatus::Done, PlanItemStatus::Cancelled})
        m_ui->statusCombo->addItem(FollowUpTexts::planStatus(status), planStatusKey(status));
    const PlanItem item = m_existing.value_or([&] {
        PlanItem fresh;
        fresh.customerId = customerId;
        fresh.start = start.isValid() ? start : m_workspace.today();
        fresh.due = m_calendar.addWorkdays(fresh.start, 1);
        fresh.method = ContactMethod::Visit;
        return fresh;
    }());
    m_ui->customerEdit->setText(item.customerId);
    m_ui->customerEdit->setReadOnly(m_existing.has_value());
    m_ui->goalEdit->setText(item.goal);
    m_ui->actionEdit->setText(item.action);
    m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(methodKey(item.method)));
    m_ui->startEdit->setDate(item.start);
    m_ui->dueEdit->setDate(item.due);
    m_ui->supportEdit->setText(item.supportNeeded);
    m_ui->requestedCheck->setChecked(item.supportRequestedOn.has_value());
    m_ui->requestedEdit->setDate(item.supportRequestedOn.value_or(m_workspace.today()));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(planStatusKey(item.status)));
    m_ui->progressSpin->setValue(item.progress);
    m_ui->counterpartCombo->setCurrentText(item.counterpart);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PlanItemDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit :
         {m_ui->customerEdit, m_ui->goalEdit, m_ui->actionEdit, m_ui->supportEdit})
        connect(edit, &QLineEdit::textChanged, this, &PlanItemDialog::runCheck);
    connect(m_ui->counterpartCombo, &QComboBox::currentTextChanged, this,
            &PlanItemDialog::runCheck);
    for (QDateEdit *edit : {m_ui->startEdit, m_ui->dueEdit, m_ui->requestedEdit})
        connect(edit, &QDateEdit::dateChanged, this, &PlanItemDialog::runCheck);
    connect(m_ui->requestedCheck, &QCheckBox::toggled, this, &PlanItemDialog::runCheck);
    runCheck();
}

PlanItemDialog::~PlanItemDialog() = default;

PlanItem PlanItemDialog::draft() const
{
    PlanItem item = m_existing.value_or(PlanItem{});
    item.customerId = m_ui->customerEdit->text().trimmed().toUpper();
    item.goal = m_ui->goalEdit->text().trimmed();
    item.action = m_ui->actionEdit->text().trimmed();
    item.counterpart = m_ui->counterpartCombo->currentText().trimmed();
    item.method =
        methodFromText(m_ui->methodCombo->currentData().toString()).value_or(ContactMethod::Phone);
    item.start = m_ui->startEdit->date();
    item.due = m_ui->dueEdit->date();
    item.supportNeeded = m_ui->supportEdit->text().trimmed();
    item.supportRequestedOn = m_ui->requestedCheck->isChecked()
                                  ? std::optional<QDate>(m_ui->requestedEdit->date())
                                  : std::nullopt;
    item.status = planStatusFromText(m_ui->statusCombo->currentData().toString())
                      .value_or(PlanItemStatus::Planned);
    item.progress = m_ui->progressSpin->value();
    return item;
}

void PlanItemDialog::loadCustomer()
{
    const QString customerId = m_ui->customerEdit->text().trimmed().toUpper();
    if (customerId == m_contactsOf)
        return; // looked up once per id typed, not once per keystroke in any field
    m_contactsOf = customerId;
    const QString typed = m_ui->counterpartCombo->currentText();
    m_ui->counterpartCombo->clear();
    auto customer = customerId.isEmpty() ? Result<std::optional<Customer>>(std::nullopt)
                                         : m_workspace.customers().find(customerId);
    m_customerKnown = customer && customer->has_value();
    if (m_customerKnown)
        m_ui->counterpartCombo->addItems(FollowUpTexts::counterparts(**customer));
    m_ui->counterpartCombo->setCurrentText(typed);
    setFieldMessage(m_ui->customerMessage,
                    customerId.isEmpty() ? tr("Which customer is the plan for?")
                    : m_customerKnown    ? (*customer)->name
                                         : tr("There is no customer %1.").arg(customerId),
                    m_customerKnown ? FieldMessageKind::Note : FieldMessageKind::Error);
}

void PlanItemDialog::runCheck()
{
    const PlanItem item = draft();
    loadCustomer();
    const bool known = m_customerKnown;
    setFieldMessage(m_ui->actionMessage,
                    item.action.isEmpty() ? tr("Say what will be done; \"follow up soon\" is not "
                                               "a plan item (R9).")
                                          : QString(),
                    FieldMessageKind::Error);
    setFieldMessage(m_ui->counterpartMessage,
                    item.counterpart.isEmpty() ? tr("Say with whom (R9).") : QString(),
                    FieldMessageKind::Error);
    setFieldMessage(m_ui->datesMessage,
                    item.due < item.start ? tr("The due date is before the start date.")
                                          : QString(),
                    FieldMessageKind::Error);
    m_ui->requestedEdit->setEnabled(m_ui->requestedCheck->isChecked());
    QString support;
    FieldMessageKind kind = FieldMessageKind::Note;
    const QDate latest = deadlines::latestSupportRequestDate(m_calendar, item.start);
    if (item.supportRequestedOn) {
        if (!deadlines::supportRequestOnTime(m_calendar, *item.supportRequestedOn, item.start)) {
            support = tr("Late: support for an item starting %1 is requested by %2 (2 working "
                         "days before, R10).")
                          .arg(item.start.toString(Qt::ISODate), latest.toString(Qt::ISODate));
            kind = FieldMessageKind::Warning;
        }
    } else if (!item.supportNeeded.isEmpty()) {
        support = tr("Request it by %1 (2 working days before the start, R10).")
                      .arg(latest.toString(Qt::ISODate));
    }
    setFieldMessage(m_ui->requestedMessage, support, kind);
    const bool valid =
        known && !item.action.isEmpty() && !item.counterpart.isEmpty() && item.due >= item.start;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void PlanItemDialog::accept()
{
    const PlanItem item = draft();
    FollowUpService &service = m_workspace.followUps();
    auto saved = m_existing ? service.updatePlanItem(item) : service.addPlanItem(item);
    if (!saved) {
        setFieldMessage(m_ui->errorMessage, saved.error().message, FieldMessageKind::Error);
        return;
    }
    m_savedId = saved->id;
    m_warnings = saved->warnings;
    QDialog::accept();
}

} // namespace sf::ui
