// SPDX-License-Identifier: MIT
#include "ui/OpportunityDialog.h"

#include "core/Money.h"
#include "services/FollowUpService.h"
#include "services/Workspace.h"
#include "ui/FieldMessage.h"
#include "ui/PlanItemModel.h"
#include "ui_OpportunityDialog.h"

#include <QPushButton>

namespace sf::ui {

OpportunityDialog::OpportunityDialog(Workspace &workspace, const QString &customerId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpportunityDialog>())
    , m_workspace(workspace)
    , m_customerId(customerId)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Opportunity of %1").arg(customerId));
    if (auto open = m_workspace.followUps().opportunity(customerId); open)
        m_open = *open;
    m_ui->stageValue->setText(m_open ? FollowUpTexts::stage(m_open->stage)
                                     : tr("none open yet (saving opens one at %1)")
                                           .arg(FollowUpTexts::stage(OpportunityStage::Discovery)));
    m_ui->amountEdit->setText(m_open ? money::yuanText(m_open->amountFen) : QString());
    m_ui->closeCheck->setChecked(m_open && m_open->expectedClose);
    m_ui->closeEdit->setDate(m_open && m_open->expectedClose ? *m_open->expectedClose
                                                             : m_workspace.today().addMonths(3));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OpportunityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &OpportunityDialog::check);
    connect(m_ui->closeCheck, &QCheckBox::toggled, this, &OpportunityDialog::check);
    check();
}

OpportunityDialog::~OpportunityDialog() = default;

void OpportunityDialog::check()
{
    const QString text = m_ui->amountEdit->text().trimmed();
    const bool valid = text.isEmpty() || money::fenFromYuanText(text).has_value();
    setFieldMessage(m_ui->amountMessage,
                    valid ? QString()
                          : tr("Write the amount in yuan with at most 2 decimals, e.g. "
                               "350,000.00."),
                    FieldMessageKind::Error);
    m_ui->closeEdit->setEnabled(m_ui->closeCheck->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void OpportunityDialog::accept()
{
    const QString text = m_ui->amountEdit->text().trimmed();
    const qint64 fen = text.isEmpty() ? 0 : money::fenFromYuanText(text).value_or(0);
    auto saved = m_workspace.followUps().setOpportunityTerms(
        m_customerId, fen,
        m_ui->closeCheck->isChecked() ? std::optional<QDate>(m_ui->closeEdit->date())
                                      : std::nullopt,
        m_open ? m_open->version : 0);
    if (!saved) {
        setFieldMessage(m_ui->errorMessage, saved.error().message, FieldMessageKind::Error);
        return;
    }
    QDialog::accept();
}

} // namespace sf::ui
