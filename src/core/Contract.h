// SPDX-License-Identifier: MIT
#pragma once

#include "core/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Stage 3 of process.md (R14–R16): contracts, their approval chain, payment schedules and the
// payments finance records, as values and the checks that need nothing but the values.
namespace sf {

// R15: draft → legal review → finance review → manager signature → signed → in delivery →
// completed. A rejection returns the contract to draft.
enum class ContractStatus {
    Draft,
    LegalReview,
    FinanceReview,
    ManagerSign,
    Signed,
    InDelivery,
    Completed
};
QString contractStatusKey(ContractStatus status);
// Accepts the key (draft, legal_review, …) and the Chinese name (草稿, 法务审核, …).
std::optional<ContractStatus> contractStatusFromText(const QString &text);
QList<ContractStatus> allContractStatuses();
// Signed, in delivery or completed: every approval was given (or the contract was imported so).
bool isSignedStatus(ContractStatus status);

// The three steps of R15's approval chain, each with its owner role.
enum class ApprovalStep { Legal, Finance, Manager };
QString approvalStepKey(ApprovalStep step);
std::optional<ApprovalStep> approvalStepFromKey(const QString &key);
// The step a contract in `status` waits for; none outside the three review states.
std::optional<ApprovalStep> pendingStep(ContractStatus status);
// The only role that gives a step (R15): legal, finance, a sales manager.
Role stepOwner(ApprovalStep step);

// One contract (table 3, 《销售合同模板》). Money in fen.
struct Contract
{
    qint64 id = 0;
    QString number;
    QString customerId;   // R1 id
    QString customerName; // shown with the contract; not saved with it
    std::optional<qint64> opportunityId;
    QString title;
    // R14's core terms.
    QString products; // products / services
    qint64 priceFen = 0;
    QString currency = QStringLiteral("CNY");
    QString delivery; // delivery period
    QString paymentTerms;
    QString liability; // liability for breach
    QDate start;
    QDate end;
    QStringList attachments; // file paths
    ContractStatus status = ContractStatus::Draft;
    bool imported = false;
    std::optional<QDateTime> submittedAt;
    std::optional<QDateTime> legalApprovedAt;
    std::optional<QDateTime> financeApprovedAt;
    std::optional<QDateTime> signedAt;
    QString owner; // the rep who drafted it (login)
    QDateTime createdAt;
    int version = 1;
    QDateTime updatedAt;
    QString updatedBy;
};

// One step of a contract's history: submitted, approved, rejected (with comments), signed, reset.
struct ContractEvent
{
    QString action; // submitted, approved, rejected, signed, reset, delivery, completed, imported
    std::optional<ApprovalStep> step;
    QString comment;
    QString actor;
    QDateTime at;
};

// One instalment of a payment schedule (R16), with what has been paid towards it.
struct Instalment
{
    qint64 id = 0;
    qint64 contractId = 0;
    QDate due;
    qint64 amountFen = 0;
    QString note;
    qint64 paidFen = 0;
    qint64 outstandingFen() const { return amountFen - paidFen; }
};

// A payment received, as finance records it.
struct Payment
{
    qint64 id = 0;
    qint64 contractId = 0;
    QDate receivedOn;
    qint64 amountFen = 0;
    QString reference;
    QString recordedBy;
    QDateTime recordedAt;
};

// How much of a payment goes to which instalment.
struct Allocation
{
    qint64 instalmentId = 0;
    qint64 amountFen = 0;
};

// R16's ageing of an overdue instalment.
enum class AgeingBucket { Days1To30, Days31To60, Days61To90, Over90 };
QString ageingBucketKey(AgeingBucket bucket); // "1-30", "31-60", "61-90", ">90"
QList<AgeingBucket> allAgeingBuckets();

// One instalment not fully paid, with its contract and customer: a line of the receivables.
struct Receivable
{
    Instalment instalment;
    QString contractNumber;
    QString customerId; // R1 id
    QString customerName;
    QString ownerLogin; // the customer's owner
    QString ownerName;
    QString currency;
    int daysOverdue = 0;                // calendar days, 0 when not overdue
    std::optional<AgeingBucket> bucket; // none when not overdue
};

// The checks of R14 and R16 that need only the values.
class ContractRules
{
    Q_DECLARE_TR_FUNCTIONS(ContractRules)

public:
    // R14: the core terms a contract lacks (translated names), empty when it has them all.
    static QStringList missingTerms(const Contract &contract);
    // Other problems of a draft: no customer, a price not above zero, an end before the start.
    static QStringList draftProblems(const Contract &contract);
    // R16: instalments must add up to the price; each is above zero and has a due date.
    static QStringList scheduleProblems(const QList<Instalment> &instalments, qint64 priceFen);
    // R16: a payment goes to `chosen` first (when given), then to the open instalments by due
    // date (oldest first). Nullopt when it is more than what is still open (over-payment) or the
    // chosen instalment is not open.
    static std::optional<QList<Allocation>> allocate(const QList<Instalment> &instalments,
                                                     qint64 amountFen,
                                                     std::optional<qint64> chosen = {});
    // R16: calendar days an instalment due on `due` and not fully paid is overdue at `asOf`
    // (0 when it is not yet overdue).
    static int daysOverdue(QDate due, QDate asOf);
    // R16: the bucket of an overdue instalment; none when it is not overdue.
    static std::optional<AgeingBucket> bucket(int daysOverdue);

    // A contract number from the format (a setting): {year} is the year, {serial} or {serial:N}
    // the serial within the year, zero-padded to N digits (4 by default).
    static QString formatNumber(const QString &format, int year, int serial);
    // Whether the format makes distinct numbers (it holds {serial}).
    static bool isValidNumberFormat(const QString &format);

    // Translated names, for every screen and message.
    static QString statusName(ContractStatus status);
    static QString stepName(ApprovalStep step);
    static QString bucketName(AgeingBucket bucket);
};

} // namespace sf
