// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

struct PageInfo;

// My day: for the signed-in user (a manager may pick a rep), next actions and plan items due
// today or late, contacts still to record, A customers short of two contacts this week (R6),
// C customers due for maintenance (R7) and plans due (R8). Each opens its customer. It refreshes
// every minute and whenever it is shown: the reminders need no scheduler.
class MyDayPage final : public QWidget
{
    Q_OBJECT

public:
    MyDayPage(Workspace &workspace, const PageInfo &info, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Shows the day of `login` (a manager looking at a rep's day).
    void showDayOf(const QString &login);

Q_SIGNALS:
    void openCustomer(const QString &customerId);

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadPeople();

    Workspace &m_workspace;
    QComboBox *m_person;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QTimer *m_timer;
};

} // namespace sf::ui
