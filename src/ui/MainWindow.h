// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMainWindow>
#include <QSet>
#include <QStringList>

class QAction;
class QActionGroup;
class QStackedWidget;

namespace sf {
class Workspace;
}

namespace sf::ui {

class ChangeWatcher;

class NavigationSidebar;
struct PageInfo;

// The shell: the sidebar of pages, the page stack, menus and status bar. Each feature lives in
// its own page widget; the window remembers its geometry and last page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const { return int(m_keys.size()); }
    int currentPage() const;
    QString pageKey(int index) const { return m_keys.value(index); }
    int pageIndex(const QString &key) const { return int(m_keys.indexOf(key)); }
    QWidget *page(const QString &key) const;

public Q_SLOTS:
    void showPage(int index);
    // Shows the customer on the Customers page.
    void openCustomer(const QString &customerId);
    // Shows the customer's follow-up plan on the Follow-up plans page.
    void openPlan(const QString &customerId);
    void openSettings();
    void backupDatabase();
    void showAbout();
    void changePassword();
    // Reads the pages again after colleagues saved changes: the one showing now, the others when
    // they are shown.
    void showChangesFromElsewhere();
    // Closes the window and asks the application to show the sign-in again.
    void signOut();

Q_SIGNALS:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createPage(const PageInfo &info);
    void createMenus();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void refreshPage(const QString &key);

    Workspace &m_workspace;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_pages;
    QStringList m_keys;
    QStringList m_titles;
    QActionGroup *m_pageActions = nullptr;
    QAction *m_backupAction = nullptr;
    ChangeWatcher *m_changes = nullptr;
    QSet<QString> m_stalePages; // changed elsewhere while they were not showing
};

} // namespace sf::ui
