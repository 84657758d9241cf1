// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace sf::ui {

// The four stages of the sales process (lead → opportunity → contract → after-sales) as a row of
// steps, with the stage a page belongs to highlighted; 0 highlights none.
class ProcessStageStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessStageStrip(int currentStage, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_stage;
};

} // namespace sf::ui
