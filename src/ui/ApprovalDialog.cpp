// SPDX-License-Identifier: MIT
#include "ui/ApprovalDialog.h"

#include "ui/FieldMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sf::ui {

ApprovalDialog::ApprovalDialog(Decision decision, const QString &contractText, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_question(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_message->setObjectName(QStringLiteral("commentMessage"));
    m_message->setWordWrap(true);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    switch (decision) {
    case Decision::Approve:
        setWindowTitle(tr("Approve contract"));
        m_question->setText(
            tr("Approve %1 and pass it on to the next step (R15).").arg(contractText));
        m_comment->setPlaceholderText(tr("Comments (optional)"));
        ok->setText(tr("Approve"));
        break;
    case Decision::Sign:
        setWindowTitle(tr("Sign contract"));
        m_question->setText(
            tr("Sign %1: legal and finance have approved it (R15).").arg(contractText));
        m_comment->setPlaceholderText(tr("Comments (optional)"));
        ok->setText(tr("Sign"));
        break;
    case Decision::Reject:
        setWindowTitle(tr("Return contract to the rep"));
        m_question->setText(tr("Return %1 to the rep as a draft. Say what must change: the rep "
                               "sees your comments in the approval history (R15).")
                                .arg(contractText));
        m_comment->setPlaceholderText(
            tr("e.g. the liability clause caps damages at 5%; our standard is 20%"));
        ok->setText(tr("Return to rep"));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(480, 280);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ApprovalDialog::updateButtons);
    updateButtons();
}

QString ApprovalDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void ApprovalDialog::updateButtons()
{
    const bool required = m_decision == Decision::Reject;
    const bool missing = required && comment().isEmpty();
    setFieldMessage(m_message, missing ? tr("The comments are required.") : QString(),
                    FieldMessageKind::Note);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!missing);
}

} // namespace sf::ui
