// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include "services/CustomerService.h"
#include "services/Workspace.h"
#include "ui/AboutBox.h"
#include "ui/AdministrationPage.h"
#include "ui/AfterSalesPage.h"
#include "ui/BackupJob.h"
#include "ui/ChangeWatcher.h"
#include "ui/ContractsPage.h"
#include "ui/CustomersPage.h"
#include "ui/FollowUpPlansPage.h"
#include "ui/LocationTexts.h"
#include "ui/MyDayPage.h"
#include "ui/NavigationSidebar.h"
#include "ui/PageCatalogue.h"
#include "ui/PasswordDialog.h"
#include "ui/PlaceholderPage.h"
#include "ui/ReceivablesPage.h"
#include "ui/ReviewPage.h"
#include "ui/RoleNames.h"
#include "ui/SettingsDialog.h"
#include "ui/SidebarIcons.h"
#include "ui/Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTime>

namespace sf::ui {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
constexpr int kStatusMessageMs = 8000;

QWidget *statusItem(const QPixmap &icon, QLabel *label, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(4);
    auto *iconLabel = new QLabel(box);
    iconLabel->setPixmap(icon);
    layout->addWidget(iconLabel);
    label->setParent(box);
    layout->addWidget(label);
    return box;
}

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_sidebar(new NavigationSidebar(this))
    , m_pages(new QStackedWidget(this))
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyTheme(*app);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(SidebarIcons::appIcon());
    m_pages->setObjectName(QStringLiteral("pages"));

    for (const PageInfo &info : PageCatalogue::pages()) {
        if (!PageCatalogue::visibleTo(info.key, workspace.actor().role))
            continue;
        m_keys.append(info.key);
        m_titles.append(info.title);
        m_sidebar->addPage(info.title, SidebarIcons::pageIcon(info.key), info.subtitle);
        m_pages->addWidget(createPage(info));
    }
    m_sidebar->setFooter(tr("Version %1").arg(QStringLiteral(SALESFLOW_VERSION)));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    connect(m_sidebar, &NavigationSidebar::currentChanged, this, &MainWindow::showPage);
    m_changes = new ChangeWatcher(workspace, this);
    connect(m_changes, &ChangeWatcher::changedElsewhere, this,
            &MainWindow::showChangesFromElsewhere);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createPage(const PageInfo &info)
{
    if (info.key == QLatin1String("administration"))
        return new AdministrationPage(m_workspace, info, m_pages);
    if (info.key == QLatin1String("after-sales")) {
        auto *page = new AfterSalesPage(m_workspace, info, m_pages);
        connect(page, &AfterSalesPage::openCustomer, this, &MainWindow::openCustomer);
        return page;
    }
    if (info.key == QLatin1String("contracts")) {
        auto *page = new ContractsPage(m_workspace, info, m_pages);
        connect(page, &ContractsPage::openCustomer, this, &MainWindow::openCustomer);
        return page;
    }
    if (info.key == QLatin1String("customers")) {
        auto *page = new CustomersPage(m_workspace, info, m_pages);
        connect(page, &CustomersPage::openPlan, this, &MainWindow::openPlan);
        return page;
    }
    if (info.key == QLatin1String("follow-up-plans"))
        return new FollowUpPlansPage(m_workspace, info, m_pages);
    if (info.key == QLatin1String("monday-review"))
        return new ReviewPage(m_workspace, info, m_pages);
    if (info.key == QLatin1String("payments")) {
        auto *page = new ReceivablesPage(m_workspace, info, m_pages);
        connect(page, &ReceivablesPage::openCustomer, this, &MainWindow::openCustomer);
        return page;
    }
    if (info.key == QLatin1String("my-day")) {
        auto *page = new MyDayPage(m_workspace, info, m_pages);
        connect(page, &MyDayPage::openCustomer, this, &MainWindow::openCustomer);
        return page;
    }
    return new PlaceholderPage(info, m_pages);
}

void MainWindow::openCustomer(const QString &customerId)
{
    const int index = pageIndex(QStringLiteral("customers"));
    showPage(index);
    if (auto *customers = qobject_cast<CustomersPage *>(page(QStringLiteral("customers"))))
        customers->showCustomer(customerId);
}

void MainWindow::openPlan(const QString &customerId)
{
    auto *plans = qobject_cast<FollowUpPlansPage *>(page(QStringLiteral("follow-up-plans")));
    auto customer = m_workspace.customers().find(customerId);
    if (!plans || !customer || !customer->has_value())
        return;
    showPage(pageIndex(QStringLiteral("follow-up-plans")));
    plans->showPlans((*customer)->ownerLogin, customerId);
}

QWidget *MainWindow::page(const QString &key) const
{
    const int index = pageIndex(key);
    return index < 0 ? nullptr : m_pages->widget(index);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_pages->setCurrentIndex(index);
    if (m_stalePages.remove(m_keys.at(index)))
        refreshPage(m_keys.at(index));
    if (m_sidebar->currentIndex() != index)
        m_sidebar->setCurrentIndex(index);
    m_pageActions->actions().at(index)->setChecked(true);
    setWindowTitle(m_titles.at(index));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    m_backupAction = file->addAction(tr("&Back up database…"), this, &MainWindow::backupDatabase);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    if (Workspace::isServer(m_workspace.databasePath())) {
        // A server's database is backed up on the server, by its administrator.
        m_backupAction->setEnabled(false);
        m_backupAction->setToolTip(
            tr("The team server's database is backed up on the server by its administrator."));
    }
    file->addSeparator();
    QAction *password = file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int index = 0; index < pageCount(); ++index) {
        QAction *action = view->addAction(
            SidebarIcons::pagePixmap(m_keys.at(index), QColor::fromRgb(colors::text), 16),
            m_titles.at(index));
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("show-") + m_keys.at(index));
        if (index < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SalesFlow"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_workspace, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void MainWindow::showChangesFromElsewhere()
{
    m_stalePages = QSet<QString>(m_keys.cbegin(), m_keys.cend());
    const QString current = m_keys.value(currentPage());
    m_stalePages.remove(current);
    refreshPage(current);
    statusBar()->showMessage(tr("Updated with changes saved elsewhere at %1.")
                                 .arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))),
                             8000);
}

