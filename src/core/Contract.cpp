// SPDX-License-Identifier: MIT
#include "core/Contract.h"

#include "core/Money.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace sf {
namespace {

using StatusNames = std::array<std::pair<ContractStatus, QStringList>, 7>;

const StatusNames &statusNames()
{
    static const StatusNames names{{
        {ContractStatus::Draft, {QStringLiteral("draft"), QStringLiteral("草稿")}},
        {ContractStatus::LegalReview,
         {QStringLiteral("legal_review"), QStringLiteral("legal review"),
          QStringLiteral("法务审核")}},
        {ContractStatus::FinanceReview,
         {QStringLiteral("finance_review"), QStringLiteral("finance review"),
          QStringLiteral("财务审核")}},
        {ContractStatus::ManagerSign,
         {QStringLiteral("manager_sign"), QStringLiteral("manager signature"),
          QStringLiteral("经理签字")}},
        {ContractStatus::Signed, {QStringLiteral("signed"), QStringLiteral("已签订")}},
        {ContractStatus::InDelivery,
         {QStringLiteral("in_delivery"), QStringLiteral("in delivery"), QStringLiteral("履约中")}},
        {ContractStatus::Completed, {QStringLiteral("completed"), QStringLiteral("已完成")}},
    }};
    return names;
}

const QRegularExpression &serialPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{serial(?::(\\d))?\\}"));
    return pattern;
}

} // namespace

QString contractStatusKey(ContractStatus status)
{
    return statusNames().at(std::size_t(status)).second.first();
}

std::optional<ContractStatus> contractStatusFromText(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto &[status, spellings] : statusNames()) {
        if (!wanted.isEmpty() && spellings.contains(wanted))
            return status;
    }
    return std::nullopt;
}

QList<ContractStatus> allContractStatuses()
{
    QList<ContractStatus> statuses;
    for (const auto &entry : statusNames())
        statuses.append(entry.first);
    return statuses;
}

bool isSignedStatus(ContractStatus status)
{
    return status == ContractStatus::Signed || status == ContractStatus::InDelivery ||
           status == ContractStatus::Completed;
}

QString approvalStepKey(ApprovalStep step)
{
    switch (step) {
    case ApprovalStep::Legal: return QStringLiteral("legal");
    case ApprovalStep::Finance: return QStringLiteral("finance");
    case ApprovalStep::Manager: return QStringLiteral("manager");
    }
    return {};
}

std::optional<ApprovalStep> approvalStepFromKey(const QString &key)
{
    for (ApprovalStep step : {ApprovalStep::Legal, ApprovalStep::Finance, ApprovalStep::Manager}) {
        if (approvalStepKey(step) == key)
            return step;
    }
    return std::nullopt;
}

std::optional<ApprovalStep> pendingStep(ContractStatus status)
{
    switch (status) {
    case ContractStatus::LegalReview: return ApprovalStep::Legal;
    case ContractStatus::FinanceReview: return ApprovalStep::Finance;
    case ContractStatus::ManagerSign: return ApprovalStep::Manager;
    default: return std::nullopt;
    }
}

Role stepOwner(ApprovalStep step)
{
    switch (step) {
    case ApprovalStep::Legal: return Role::Legal;
    case ApprovalStep::Finance: return Role::Finance;
    case ApprovalStep::Manager: return Role::Manager;
    }
    return Role::Manager;
}

QString ageingBucketKey(AgeingBucket bucket)
{
    switch (bucket) {
    case AgeingBucket::Days1To30: return QStringLiteral("1-30");
    case AgeingBucket::Days31To60: return QStringLiteral("31-60");
    case AgeingBucket::Days61To90: return QStringLiteral("61-90");
    case AgeingBucket::Over90: return QStringLiteral(">90");
    }
    return {};
}

QList<AgeingBucket> allAgeingBuckets()
{
    return {AgeingBucket::Days1To30, AgeingBucket::Days31To60, AgeingBucket::Days61To90,
            AgeingBucket::Over90};
}

QStringList ContractRules::missingTerms(const Contract &contract)
{
    QStringList missing;
    if (contract.products.trimmed().isEmpty())
        missing << tr("products or services");
    if (contract.priceFen <= 0)
        missing << tr("price");
    if (contract.delivery.trimmed().isEmpty())
        missing << tr("delivery period");
    if (contract.paymentTerms.trimmed().isEmpty())
        missing << tr("payment terms");
    if (contract.liability.trimmed().isEmpty())
        missing << tr("liability for breach");
    return missing;
}

