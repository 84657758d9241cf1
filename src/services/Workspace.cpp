// SPDX-License-Identifier: MIT
#include "services/Workspace.h"

#include "services/AuditService.h"
#include "services/CalendarService.h"
#include "services/ContractImportService.h"
#include "services/ContractService.h"
#include "services/ContractTemplateService.h"
#include "services/CustomerBrowseService.h"
#include "services/CustomerExportService.h"
#include "services/CustomerIdService.h"
#include "services/CustomerImportService.h"
#include "services/CustomerService.h"
#include "services/DemoDataService.h"
#include "services/FollowUpImportService.h"
#include "services/FollowUpService.h"
#include "services/MaintenanceService.h"
#include "services/MyDayService.h"
#include "services/PaymentService.h"
#include "services/RegionService.h"
#include "services/ReviewService.h"
#include "services/RuleCheckService.h"
#include "services/ServiceContext.h"
#include "services/ServiceRecordService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

namespace sf {

struct Workspace::Private
{
    Private(std::unique_ptr<Database> database, Clock clock)
        : db(std::move(database))
        , context{*db, std::move(clock), {}}
    {}

    std::unique_ptr<Database> db;
    // The password a server's role connected with, for address(); empty on SQLite.
    QString serverPassword;
    ServiceContext context;
    AuditService audit{context};
    CalendarService calendar{context};
    CustomerIdService customerIds{context};
    MaintenanceService maintenance{context};
    RegionService regions{context};
    SettingsService settings{context};
    CustomerService customers{context, calendar, settings};
    CustomerImportService customerImport{context, calendar, settings};
    CustomerExportService customerExport{context, settings};
    CustomerBrowseService customerBrowse{context};
    FollowUpService followUps{context, calendar, settings};
    FollowUpImportService followUpImport{context, calendar, settings};
    RuleCheckService rules{context, calendar, settings};
    MyDayService myDay{context, calendar, settings};
    ReviewService review{context, settings, rules};
    DemoDataService demoData{context, calendar, settings};
    ContractService contracts{context, calendar, settings};
    PaymentService payments{context, settings};
    ContractImportService contractImport{context, settings};
    ServiceRecordService afterSales{context, settings};
    UserService users{context};
    ContractTemplateService contractTemplates{context,   contracts, customers,
                                              followUps, users,     settings};
};

Workspace::Workspace(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Clock clock)
{
    return openAs(path, {}, {}, std::move(clock));
}

bool Workspace::isServer(const QString &location)
{
    return Database::isServerUrl(location);
}

bool Workspace::needsUpgrade(const QString &location)
{
    if (isServer(location))
        return false;
    const int version = Migrator::fileVersion(location);
    return version > 0 && version < Migrator::latestVersion();
}

Result<std::unique_ptr<Workspace>> Workspace::openAs(const QString &path, const QString &login,
                                                     const QString &password, Clock clock)
{
    const bool server = Database::isServerUrl(path);
    auto db = Database::open(server && !login.isEmpty() ? Database::serverUrlAs(path, login) : path,
                             server ? password : QString());
    if (!db)
        return db.error();
    auto d = std::make_unique<Private>(std::move(*db), std::move(clock));
    if (server)
        d->serverPassword = password;
    auto admin = d->users.ensureLocalAdmin();
    if (!admin)
        return admin.error();
    d->context.actor = *admin;
    if (auto seeded = d->calendar.seedBundled(); !seeded)
        return seeded.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(d)));
}

Workspace::Address Workspace::address() const
{
    return {d->db->path(), d->context.actor.login, d->serverPassword};
}

Result<std::unique_ptr<Workspace>> Workspace::open(const Address &address, Clock clock)
{
    // On a server the location names the role that connected, which may act as another user
    // (an administrator's tools): connect as that role again, then act as the user.
    auto workspace = openAs(address.location, {}, address.password, std::move(clock));
    if (!workspace)
        return workspace.error();
    if (auto acting = (*workspace)->actAs(address.login); !acting)
        return acting.error();
    return workspace;
}

Status Workspace::actAs(const QString &login)
{
    auto user = d->users.find(login);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::notFound(tr("There is no user %1.").arg(login));
    if (!user->value().active)
        return Error{ErrorKind::Permission, tr("The user %1 is deactivated.").arg(login), {}};
    d->context.actor = user->value();
    return Ok{};
}

const User &Workspace::actor() const
{
    return d->context.actor;
}

qint64 Workspace::changeStamp() const
{
    return d->db->dataVersion();
}

void Workspace::interrupt() const
{
    d->db->interrupt();
}

QString Workspace::databasePath() const
{
    return d->db->path();
}

int Workspace::schemaVersion() const
{
    return d->db->schemaVersion();
}

QString Workspace::journalMode() const
{
    return d->db->journalMode();
}

QDateTime Workspace::now() const
{
    return d->context.now();
}

QDate Workspace::today() const
{
    return now().toTimeZone(d->settings.timeZone()).date();
}

AuditService &Workspace::audit()
{
    return d->audit;
}

CalendarService &Workspace::calendar()
{
    return d->calendar;
}

ContractService &Workspace::contracts()
{
    return d->contracts;
}

ContractTemplateService &Workspace::contractTemplates()
{
    return d->contractTemplates;
}

PaymentService &Workspace::payments()
{
    return d->payments;
}

ContractImportService &Workspace::contractImport()
{
    return d->contractImport;
}

CustomerIdService &Workspace::customerIds()
{
    return d->customerIds;
}

CustomerService &Workspace::customers()
{
    return d->customers;
}

CustomerImportService &Workspace::customerImport()
{
    return d->customerImport;
}

FollowUpService &Workspace::followUps()
{
    return d->followUps;
}

FollowUpImportService &Workspace::followUpImport()
{
    return d->followUpImport;
}

RuleCheckService &Workspace::rules()
{
    return d->rules;
}

MyDayService &Workspace::myDay()
{
    return d->myDay;
}

ReviewService &Workspace::review()
{
    return d->review;
}

CustomerExportService &Workspace::customerExport()
{
    return d->customerExport;
}

CustomerBrowseService &Workspace::customerBrowse()
{
    return d->customerBrowse;
}

DemoDataService &Workspace::demoData()
{
    return d->demoData;
}

MaintenanceService &Workspace::maintenance()
{
    return d->maintenance;
}

RegionService &Workspace::regions()
{
    return d->regions;
}

SettingsService &Workspace::settings()
{
    return d->settings;
}

ServiceRecordService &Workspace::afterSales()
{
    return d->afterSales;
}

UserService &Workspace::users()
{
    return d->users;
}

} // namespace sf
