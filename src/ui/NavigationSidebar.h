// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace sf::ui {

// The dark column on the left of the main window: the logo, then one large row per page.
class NavigationSidebar final : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    void addPage(const QString &title, const QIcon &icon, const QString &toolTip);
    int currentIndex() const;
    void setCurrentIndex(int index);
    void setFooter(const QString &text);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentChanged(int index);

private:
    QListWidget *m_list;
    QLabel *m_footer;
};

} // namespace sf::ui
