// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Stage 2 of process.md (R8–R11): plan items, follow-up records and opportunity stages, as values
// and the checks that need nothing but the values.
namespace sf {

// How a contact happens or an item is carried out (table 2): phone 电话, visit 拜访, online
// meeting 线上会议.
enum class ContactMethod { Phone, Visit, Online };
QString methodKey(ContactMethod method);
// Accepts the key, the English words ("online meeting") and the Chinese name.
std::optional<ContactMethod> methodFromText(const QString &text);
QList<ContactMethod> allMethods();

// Opportunity stages: needs discovery → solution/demo → proposal/quote → negotiation → won / lost.
enum class OpportunityStage { Discovery, Solution, Proposal, Negotiation, Won, Lost };
QString stageKey(OpportunityStage stage);
// Accepts the key and the Chinese name (需求挖掘, 方案演示, 报价, 商务谈判, 赢单, 输单).
std::optional<OpportunityStage> stageFromText(const QString &text);
QList<OpportunityStage> allStages();
// Won and lost close an opportunity; any other later stage is an advance.
bool isClosedStage(OpportunityStage stage);

enum class PlanItemStatus { Planned, InProgress, Done, Cancelled };
QString planStatusKey(PlanItemStatus status);
// Accepts the key and the Chinese name (计划中, 进行中, 已完成, 已取消).
std::optional<PlanItemStatus> planStatusFromText(const QString &text);

// yes/no, 是/否, 1/0, true/false (any case); nullopt when it is none of them.
std::optional<bool> yesNoFromText(const QString &text);

// One row of table 2, the follow-up Gantt plan of a customer.
struct PlanItem
{
    qint64 id = 0;
    QString customerId;   // R1 id
    QString customerName; // shown with the item; not saved with it
    QString goal;
    QString action;
    QString counterpart;
    ContactMethod method = ContactMethod::Phone;
    QDate start;
    QDate due;
    QString supportNeeded;
    std::optional<QDate> supportRequestedOn;
    bool supportLate = false; // R10, set by the service
    PlanItemStatus status = PlanItemStatus::Planned;
    int progress = 0; // %
    QDateTime createdAt;
    QString createdBy;
    int version = 1;
};

// One follow-up record (R11).
struct FollowUpRecord
{
    qint64 id = 0;
    QString customerId;   // R1 id
    QDateTime contactAt;  // UTC
    QDateTime recordedAt; // UTC, set by the program
    bool late = false;    // R11, set by the service
    ContactMethod method = ContactMethod::Phone;
    QString counterpart;
    QString content;
    QString feedback;
    QString nextAction;
    std::optional<QDate> nextActionDue;
    QString risk;
    bool progress = false;
    std::optional<OpportunityStage> stage; // the stage this contact advanced the opportunity to
    QString recordedBy;
};

// The customer's opportunity that is still open (not won or lost).
struct OpenOpportunity
{
    qint64 id = 0;
    OpportunityStage stage = OpportunityStage::Discovery;
    qint64 amountFen = 0; // expected amount
    std::optional<QDate> expectedClose;
    int version = 1;
};

// One stage change of an opportunity.
struct StageChange
{
    std::optional<OpportunityStage> from; // none: the opportunity was opened
    OpportunityStage to = OpportunityStage::Discovery;
    QString actor;
    QDateTime at;
};

// One event on a customer's timeline: a follow-up, a plan change, a stage or grade change, a
// service record (stage 4, renewals included), a contract step, a Monday review's strategy.
struct TimelineEvent
{
    enum class Kind { FollowUp, PlanItem, Stage, Grade, Service, Contract, Review };
    Kind kind = Kind::FollowUp;
    QDateTime at;
    QString actor;
    QString title;        // translated, one line
    QString detail;       // translated, may be empty
    bool warning = false; // late record, overdue, downgrade
};

// A follow-up record as a marker on a plan chart.
struct FollowUpMark
{
    QString customerId;
    QDateTime contactAt;
    bool progress = false;
};

// The checks of R9 and R11 that need only the values.
class FollowUpRules
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRules)

public:
    // R9: what an item lacks to be concrete (what, with whom, by when), and dates out of order;
    // empty when it is fine.
    static QStringList planItemProblems(const PlanItem &item);
    // What a record lacks (a contact time and what was discussed; a next action needs its due
    // date), empty when it is fine.
    static QStringList recordProblems(const FollowUpRecord &record);
    // R11's example: opinions ("意向强", "strong intent") in place of what the customer said.
    // The words found, for a gentle hint; never a refusal.
    static QStringList opinionWords(const QString &text);

    // Translated names, for every screen and message.
    static QString methodName(ContactMethod method);
    static QString stageName(OpportunityStage stage);
    static QString planStatusName(PlanItemStatus status);
};

} // namespace sf