QStringList ContractRules::draftProblems(const Contract &contract)
{
    QStringList problems;
    if (contract.customerId.trimmed().isEmpty())
        problems << tr("no customer");
    if (contract.title.trimmed().isEmpty())
        problems << tr("no title");
    if (contract.priceFen < 0)
        problems << tr("a negative price");
    if (contract.currency.trimmed().size() != 3)
        problems << tr("a currency that is not a 3-letter code (CNY)");
    if (contract.start.isValid() && contract.end.isValid() && contract.end < contract.start)
        problems << tr("an end date before the start date");
    return problems;
}

QStringList ContractRules::scheduleProblems(const QList<Instalment> &instalments, qint64 priceFen)
{
    QStringList problems;
    qint64 total = 0;
    for (qsizetype i = 0; i < instalments.size(); ++i) {
        const Instalment &instalment = instalments.at(i);
        if (!instalment.due.isValid())
            problems << tr("instalment %1 has no due date").arg(i + 1);
        if (instalment.amountFen <= 0)
            problems << tr("instalment %1 has no amount").arg(i + 1);
        total += instalment.amountFen;
    }
    if (instalments.isEmpty())
        problems << tr("there is no instalment");
    else if (total != priceFen)
        problems << tr("the instalments add up to %1, not to the price %2")
                        .arg(money::yuanText(total), money::yuanText(priceFen));
    return problems;
}

std::optional<QList<Allocation>> ContractRules::allocate(const QList<Instalment> &instalments,
                                                         qint64 amountFen,
                                                         std::optional<qint64> chosen)
{
    if (amountFen <= 0)
        return std::nullopt;
    QList<Instalment> open;
    for (const Instalment &instalment : instalments) {
        if (instalment.outstandingFen() > 0)
            open.append(instalment);
    }
    std::stable_sort(open.begin(), open.end(), [](const Instalment &a, const Instalment &b) {
        return a.due < b.due || (a.due == b.due && a.id < b.id);
    });
    if (chosen) {
        const auto it = std::find_if(open.begin(), open.end(),
                                     [&](const Instalment &i) { return i.id == *chosen; });
        if (it == open.end())
            return std::nullopt;
        std::rotate(open.begin(), it, it + 1);
    }
    QList<Allocation> allocations;
    qint64 left = amountFen;
    for (const Instalment &instalment : open) {
        if (left == 0)
            break;
        const qint64 part = std::min(left, instalment.outstandingFen());
        allocations.append({instalment.id, part});
        left -= part;
    }
    if (left > 0)
        return std::nullopt;
    return allocations;
}

int ContractRules::daysOverdue(QDate due, QDate asOf)
{
    if (!due.isValid() || !asOf.isValid() || due >= asOf)
        return 0;
    return int(due.daysTo(asOf));
}

std::optional<AgeingBucket> ContractRules::bucket(int daysOverdue)
{
    if (daysOverdue <= 0)
        return std::nullopt;
    if (daysOverdue <= 30)
        return AgeingBucket::Days1To30;
    if (daysOverdue <= 60)
        return AgeingBucket::Days31To60;
    if (daysOverdue <= 90)
        return AgeingBucket::Days61To90;
    return AgeingBucket::Over90;
}

QString ContractRules::formatNumber(const QString &format, int year, int serial)
{
    QString number = format;
    number.replace(QStringLiteral("{year}"), QString::number(year));
    const auto match = serialPattern().match(number);
    if (match.hasMatch()) {
        const int width = match.captured(1).isEmpty() ? 4 : match.captured(1).toInt();
        number.replace(match.capturedStart(), match.capturedLength(),
                       QStringLiteral("%1").arg(serial, width, 10, QLatin1Char('0')));
    }
    return number;
}

bool ContractRules::isValidNumberFormat(const QString &format)
{
    return serialPattern().match(format).hasMatch() && format.count(u'{') == format.count(u'}');
}

QString ContractRules::statusName(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft: return tr("Draft");
    case ContractStatus::LegalReview: return tr("Legal review");
    case ContractStatus::FinanceReview: return tr("Finance review");
    case ContractStatus::ManagerSign: return tr("Manager signature");
    case ContractStatus::Signed: return tr("Signed");
    case ContractStatus::InDelivery: return tr("In delivery");
    case ContractStatus::Completed: return tr("Completed");
    }
    return {};
}

QString ContractRules::stepName(ApprovalStep step)
{
    switch (step) {
    case ApprovalStep::Legal: return tr("legal review");
    case ApprovalStep::Finance: return tr("finance review");
    case ApprovalStep::Manager: return tr("manager signature");
    }
    return {};
}

QString ContractRules::bucketName(AgeingBucket bucket)
{
    switch (bucket) {
    case AgeingBucket::Days1To30: return tr("1–30 days");
    case AgeingBucket::Days31To60: return tr("31–60 days");
    case AgeingBucket::Days61To90: return tr("61–90 days");
    case AgeingBucket::Over90: return tr("over 90 days");
    }
    return {};
}

} // namespace sf
