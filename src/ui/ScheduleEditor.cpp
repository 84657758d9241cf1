// SPDX-License-Identifier: MIT
#include "ui/ScheduleEditor.h"

#include "core/Money.h"
#include "ui/ContractTexts.h"
#include "ui/FieldMessage.h"
#include "ui/TableViews.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sf::ui {

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_count(new QSpinBox(this))
    , m_add(new QPushButton(tr("Add instalment"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_split(new QPushButton(tr("Split evenly"), this))
    , m_sum(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Due date"), tr("Amount (yuan)"), tr("Note")});
    setUpTableView(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(38);
    m_table->setColumnWidth(DueColumn, 150);
    m_table->setColumnWidth(AmountColumn, 160);
    m_count->setObjectName(QStringLiteral("splitCount"));
    m_count->setRange(1, 36);
    m_count->setValue(3);
    m_count->setSuffix(tr(" instalments"));
    m_count->setToolTip(tr("How many instalments \"Split evenly\" makes"));
    m_add->setObjectName(QStringLiteral("addInstalment"));
    m_remove->setObjectName(QStringLiteral("removeInstalment"));
    m_split->setObjectName(QStringLiteral("splitEvenly"));
    m_split->setToolTip(tr("Spread the price over the instalments, a month apart from the start "
                           "date; the cents left over go to the last one"));
    m_sum->setObjectName(QStringLiteral("scheduleSum"));
    m_sum->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addWidget(m_split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_sum);

    connect(m_add, &QPushButton::clicked, this, &ScheduleEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeRow);
    connect(m_split, &QPushButton::clicked, this, &ScheduleEditor::splitEvenly);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_remove->setEnabled(false);
    updateSum();
}

void ScheduleEditor::setPrice(qint64 priceFen, const QString &currency)
{
    m_priceFen = priceFen;
    m_currency = currency;
    updateSum();
}

void ScheduleEditor::setInstalments(const QList<Instalment> &instalments)
{
    m_table->setRowCount(0);
    for (const Instalment &instalment : instalments)
        insertRow(instalment);
    updateSum();
}

void ScheduleEditor::insertRow(const Instalment &instalment)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *due = new QDateEdit(m_table);
    due->setObjectName(QStringLiteral("dueEdit%1").arg(row));
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setDate(instalment.due.isValid() ? instalment.due : m_start);
    auto *amount = new QLineEdit(m_table);
    amount->setObjectName(QStringLiteral("amountEdit%1").arg(row));
    amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount->setPlaceholderText(tr("e.g. 50,000.00"));
    if (instalment.amountFen > 0)
        amount->setText(money::yuanText(instalment.amountFen));
    auto *note = new QLineEdit(instalment.note, m_table);
    note->setObjectName(QStringLiteral("noteEdit%1").arg(row));
    note->setPlaceholderText(tr("e.g. on acceptance"));
    m_table->setCellWidget(row, DueColumn, due);
    m_table->setCellWidget(row, AmountColumn, amount);
    m_table->setCellWidget(row, NoteColumn, note);
    connect(due, &QDateEdit::dateChanged, this, &ScheduleEditor::edited);
    connect(amount, &QLineEdit::textChanged, this, &ScheduleEditor::edited);
    connect(amount, &QLineEdit::editingFinished, amount, [amount] {
        if (const auto fen = money::fenFromYuanText(amount->text()))
            amount->setText(money::yuanText(*fen));
    });
    connect(note, &QLineEdit::textChanged, this, &ScheduleEditor::changed);
}

QList<Instalment> ScheduleEditor::instalments() const
{
    QList<Instalment> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Instalment instalment;
        instalment.due = qobject_cast<QDateEdit *>(m_table->cellWidget(row, DueColumn))->date();
        const QString text =
            qobject_cast<QLineEdit *>(m_table->cellWidget(row, AmountColumn))->text().trimmed();
        instalment.amountFen = money::fenFromYuanText(text).value_or(-1);
        instalment.note =
            qobject_cast<QLineEdit *>(m_table->cellWidget(row, NoteColumn))->text().trimmed();
        list.append(instalment);
    }
    return list;
}

QStringList ScheduleEditor::problems() const
{
    const QList<Instalment> list = instalments();
    if (list.isEmpty())
        return {};
    QStringList problems;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).amountFen < 0)
            problems << tr("the amount of instalment %1 is not a number of yuan").arg(i + 1);
    }
    if (!problems.isEmpty())
        return problems;
    return ContractRules::scheduleProblems(list, m_priceFen);
}

QString ScheduleEditor::sumText() const
{
    return m_sum->text();
}

void ScheduleEditor::addRow()
{
    Instalment instalment;
    const QList<Instalment> list = instalments();
    instalment.due = list.isEmpty() ? m_start : list.last().due.addMonths(1);
    qint64 scheduled = 0;
    for (const Instalment &existing : list)
        scheduled += std::max<qint64>(existing.amountFen, 0);
    instalment.amountFen = std::max<qint64>(m_priceFen - scheduled, 0);
    insertRow(instalment);
    m_table->setCurrentCell(m_table->rowCount() - 1, AmountColumn);
    edited();
}

void ScheduleEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    edited();
}

void ScheduleEditor::splitEvenly()
{
    const int count = m_count->value();
    const QList<Instalment> before = instalments();
    QList<Instalment> split;
    const qint64 part = m_priceFen / count;
    for (int i = 0; i < count; ++i) {
        Instalment instalment;
        instalment.due = i < before.size() ? before.at(i).due : m_start.addMonths(i);
        instalment.note = i < before.size() ? before.at(i).note : QString();
        instalment.amountFen = i == count - 1 ? m_priceFen - part * (count - 1) : part;
        split.append(instalment);
    }
    setInstalments(split);
    edited();
}

void ScheduleEditor::edited()
{
    updateSum();
    Q_EMIT changed();
}

void ScheduleEditor::updateSum()
{
    const QList<Instalment> list = instalments();
    m_split->setEnabled(m_priceFen > 0);
    qint64 total = 0;
    bool unreadable = false;
    for (const Instalment &instalment : list) {
        if (instalment.amountFen < 0)
            unreadable = true;
        else
            total += instalment.amountFen;
    }
    const QString sum = ContractTexts::amount(total, m_currency);
    const QString price = ContractTexts::amount(m_priceFen, m_currency);
    if (list.isEmpty()) {
        setFieldMessage(m_sum,
                        tr("No instalments yet. A contract is submitted with a schedule that adds "
                           "up to its price (R16)."),
                        FieldMessageKind::Note);
    } else if (unreadable) {
        setFieldMessage(m_sum, tr("Type each amount in yuan, e.g. 50,000.00."),
                        FieldMessageKind::Error);
    } else if (total == m_priceFen) {
        setFieldMessage(m_sum, tr("Sum %1 = price %2 ✓").arg(sum, price), FieldMessageKind::Note);
    } else if (total < m_priceFen) {
        setFieldMessage(m_sum,
                        tr("Sum %1 of price %2: %3 still to schedule.")
                            .arg(sum, price, ContractTexts::amount(m_priceFen - total, m_currency)),
                        FieldMessageKind::Error);
    } else {
        setFieldMessage(m_sum,
                        tr("Sum %1 is %2 more than the price %3.")
                            .arg(sum, ContractTexts::amount(total - m_priceFen, m_currency), price),
                        FieldMessageKind::Error);
    }
}

} // namespace sf::ui