void MainWindow::refreshPage(const QString &key)
{
    QWidget *shown = page(key);
    if (auto *customers = qobject_cast<CustomersPage *>(shown))
        customers->refresh();
    else if (auto *day = qobject_cast<MyDayPage *>(shown))
        day->refresh();
    else if (auto *contracts = qobject_cast<ContractsPage *>(shown))
        contracts->reload();
    else if (auto *money = qobject_cast<ReceivablesPage *>(shown))
        money->reload();
    else if (auto *service = qobject_cast<AfterSalesPage *>(shown))
        service->reload();
    else if (auto *review = qobject_cast<ReviewPage *>(shown))
        review->reload();
    else if (auto *plans = qobject_cast<FollowUpPlansPage *>(shown))
        plans->reload();
}

void MainWindow::signOut()
{
    Q_EMIT signOutRequested();
    close();
}

void MainWindow::createStatusBar()
{
    const QString location = m_workspace.databasePath();
    auto *databaseLabel = new QLabel(LocationTexts::shortName(location));
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    const QStyle::StandardPixmap icon =
        Workspace::isServer(location) ? QStyle::SP_DriveNetIcon : QStyle::SP_DriveHDIcon;
    QWidget *databaseItem =
        statusItem(style()->standardIcon(icon).pixmap(14, 14), databaseLabel, this);
    databaseItem->setToolTip(tr("%1 (schema %2)")
                                 .arg(LocationTexts::description(location))
                                 .arg(m_workspace.schemaVersion()));

    const User &actor = m_workspace.actor();
    const QString role = RoleNames::name(actor.role) +
                         (actor.senior ? QStringLiteral(" · ") + tr("senior") : QString());
    auto *userLabel = new QLabel(actor.name == RoleNames::name(actor.role)
                                     ? QStringLiteral("%1 (%2)").arg(actor.name, actor.login)
                                     : QStringLiteral("%1 · %2").arg(actor.name, role));
    userLabel->setObjectName(QStringLiteral("userLabel"));
    QWidget *userItem = statusItem(SidebarIcons::pagePixmap(QStringLiteral("customers"),
                                                            QColor::fromRgb(colors::mutedText), 14),
                                   userLabel, this);
    userItem->setToolTip(tr("Acting user: %1 (login %2), %3").arg(actor.name, actor.login, role));

    statusBar()->addPermanentWidget(databaseItem);
    statusBar()->addPermanentWidget(userItem);
    statusBar()->setSizeGripEnabled(false);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(size().boundedTo(available.size()));
            move(available.center() - rect().center());
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
    const int page = pageIndex(settings.value(kPageKey).toString());
    showPage(page < 0 ? 0 : page);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, pageKey(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (findChild<BackupJob *>()) {
        const auto answer = QMessageBox::question(
            this, tr("Backup in progress"),
            tr("A backup of the database is still being written. Wait for it to finish and "
               "quit?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted && dialog.restartNeeded())
        statusBar()->showMessage(tr("The new settings apply when SalesFlow restarts."),
                                 kStatusMessageMs);
}

void MainWindow::backupDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggestion = QDir(folder).filePath(
        QStringLiteral("salesflow-backup-%1.db")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString destination = QFileDialog::getSaveFileName(
        this, tr("Back up database"), suggestion, tr("SalesFlow databases (*.db);;All files (*)"));
    if (destination.isEmpty())
        return;
    if (QFileInfo(destination).absoluteFilePath() ==
        QFileInfo(m_workspace.databasePath()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Back up database"),
                             tr("Choose another file: a backup cannot replace the database "
                                "itself."));
        return;
    }

    auto *job = new BackupJob(m_workspace.databasePath(), destination, this);
    auto *progress = new QProgressBar(this);
    progress->setRange(0, 0);
    progress->setMaximumWidth(140);
    progress->setMaximumHeight(12);
    progress->setTextVisible(false);
    statusBar()->addWidget(progress);
    statusBar()->showMessage(tr("Backing up the database…"));
    m_backupAction->setEnabled(false);
    auto finish = [this, job, progress] {
        statusBar()->removeWidget(progress);
        progress->deleteLater();
        job->deleteLater();
        m_backupAction->setEnabled(true);
        statusBar()->clearMessage();
    };
    connect(job, &BackupJob::succeeded, this, [this, finish](const QString &path, qint64 bytes) {
        finish();
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)),
                                 kStatusMessageMs);
        QMessageBox::information(
            this, tr("Back up database"),
            tr("The backup was written to %1 (%2).")
                .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(bytes)));
    });
    connect(job, &BackupJob::failed, this, [this, finish](const QString &message) {
        finish();
        QMessageBox::warning(this, tr("Back up database"),
                             tr("The backup failed.\n\n%1").arg(message));
    });
    job->start();
}

void MainWindow::showAbout()
{
    AboutBox::show(m_workspace, this);
}

} // namespace sf::ui
