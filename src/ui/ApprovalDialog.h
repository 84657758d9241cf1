// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sf::ui {

// One decision of R15's approval chain on a contract: approve or sign with an optional comment,
// or return the contract to the rep with comments, which are then required.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Approve, Sign, Reject };

    ApprovalDialog(Decision decision, const QString &contractText, QWidget *parent = nullptr);

    QString comment() const;

private:
    void updateButtons();

    Decision m_decision;
    QLabel *m_question;
    QPlainTextEdit *m_comment;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace sf::ui
