// SPDX-License-Identifier: MIT
#include "ui/FollowUpDialog.h"

#include "core/Deadlines.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/Workspace.h"
#include "ui/FieldMessage.h"
#include "ui/PlanItemModel.h"
#include "ui_FollowUpDialog.h"

#include <QPushButton>

namespace sf::ui {

FollowUpDialog::FollowUpDialog(Workspace &workspace, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Record a follow-up"));
    for (ContactMethod method : allMethods())
        m_ui->methodCombo->addItem(FollowUpTexts::method(method), methodKey(method));
    m_ui->stageCombo->addItem(tr("Stage unchanged"));
    for (OpportunityStage stage : allStages())
        m_ui->stageCombo->addItem(tr("Now: %1").arg(FollowUpTexts::stage(stage)), stageKey(stage));
    // The contact just ended: now, to the minute.
    const QDateTime now = m_workspace.now().toLocalTime();
    m_ui->contactEdit->setDateTime(now.addSecs(-now.time().second()));
    m_ui->contactEdit->setMaximumDateTime(now.addSecs(60));
    m_ui->nextDueEdit->setDate(m_workspace.today().addDays(2));
    m_ui->customerEdit->setText(customerId);
    m_ui->customerEdit->setReadOnly(!customerId.isEmpty());
    loadCustomer();

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->customerEdit, &QLineEdit::textChanged, this, [this] {
        loadCustomer();
        runCheck();
    });
    for (QLineEdit *edit : {m_ui->nextEdit, m_ui->riskEdit})
        connect(edit, &QLineEdit::textChanged, this, &FollowUpDialog::runCheck);
    for (QPlainTextEdit *edit : {m_ui->contentEdit, m_ui->feedbackEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &FollowUpDialog::runCheck);
    connect(m_ui->contactEdit, &QDateTimeEdit::dateTimeChanged, this, &FollowUpDialog::runCheck);
    connect(m_ui->stageCombo, &QComboBox::currentIndexChanged, this, &FollowUpDialog::runCheck);
    runCheck();
}

FollowUpDialog::~FollowUpDialog() = default;

FollowUpRecord FollowUpDialog::draft() const
{
    FollowUpRecord record;
    record.customerId = m_ui->customerEdit->text().trimmed().toUpper();
    record.contactAt = m_ui->contactEdit->dateTime().toUTC();
    record.method =
        methodFromText(m_ui->methodCombo->currentData().toString()).value_or(ContactMethod::Phone);
    record.counterpart = m_ui->counterpartCombo->currentText().trimmed();
    record.content = m_ui->contentEdit->toPlainText().trimmed();
    record.feedback = m_ui->feedbackEdit->toPlainText().trimmed();
    record.nextAction = m_ui->nextEdit->text().trimmed();
    if (!record.nextAction.isEmpty())
        record.nextActionDue = m_ui->nextDueEdit->date();
    record.risk = m_ui->riskEdit->text().trimmed();
    record.progress = m_ui->progressCheck->isChecked();
    if (m_ui->stageCombo->currentIndex() > 0)
        record.stage = stageFromText(m_ui->stageCombo->currentData().toString());
    return record;
}

void FollowUpDialog::loadCustomer()
{
    const QString customerId = m_ui->customerEdit->text().trimmed().toUpper();
    if (customerId == m_loaded)
        return;
    m_loaded = customerId;
    auto customer = m_workspace.customers().find(customerId);
    m_customerKnown = customer && customer->has_value();
    m_ui->counterpartCombo->clear();
    m_stage.reset();
    if (!m_customerKnown) {
        setFieldMessage(m_ui->customerMessage,
                        customerId.isEmpty() ? tr("Which customer did you talk to?")
                                             : tr("There is no customer %1.").arg(customerId),
                        FieldMessageKind::Error);
        return;
    }
    m_ui->counterpartCombo->addItems(FollowUpTexts::counterparts(**customer));
    setFieldMessage(m_ui->customerMessage, (*customer)->name, FieldMessageKind::Note);
    if (auto open = m_workspace.followUps().opportunity(customerId); open && open->has_value())
        m_stage = (*open)->stage;
}

void FollowUpDialog::runCheck()
{
    const FollowUpRecord record = draft();
    // R11: the record is made now; more than 2 hours after the contact it is late.
    const QDateTime now = m_workspace.now();
    const qint64 minutes = record.contactAt.secsTo(now) / 60;
    if (record.contactAt > now.addSecs(60))
        setFieldMessage(m_ui->contactMessage, tr("The contact time is in the future."),
                        FieldMessageKind::Error);
    else if (deadlines::isLateRecord(record.contactAt, now))
        setFieldMessage(m_ui->contactMessage,
                        tr("Recorded %1 h %2 min after the contact: later than 2 hours, the "
                           "record is marked late (R11).")
                            .arg(minutes / 60)
                            .arg(minutes % 60, 2, 10, QLatin1Char('0')),
                        FieldMessageKind::Warning);
    else
        setFieldMessage(m_ui->contactMessage, {}, FieldMessageKind::Note);
    const QStringList opinions =
        FollowUpRules::opinionWords(record.content + u' ' + record.feedback);
    setFieldMessage(m_ui->contentMessage,
                    !opinions.isEmpty()
                        ? tr("\"%1\" is an opinion. Write what the customer said or did, e.g. "
                             "\"the customer says the proposal meets the initial needs; feedback "
                             "expected by 25 March\".")
                              .arg(opinions.join(QStringLiteral("\", \"")))
                        : QString(),
                    FieldMessageKind::Warning);
    m_ui->nextDueEdit->setEnabled(!record.nextAction.isEmpty());
    setFieldMessage(m_ui->nextMessage,
                    record.nextAction.isEmpty() && !record.risk.isEmpty()
                        ? tr("A risk usually calls for a next action.")
                        : QString(),
                    FieldMessageKind::Note);
    QString stage = m_stage ? tr("Current stage: %1.").arg(FollowUpTexts::stage(*m_stage))
                            : tr("No open opportunity: a stage opens one.");
    if (record.stage && (!m_stage || int(*record.stage) > int(*m_stage)))
        stage += u' ' + tr("Advancing the stage counts as progress.");
    setFieldMessage(m_ui->stageMessage, stage, FieldMessageKind::Note);
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(m_customerKnown && !record.content.isEmpty() &&
                     record.contactAt <= now.addSecs(60));
}

void FollowUpDialog::accept()
{
    FollowUpRecord record = draft();
    // Saved a few seconds after the contact time was set to "now": not in the future.
    record.contactAt = std::min(record.contactAt, m_workspace.now());
    auto saved = m_workspace.followUps().record(record);
    if (!saved) {
        setFieldMessage(m_ui->errorMessage, saved.error().message, FieldMessageKind::Error);
        return;
    }
    m_savedId = saved->id;
    m_warnings = saved->warnings;
    QDialog::accept();
}

} // namespace sf::ui
