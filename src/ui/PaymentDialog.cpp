// SPDX-License-Identifier: MIT
#include "ui/PaymentDialog.h"

#include "core/Money.h"
#include "services/ContractService.h"
#include "services/PaymentService.h"
#include "services/Workspace.h"
#include "ui/ContractTexts.h"
#include "ui/FieldMessage.h"
#include "ui/TableViews.h"
#include "ui_PaymentDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace sf::ui {
namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter
                                  : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

PaymentDialog::PaymentDialog(Workspace &workspace, const Contract &contract, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PaymentDialog>())
    , m_workspace(workspace)
    , m_contract(contract)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Record payment for %1").arg(contract.number));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Record"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const QDate today = m_workspace.today();
    m_ui->receivedEdit->setMaximumDate(today);
    m_ui->receivedEdit->setDate(today);
    m_ui->receivedEdit->setToolTip(tr("The day the money arrived; not after today"));

    if (auto schedule = m_workspace.contracts().schedule(contract.id)) {
        for (const Instalment &instalment : *schedule) {
            if (instalment.outstandingFen() > 0)
                m_open.append(instalment);
        }
    }
    std::stable_sort(m_open.begin(), m_open.end(), [](const Instalment &a, const Instalment &b) {
        return a.due < b.due || (a.due == b.due && a.id < b.id);
    });

    QTableWidget *table = m_ui->openTable;
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Due"), tr("Amount"), tr("Paid"), tr("Outstanding"), tr("Note")});
    setUpTableView(table);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(28);
    table->setRowCount(int(m_open.size()));
    for (int row = 0; row < m_open.size(); ++row) {
        const Instalment &instalment = m_open.at(row);
        const int late = ContractRules::daysOverdue(instalment.due, today);
        table->setItem(row, 0, cell(ContractTexts::date(instalment.due)));
        if (late > 0) {
            table->item(row, 0)->setForeground(QColor(0xb9, 0x1c, 0x1c));
            table->item(row, 0)->setToolTip(tr("Overdue %n day(s)", nullptr, late));
        }
        table->setItem(row, 1, cell(money::yuanText(instalment.amountFen), true));
        table->setItem(row, 2, cell(money::yuanText(instalment.paidFen), true));
        table->setItem(row, 3, cell(money::yuanText(instalment.outstandingFen()), true));
        table->setItem(row, 4, cell(instalment.note));
        m_ui->instalmentCombo->addItem(
            tr("%1 · %2 outstanding%3")
                .arg(ContractTexts::date(instalment.due),
                     ContractTexts::amount(instalment.outstandingFen(), contract.currency),
                     instalment.note.isEmpty() ? QString()
                                               : QStringLiteral(" · ") + instalment.note),
            instalment.id);
    }
    // The oldest open instalment first: what the service pays first anyway.
    m_ui->instalmentCombo->setCurrentIndex(m_open.isEmpty() ? -1 : 0);
    m_ui->contractSummary->setText(
        tr("<b>%1</b> · %2 · %3<br>Still open: <b>%4</b> of %5, in %n instalment(s).", nullptr,
           int(m_open.size()))
            .arg(contract.number.toHtmlEscaped(), contract.customerName.toHtmlEscaped(),
                 contract.title.toHtmlEscaped(),
                 ContractTexts::amount(openFen(), contract.currency),
                 ContractTexts::amount(contract.priceFen, contract.currency)));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &PaymentDialog::runCheck);
    connect(m_ui->amountEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto fen = money::fenFromYuanText(m_ui->amountEdit->text()); fen && *fen > 0)
            m_ui->amountEdit->setText(money::yuanText(*fen));
    });
    connect(m_ui->instalmentCombo, &QComboBox::currentIndexChanged, this, &PaymentDialog::runCheck);
    connect(m_ui->fullButton, &QPushButton::clicked, this, [this] {
        const int index = m_ui->instalmentCombo->currentIndex();
        if (index >= 0 && index < m_open.size())
            m_ui->amountEdit->setText(money::yuanText(m_open.at(index).outstandingFen()));
    });
    m_ui->fullButton->setToolTip(tr("The amount still open on the chosen instalment"));
    setFieldMessage(m_ui->errorMessage, {}, FieldMessageKind::Error);
    runCheck();
    m_ui->amountEdit->setFocus();
}

PaymentDialog::~PaymentDialog() = default;

qint64 PaymentDialog::openFen() const
{
    qint64 open = 0;
    for (const Instalment &instalment : m_open)
        open += instalment.outstandingFen();
    return open;
}

Payment PaymentDialog::draft() const
{
    Payment payment;
    payment.contractId = m_contract.id;
    payment.receivedOn = m_ui->receivedEdit->date();
    payment.amountFen = money::fenFromYuanText(m_ui->amountEdit->text().trimmed()).value_or(0);
    payment.reference = m_ui->referenceEdit->text().trimmed();
    return payment;
}

std::optional<qint64> PaymentDialog::chosenInstalment() const
{
    const QVariant id = m_ui->instalmentCombo->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void PaymentDialog::runCheck()
{
    const QString text = m_ui->amountEdit->text().trimmed();
    const auto fen = money::fenFromYuanText(text);
    QString message;
    FieldMessageKind kind = FieldMessageKind::Note;
    if (text.isEmpty()) {
        message = tr("Still open on the contract: %1.")
                      .arg(ContractTexts::amount(openFen(), m_contract.currency));
    } else if (!fen || *fen <= 0) {
        message = tr("Type the amount received in yuan, e.g. 50,000.00.");
        kind = FieldMessageKind::Error;
    } else if (*fen > openFen()) {
        message = tr("More than the %1 still open: an over-payment is refused (R16).")
                      .arg(ContractTexts::amount(openFen(), m_contract.currency));
        kind = FieldMessageKind::Warning;
    } else {
        message = tr("Leaves %1 open on the contract.")
                      .arg(ContractTexts::amount(openFen() - *fen, m_contract.currency));
    }
    setFieldMessage(m_ui->amountMessage, message, kind);
    const int index = m_ui->instalmentCombo->currentIndex();
    if (fen && index >= 0 && index < m_open.size() && *fen > m_open.at(index).outstandingFen() &&
        *fen <= openFen())
        setFieldMessage(m_ui->instalmentMessage,
                        tr("The rest goes to the next open instalments, oldest first."),
                        FieldMessageKind::Note);
    else
        setFieldMessage(m_ui->instalmentMessage, {}, FieldMessageKind::Note);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(fen && *fen > 0);
}

void PaymentDialog::accept()
{
    auto recorded = m_workspace.payments().record(m_contract.number, draft(), chosenInstalment());
    if (!recorded) {
        setFieldMessage(m_ui->errorMessage, recorded.error().message, FieldMessageKind::Error);
        return;
    }
    m_savedSummary =
        tr("%1 recorded for %2.")
            .arg(ContractTexts::amount(draft().amountFen, m_contract.currency), m_contract.number);
    QDialog::accept();
}

} // namespace sf::ui
