// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace sf {
class Workspace;
}

namespace sf::ui {

// R4: the manager's grading dialog. The four scores (1–5) propose a grade under the team's
// thresholds; choosing another grade needs a reason. For several customers at once the scores
// may be left out, with a reason.
class GradeDialog final : public QDialog
{
    Q_OBJECT

public:
    GradeDialog(Workspace &workspace, QStringList customerIds, QWidget *parent = nullptr);

    // R6 warnings returned by the service after grading.
    QStringList warnings() const { return m_warnings; }

public Q_SLOTS:
    void accept() override;

private:
    void updateProposal();

    Workspace &m_workspace;
    QStringList m_customerIds;
    QCheckBox *m_useScores;
    QSpinBox *m_scores[4];
    QLabel *m_proposal;
    QComboBox *m_grade;
    QLineEdit *m_reason;
    QLabel *m_error;
    QStringList m_warnings;
};

} // namespace sf::ui
