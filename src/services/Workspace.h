// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/User.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace sf {

class AuditService;
class CalendarService;
class ContractImportService;
class ContractService;
class ContractTemplateService;
class CustomerIdService;
class CustomerBrowseService;
class CustomerExportService;
class CustomerImportService;
class CustomerService;
class DemoDataService;
class FollowUpImportService;
class FollowUpService;
class MyDayService;
class PaymentService;
class ReviewService;
class RuleCheckService;
class MaintenanceService;
class RegionService;
class ServiceRecordService;
class SettingsService;
class UserService;

// One open database and the services that work on it, for one thread and one acting user. This is
// the only door through which the GUI and the command line read and change data.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Opens (creating or migrating) the database at `path`, makes sure it has its local
    // administrator and the bundled holiday calendars, and acts as that administrator.
    //
    // On a PostgreSQL server (`path` a postgresql:// URL) the workspace acts as the SalesFlow
    // user of the role that connected: signing in is connecting (openAs); the role that runs
    // `init` on a new database becomes its first administrator.
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   Clock clock = systemClock());
    // Opens a server's database as `login` with `password` (the URL's user replaced); on an
    // SQLite file the same as open() (the password is checked by UserService::signIn there).
    static Result<std::unique_ptr<Workspace>> openAs(const QString &path, const QString &login,
                                                     const QString &password,
                                                     Clock clock = systemClock());
    // Whether `location` is a team server's database (a postgresql:// URL).
    static bool isServer(const QString &location);
    // Whether opening the SQLite file at `location` upgrades it to this version's schema first
    // (after a backup): seconds for a million customers. False for a server and a new file.
    static bool needsUpgrade(const QString &location);

    // What opens this workspace again as the same user from another thread (a worker's own
    // connection: Qt's connections stay in the thread that opened them): the database (on a
    // server, with the role that connected), the acting user and the password the role connected
    // with — kept in memory only.
    struct Address
    {
        QString location;
        QString login;
        QString password;
    };
    Address address() const;
    // Opens the workspace at `address`, acting as its user.
    static Result<std::unique_ptr<Workspace>> open(const Address &address,
                                                   Clock clock = systemClock());
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // Acts as another user from now on.
    Status actAs(const QString &login);
    const User &actor() const;

    QString databasePath() const;
    int schemaVersion() const;
    QString journalMode() const;
    // Changes whenever another connection — another desktop, the command line — has committed a
    // change to the database since the last call's value: windows compare it to show colleagues'
    // changes without a restart.
    qint64 changeStamp() const;
    // Stops the query running on this workspace's SQLite connection (it fails as interrupted);
    // the one call that is safe from any thread: a worker's newer request stops the older one.
    // Does nothing on PostgreSQL yet (Database::interrupt).
    void interrupt() const;
    QDateTime now() const;
    // Today's date in the team's time zone: the date every rule and screen counts from.
    QDate today() const;

    AuditService &audit();
    CalendarService &calendar();
    ContractService &contracts();
    ContractTemplateService &contractTemplates();
    ContractImportService &contractImport();
    CustomerIdService &customerIds();
    CustomerService &customers();
    CustomerBrowseService &customerBrowse();
    CustomerImportService &customerImport();
    CustomerExportService &customerExport();
    DemoDataService &demoData();
    FollowUpService &followUps();
    FollowUpImportService &followUpImport();
    RuleCheckService &rules();
    MyDayService &myDay();
    PaymentService &payments();
    ReviewService &review();
    MaintenanceService &maintenance();
    RegionService &regions();
    SettingsService &settings();
    // Stage 4: service records and renewal reminders.
    ServiceRecordService &afterSales();
    UserService &users();

private:
    struct Private;
    explicit Workspace(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sf
