// SPDX-License-Identifier: MIT
#pragma once

#include "core/FollowUp.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Stage 4 of process.md (after-sales maintenance, 售后维护): service records per customer and
// contract, satisfaction, and the renewal reminders that feed new opportunities back into stage 2.
namespace sf {

// What kind of service: a visit 拜访, an issue handled 问题处理, training 培训, a renewal 续约.
enum class ServiceKind { Visit, Issue, Training, Renewal };
QString serviceKindKey(ServiceKind kind);
// Accepts the key (visit, issue, training, renewal) and the Chinese name.
std::optional<ServiceKind> serviceKindFromText(const QString &text);
QList<ServiceKind> allServiceKinds();

// Where a service record stands: open 待处理, in progress 处理中, closed 已关闭.
enum class ServiceStatus { Open, InProgress, Closed };
QString serviceStatusKey(ServiceStatus status);
// Accepts the key (open, in_progress, closed) and the Chinese name.
std::optional<ServiceStatus> serviceStatusFromText(const QString &text);
QList<ServiceStatus> allServiceStatuses();

// One service record of a customer, optionally for one of its contracts.
struct ServiceRecord
{
    qint64 id = 0;
    QString customerId;   // R1 id
    QString customerName; // shown with the record; not saved with it
    QString ownerLogin;   // the customer's owner; shown, not saved
    std::optional<qint64> contractId;
    QString contractNumber; // shown; not saved
    ServiceKind kind = ServiceKind::Visit;
    ServiceStatus status = ServiceStatus::Open;
    std::optional<int> satisfaction; // 1–5, none when not asked
    QString summary;
    QDate happenedOn;                     // local date
    std::optional<QDate> nextMaintenance; // local date
    QDateTime createdAt;
    QString createdBy;
    int version = 1;
    QDateTime updatedAt;
};

// A signed or in-delivery contract that ends soon, with its renewal opportunity if one is open.
struct ContractEnding
{
    qint64 contractId = 0;
    QString number;
    QString title;
    QString customerId; // R1 id
    QString customerName;
    QString ownerLogin; // the customer's owner
    qint64 priceFen = 0;
    QString currency;
    QDate end;
    std::optional<qint64> renewalOpportunityId;
    std::optional<OpportunityStage> renewalStage; // the renewal opportunity's stage
};

// The checks of a service record that need only the values.
class ServiceRecordRules
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordRules)

public:
    // What makes a record unsavable (translated), empty when it is fine: no customer, no summary,
    // no date, a satisfaction outside 1–5, a next maintenance before the record's date.
    static QStringList problems(const ServiceRecord &record);
    static bool isValidSatisfaction(int value) { return value >= 1 && value <= 5; }
    // ★★★☆☆ for 3; empty for none.
    static QString stars(std::optional<int> satisfaction);

    // Translated names, for every screen and message.
    static QString kindName(ServiceKind kind);
    static QString statusName(ServiceStatus status);
};

} // namespace sf
