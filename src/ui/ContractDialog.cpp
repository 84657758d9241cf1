// SPDX-License-Identifier: MIT
#include "ui/ContractDialog.h"

#include "core/Money.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/Workspace.h"
#include "ui/ContractTexts.h"
#include "ui/FieldMessage.h"
#include "ui/ScheduleEditor.h"
#include "ui_ContractDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace sf::ui {
namespace {

// A date field left at its minimum shows "not set" and means no date.
const QDate kNoDate(2000, 1, 1);

void setUpDate(QDateEdit *edit, QDate date)
{
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(ContractDialog::tr("not set"));
    edit->setDate(date.isValid() ? date : kNoDate);
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

bool sameSchedule(const QList<Instalment> &a, const QList<Instalment> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).due != b.at(i).due || a.at(i).amountFen != b.at(i).amountFen ||
            a.at(i).note != b.at(i).note)
            return false;
    }
    return true;
}

bool sameTerms(const Contract &a, const Contract &b)
{
    return a.title == b.title && a.products == b.products && a.priceFen == b.priceFen &&
           a.currency == b.currency && a.delivery == b.delivery &&
           a.paymentTerms == b.paymentTerms && a.liability == b.liability && a.start == b.start &&
           a.end == b.end && a.attachments == b.attachments;
}

} // namespace

ContractDialog::ContractDialog(Workspace &workspace, std::optional<Contract> existing,
                               const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContractDialog>())
    , m_workspace(workspace)
    , m_existing(std::move(existing))
{
    m_ui->setupUi(this);
    setWindowTitle(m_existing ? tr("Edit contract %1").arg(m_existing->number)
                              : tr("New contract"));
    for (const QString &currency : {QStringLiteral("CNY"), QStringLiteral("USD"),
                                    QStringLiteral("EUR"), QStringLiteral("HKD")})
        m_ui->currencyCombo->addItem(currency);
    for (QPlainTextEdit *edit : {m_ui->productsEdit, m_ui->paymentTermsEdit, m_ui->liabilityEdit})
        edit->setTabChangesFocus(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    const QDate today = m_workspace.today();
    const Contract contract = m_existing.value_or([&] {
        Contract fresh;
        fresh.customerId = customerId;
        fresh.start = today;
        fresh.end = today.addYears(1).addDays(-1);
        return fresh;
    }());
    m_ui->numberValue->setText(m_existing ? contract.number + QStringLiteral("  ·  ") +
                                                ContractRules::statusName(contract.status)
                                          : tr("issued on save"));
    m_ui->customerEdit->setText(contract.customerId);
    m_ui->customerEdit->setReadOnly(m_existing.has_value());
    m_ui->titleEdit->setText(contract.title);
    m_ui->productsEdit->setPlainText(contract.products);
    m_ui->priceEdit->setText(contract.priceFen > 0 ? money::yuanText(contract.priceFen)
                                                   : QString());
    m_ui->currencyCombo->setCurrentText(contract.currency);
    m_ui->deliveryEdit->setText(contract.delivery);
    m_ui->paymentTermsEdit->setPlainText(contract.paymentTerms);
    m_ui->liabilityEdit->setPlainText(contract.liability);
    setUpDate(m_ui->startEdit, contract.start);
    setUpDate(m_ui->endEdit, contract.end);
    for (const QString &path : contract.attachments) {
        auto *item = new QListWidgetItem(path, m_ui->attachmentList);
        item->setToolTip(path);
    }
    if (m_existing) {
        if (auto schedule = m_workspace.contracts().schedule(m_existing->id))
            m_loadedSchedule = *schedule;
    }
    ScheduleEditor *schedule = m_ui->scheduleEditor;
    schedule->setStartDate(contract.start.isValid() ? contract.start : today);
    schedule->setPrice(contract.priceFen, contract.currency);
    schedule->setInstalments(m_loadedSchedule);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContractDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit :
         {m_ui->customerEdit, m_ui->titleEdit, m_ui->priceEdit, m_ui->deliveryEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContractDialog::runCheck);
    for (QPlainTextEdit *edit : {m_ui->productsEdit, m_ui->paymentTermsEdit, m_ui->liabilityEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ContractDialog::runCheck);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this, &ContractDialog::runCheck);
    for (QDateEdit *edit : {m_ui->startEdit, m_ui->endEdit})
        connect(edit, &QDateEdit::dateChanged, this, &ContractDialog::runCheck);
    connect(m_ui->priceEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto fen = money::fenFromYuanText(m_ui->priceEdit->text()); fen && *fen > 0)
            m_ui->priceEdit->setText(money::yuanText(*fen));
    });
    connect(schedule, &ScheduleEditor::changed, this, &ContractDialog::runCheck);
    connect(m_ui->addAttachment, &QPushButton::clicked, this, &ContractDialog::addAttachments);
    connect(m_ui->removeAttachment, &QPushButton::clicked, this, [this] {
        delete m_ui->attachmentList->currentItem();
        runCheck();
    });
    connect(m_ui->attachmentList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->removeAttachment->setEnabled(row >= 0); });
    m_ui->removeAttachment->setEnabled(false);
    if (m_existing && pendingStep(m_existing->status))
        setFieldMessage(m_ui->errorMessage,
                        tr("%1 is at %2: saving a change returns it to draft and resets its "
                           "approvals.")
                            .arg(m_existing->number, ContractRules::statusName(m_existing->status)),
                        FieldMessageKind::Warning);
    else
        setFieldMessage(m_ui->errorMessage, {}, FieldMessageKind::Error);
    runCheck();
    if (m_existing)
        m_ui->titleEdit->setFocus();
}

