// SPDX-License-Identifier: MIT
#include "ui/RegionDialog.h"

#include "ui_RegionDialog.h"

#include <QRegularExpressionValidator>

namespace sf::ui {

RegionDialog::RegionDialog(int year, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::RegionDialog>())
    , m_year(year)
    , m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add region"));
    m_ui->hintLabel->setProperty("tone", QStringLiteral("note"));
    m_ui->errorLabel->setProperty("tone", QStringLiteral("error"));
    m_ui->errorLabel->hide();
    m_ui->codeEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_ui->codeEdit));
    // Codes are capitals (R1); typing "hz" gives "HZ".
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int cursor = m_ui->codeEdit->cursorPosition();
        m_ui->codeEdit->setText(text.toUpper());
        m_ui->codeEdit->setCursorPosition(cursor);
    });
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &RegionDialog::updateHint);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QWidget::hide);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RegionDialog::reject);
    setMinimumWidth(440);
    updateHint();
}

RegionDialog::~RegionDialog() = default;

void RegionDialog::setRegion(const Region &region)
{
    setWindowTitle(tr("Rename region %1").arg(region.code));
    m_ui->codeEdit->setText(region.code);
    m_ui->codeEdit->setReadOnly(true);
    m_ui->codeEdit->setEnabled(false);
    m_ui->codeEdit->setToolTip(tr("The code is part of every customer id of the region (R1), so "
                                  "it cannot change."));
    m_ui->nameEdit->setText(region.name);
    m_ui->nameEdit->selectAll();
    m_ui->nameEdit->setFocus();
}

QString RegionDialog::code() const
{
    return m_ui->codeEdit->text().trimmed();
}

QString RegionDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void RegionDialog::updateHint()
{
    const QString example = code().size() >= 2 ? code() : QStringLiteral("HZ");
    m_ui->hintLabel->setText(tr("Customer ids of the region start with its code, e.g. %1 for "
                                "the first customer entered in %2 (R1).")
                                 .arg(example + QString::number(m_year) + QStringLiteral("001"))
                                 .arg(m_year));
    m_ui->errorLabel->hide();
}

void RegionDialog::accept()
{
    if (m_submit) {
        if (const Status status = m_submit(code(), name()); !status) {
            m_ui->errorLabel->setText(status.error().message);
            m_ui->errorLabel->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace sf::ui
