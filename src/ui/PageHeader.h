// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace sf::ui {

// The title and one-line subtitle at the top of every page ("pageTitle", "pageSubtitle").
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace sf::ui