ContractDialog::~ContractDialog() = default;

Contract ContractDialog::draft() const
{
    Contract contract = m_existing.value_or(Contract{});
    contract.customerId = m_ui->customerEdit->text().trimmed().toUpper();
    contract.title = m_ui->titleEdit->text().trimmed();
    contract.products = m_ui->productsEdit->toPlainText().trimmed();
    const QString price = m_ui->priceEdit->text().trimmed();
    contract.priceFen = price.isEmpty() ? 0 : money::fenFromYuanText(price).value_or(-1);
    contract.currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    contract.delivery = m_ui->deliveryEdit->text().trimmed();
    contract.paymentTerms = m_ui->paymentTermsEdit->toPlainText().trimmed();
    contract.liability = m_ui->liabilityEdit->toPlainText().trimmed();
    contract.start = dateOf(m_ui->startEdit);
    contract.end = dateOf(m_ui->endEdit);
    contract.attachments.clear();
    for (int row = 0; row < m_ui->attachmentList->count(); ++row)
        contract.attachments << m_ui->attachmentList->item(row)->text();
    return contract;
}

QList<Instalment> ContractDialog::instalments() const
{
    return m_ui->scheduleEditor->instalments();
}

void ContractDialog::loadCustomer()
{
    const QString customerId = m_ui->customerEdit->text().trimmed().toUpper();
    if (customerId == m_customerLookedUp)
        return; // looked up once per id typed, not once per keystroke in any field
    m_customerLookedUp = customerId;
    auto customer = customerId.isEmpty() ? Result<std::optional<Customer>>(std::nullopt)
                                         : m_workspace.customers().find(customerId);
    m_customerKnown = customer && customer->has_value();
    setFieldMessage(m_ui->customerMessage,
                    customerId.isEmpty() ? tr("Which customer signs the contract?")
                    : m_customerKnown    ? (*customer)->name
                                         : tr("There is no customer %1.").arg(customerId),
                    m_customerKnown ? FieldMessageKind::Note : FieldMessageKind::Error);
}

