// SPDX-License-Identifier: MIT
#include "ui/GradeDialog.h"

#include "services/CustomerService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sf::ui {

GradeDialog::GradeDialog(Workspace &workspace, QStringList customerIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customerIds(std::move(customerIds))
    , m_useScores(new QCheckBox(tr("Score the four dimensions"), this))
    , m_proposal(new QLabel(this))
    , m_grade(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(m_customerIds.size() == 1
                       ? tr("Grade %1").arg(m_customerIds.first())
                       : tr("Grade %n customers", nullptr, int(m_customerIds.size())));
    auto *form = new QFormLayout;
    const QStringList names = {tr("Industry potential"), tr("Budget fit"),
                               tr("Decision chain completeness"), tr("Urgency")};
    std::optional<Customer> existing;
    if (m_customerIds.size() == 1) {
        if (auto found = workspace.customers().find(m_customerIds.first()); found)
            existing = *found;
    }
    const std::optional<GradeScores> known = existing ? existing->scores : std::nullopt;
    const int initial[4] = {known ? known->industryPotential : 3, known ? known->budgetFit : 3,
                            known ? known->decisionChain : 3, known ? known->urgency : 3};
    form->addRow(m_useScores);
    for (int i = 0; i < 4; ++i) {
        m_scores[i] = new QSpinBox(this);
        m_scores[i]->setRange(GradeScores::kMinScore, GradeScores::kMaxScore);
        m_scores[i]->setValue(initial[i]);
        m_scores[i]->setObjectName(QStringLiteral("score%1").arg(i));
        form->addRow(names.at(i), m_scores[i]);
        connect(m_scores[i], &QSpinBox::valueChanged, this, &GradeDialog::updateProposal);
    }
    m_proposal->setObjectName(QStringLiteral("proposal"));
    form->addRow(tr("Proposed"), m_proposal);
    for (Grade grade : {Grade::A, Grade::B, Grade::C})
        m_grade->addItem(gradeKey(grade), gradeKey(grade));
    m_grade->setObjectName(QStringLiteral("grade"));
    form->addRow(tr("Grade"), m_grade);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required when the grade differs from the proposal"));
    form->addRow(tr("Reason"), m_reason);
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Grade"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GradeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GradeDialog::reject);
    connect(m_useScores, &QCheckBox::toggled, this, &GradeDialog::updateProposal);
    m_useScores->setChecked(m_customerIds.size() == 1);
    updateProposal();
}

void GradeDialog::updateProposal()
{
    for (QSpinBox *box : m_scores)
        box->setEnabled(m_useScores->isChecked());
    if (!m_useScores->isChecked()) {
        m_proposal->setText(tr("— (a reason is required)"));
        return;
    }
    const GradeScores scores{m_scores[0]->value(), m_scores[1]->value(), m_scores[2]->value(),
                             m_scores[3]->value()};
    auto proposal = m_workspace.customers().propose(scores);
    if (!proposal) {
        m_proposal->setText(proposal.error().message);
        return;
    }
    m_proposal->setText(tr("%1 (total %2 of 20)").arg(gradeKey(*proposal)).arg(scores.total()));
    m_grade->setCurrentIndex(m_grade->findData(gradeKey(*proposal)));
}

void GradeDialog::accept()
{
    GradeDecision decision;
    if (m_useScores->isChecked())
        decision.scores = GradeScores{m_scores[0]->value(), m_scores[1]->value(),
                                      m_scores[2]->value(), m_scores[3]->value()};
    decision.grade = gradeFromKey(m_grade->currentData().toString());
    decision.reason = m_reason->text();
    auto result = m_workspace.customers().grade(m_customerIds, decision);
    if (!result) {
        m_error->setText(result.error().message);
        return;
    }
    m_warnings = *result;
    QDialog::accept();
}

} // namespace sf::ui