void ContractDialog::runCheck()
{
    loadCustomer();
    const Contract contract = draft();
    ScheduleEditor *schedule = m_ui->scheduleEditor;
    const bool priceRead = contract.priceFen >= 0;
    schedule->setPrice(std::max<qint64>(contract.priceFen, 0), contract.currency);
    schedule->setStartDate(contract.start.isValid() ? contract.start : m_workspace.today());
    setFieldMessage(m_ui->priceMessage,
                    priceRead ? QString()
                              : tr("Type the price in yuan, e.g. 300,000.00 or 300000."),
                    FieldMessageKind::Error);
    const bool datesOk =
        !contract.start.isValid() || !contract.end.isValid() || contract.end >= contract.start;
    setFieldMessage(m_ui->datesMessage,
                    datesOk ? QString() : tr("The end date is before the start date."),
                    FieldMessageKind::Error);
    const bool currencyOk = contract.currency.size() == 3;

    // R14 and R16: what the contract still needs before it can be submitted.
    QStringList missing = ContractRules::missingTerms(contract);
    QStringList scheduleProblems = schedule->problems();
    const QList<Instalment> rows = schedule->instalments();
    if (rows.isEmpty() && !m_loadedSchedule.isEmpty())
        scheduleProblems << tr("a schedule keeps at least one instalment");
    if (rows.isEmpty())
        missing << tr("a payment schedule (R16)");
    setFieldMessage(m_ui->r14Message,
                    missing.isEmpty()
                        ? tr("Every core term is there (R14): the contract can be submitted.")
                        : tr("To submit it (R14), the contract still needs: %1. You can save the "
                             "draft now.")
                              .arg(missing.join(tr(", "))),
                    missing.isEmpty() ? FieldMessageKind::Note : FieldMessageKind::Warning);
    m_ui->tabs->setTabText(1, scheduleProblems.isEmpty() ? tr("Payment schedule")
                                                         : tr("Payment schedule ⚠"));
    m_ui->tabs->setTabText(2, m_ui->attachmentList->count() > 0
                                  ? tr("Attachments (%1)").arg(m_ui->attachmentList->count())
                                  : tr("Attachments"));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    const bool valid = m_customerKnown && !contract.title.isEmpty() && priceRead && datesOk &&
                       currencyOk && scheduleProblems.isEmpty();
    save->setEnabled(valid);
    QString why;
    if (!m_customerKnown)
        why = tr("Type the id of an existing customer.");
    else if (contract.title.isEmpty())
        why = tr("Give the contract a title.");
    else if (!priceRead)
        why = tr("Type the price in yuan.");
    else if (!datesOk)
        why = tr("The end date is before the start date.");
    else if (!currencyOk)
        why = tr("The currency is a 3-letter code such as CNY.");
    else if (!scheduleProblems.isEmpty())
        why = tr("The payment schedule cannot be saved: %1.").arg(scheduleProblems.join(tr("; ")));
    save->setToolTip(why);
}

void ContractDialog::addAttachments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QString(),
        tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.png);;All files (*)"));
    for (const QString &path : paths) {
        if (!m_ui->attachmentList->findItems(path, Qt::MatchExactly).isEmpty())
            continue;
        auto *item = new QListWidgetItem(path, m_ui->attachmentList);
        item->setToolTip(path);
    }
    runCheck();
}

bool ContractDialog::scheduleChanged() const
{
    return !sameSchedule(instalments(), m_loadedSchedule);
}

bool ContractDialog::confirmReset()
{
    if (!m_existing || !pendingStep(m_existing->status))
        return true;
    if (sameTerms(draft(), *m_existing) && !scheduleChanged())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Reset the approvals?"),
                    tr("%1 is at %2. Saving this change returns it to draft and resets its "
                       "approvals: it must be submitted and approved again (R15).")
                        .arg(m_existing->number, ContractRules::statusName(m_existing->status)),
                    QMessageBox::Save | QMessageBox::Cancel, this);
    box.button(QMessageBox::Save)->setText(tr("Save and reset"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

void ContractDialog::accept()
{
    if (!confirmReset())
        return;
    ContractService &service = m_workspace.contracts();
    auto saved = m_existing ? service.update(draft()) : service.draft(draft());
    if (!saved) {
        setFieldMessage(m_ui->errorMessage, saved.error().message, FieldMessageKind::Error);
        return;
    }
    m_saved = *saved;
    const QList<Instalment> rows = instalments();
    if (!rows.isEmpty() && scheduleChanged()) {
        if (auto scheduled = service.setSchedule(saved->id, rows); !scheduled) {
            // The terms are saved: a second Save retries the schedule on the saved contract.
            m_existing = *saved;
            m_ui->tabs->setCurrentIndex(1);
            setFieldMessage(m_ui->errorMessage,
                            tr("%1 is saved, but not its payment schedule: %2")
                                .arg(saved->number, scheduled.error().message),
                            FieldMessageKind::Error);
            return;
        }
        if (auto reloaded = service.contract(saved->id))
            m_saved = *reloaded;
    }
    QDialog::accept();
}

} // namespace sf::ui
