// SPDX-License-Identifier: MIT
#include "core/FollowUp.h"

#include <array>
#include <utility>

namespace sf {
namespace {

template<typename E, std::size_t N>
std::optional<E> fromNames(const std::array<std::pair<E, QStringList>, N> &names,
                           const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const auto &[value, spellings] : names) {
        if (spellings.contains(wanted))
            return value;
    }
    return std::nullopt;
}

const std::array<std::pair<ContactMethod, QStringList>, 3> &methodNames()
{
    static const std::array<std::pair<ContactMethod, QStringList>, 3> names{{
        {ContactMethod::Phone,
         {QStringLiteral("phone"), QStringLiteral("电话"), QStringLiteral("call")}},
        {ContactMethod::Visit, {QStringLiteral("visit"), QStringLiteral("拜访")}},
        {ContactMethod::Online,
         {QStringLiteral("online"), QStringLiteral("online meeting"), QStringLiteral("线上会议"),
          QStringLiteral("线上")}},
    }};
    return names;
}

const std::array<std::pair<OpportunityStage, QStringList>, 6> &stageNames()
{
    static const std::array<std::pair<OpportunityStage, QStringList>, 6> names{{
        {OpportunityStage::Discovery,
         {QStringLiteral("discovery"), QStringLiteral("needs discovery"),
          QStringLiteral("需求挖掘")}},
        {OpportunityStage::Solution,
         {QStringLiteral("solution"), QStringLiteral("solution/demo"), QStringLiteral("demo"),
          QStringLiteral("方案演示")}},
        {OpportunityStage::Proposal,
         {QStringLiteral("proposal"), QStringLiteral("proposal/quote"), QStringLiteral("quote"),
          QStringLiteral("报价"), QStringLiteral("方案报价")}},
        {OpportunityStage::Negotiation,
         {QStringLiteral("negotiation"), QStringLiteral("商务谈判"), QStringLiteral("谈判")}},
        {OpportunityStage::Won, {QStringLiteral("won"), QStringLiteral("赢单")}},
        {OpportunityStage::Lost, {QStringLiteral("lost"), QStringLiteral("输单")}},
    }};
    return names;
}

const std::array<std::pair<PlanItemStatus, QStringList>, 4> &planStatusNames()
{
    static const std::array<std::pair<PlanItemStatus, QStringList>, 4> names{{
        {PlanItemStatus::Planned, {QStringLiteral("planned"), QStringLiteral("计划中")}},
        {PlanItemStatus::InProgress,
         {QStringLiteral("in_progress"), QStringLiteral("in progress"), QStringLiteral("进行中")}},
        {PlanItemStatus::Done, {QStringLiteral("done"), QStringLiteral("已完成")}},
        {PlanItemStatus::Cancelled,
         {QStringLiteral("cancelled"), QStringLiteral("canceled"), QStringLiteral("已取消")}},
    }};
    return names;
}

} // namespace

QString methodKey(ContactMethod method)
{
    return methodNames().at(std::size_t(method)).second.first();
}

std::optional<ContactMethod> methodFromText(const QString &text)
{
    return fromNames(methodNames(), text);
}

QList<ContactMethod> allMethods()
{
    return {ContactMethod::Phone, ContactMethod::Visit, ContactMethod::Online};
}

QString stageKey(OpportunityStage stage)
{
    return stageNames().at(std::size_t(stage)).second.first();
}

std::optional<OpportunityStage> stageFromText(const QString &text)
{
    return fromNames(stageNames(), text);
}

QList<OpportunityStage> allStages()
{
    return {OpportunityStage::Discovery,   OpportunityStage::Solution, OpportunityStage::Proposal,
            OpportunityStage::Negotiation, OpportunityStage::Won,      OpportunityStage::Lost};
}

bool isClosedStage(OpportunityStage stage)
{
    return stage == OpportunityStage::Won || stage == OpportunityStage::Lost;
}

QString planStatusKey(PlanItemStatus status)
{
    return planStatusNames().at(std::size_t(status)).second.first();
}

std::optional<PlanItemStatus> planStatusFromText(const QString &text)
{
    return fromNames(planStatusNames(), text);
}

std::optional<bool> yesNoFromText(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("yes") || value == QLatin1String("1") ||
        value == QLatin1String("true") || value == QStringLiteral("是"))
        return true;
    if (value == QLatin1String("no") || value == QLatin1String("0") ||
        value == QLatin1String("false") || value == QStringLiteral("否"))
        return false;
    return std::nullopt;
}

QStringList FollowUpRules::planItemProblems(const PlanItem &item)
{
    QStringList problems;
    if (item.action.trimmed().isEmpty())
        problems << tr("the action (what will be done) is missing");
    if (item.counterpart.trimmed().isEmpty())
        problems << tr("the counterpart (with whom) is missing");
    if (!item.due.isValid())
        problems << tr("the due date (by when) is missing");
    if (item.start.isValid() && item.due.isValid() && item.due < item.start)
        problems << tr("the due date %1 is before the start date %2")
                        .arg(item.due.toString(Qt::ISODate), item.start.toString(Qt::ISODate));
    if (item.progress < 0 || item.progress > 100)
        problems << tr("the progress %1 % is not between 0 and 100").arg(item.progress);
    return problems;
}

QStringList FollowUpRules::recordProblems(const FollowUpRecord &record)
{
    QStringList problems;
    if (!record.contactAt.isValid())
        problems << tr("the contact time is missing");
    if (record.content.trimmed().isEmpty())
        problems << tr("what was discussed is missing");
    if (!record.nextAction.trimmed().isEmpty() && !record.nextActionDue)
        problems << tr("the next action has no due date");
    if (record.nextActionDue && record.nextAction.trimmed().isEmpty())
        problems << tr("a next-action due date is given without the next action");
    return problems;
}

QString FollowUpRules::methodName(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Phone: return tr("Phone");
    case ContactMethod::Visit: return tr("Visit");
    case ContactMethod::Online: return tr("Online meeting");
    }
    return {};
}

QString FollowUpRules::stageName(OpportunityStage stage)
{
    switch (stage) {
    case OpportunityStage::Discovery: return tr("Needs discovery");
    case OpportunityStage::Solution: return tr("Solution / demo");
    case OpportunityStage::Proposal: return tr("Proposal / quote");
    case OpportunityStage::Negotiation: return tr("Negotiation");
    case OpportunityStage::Won: return tr("Won");
    case OpportunityStage::Lost: return tr("Lost");
    }
    return {};
}

QString FollowUpRules::planStatusName(PlanItemStatus status)
{
    switch (status) {
    case PlanItemStatus::Planned: return tr("Planned");
    case PlanItemStatus::InProgress: return tr("In progress");
    case PlanItemStatus::Done: return tr("Done");
    case PlanItemStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QStringList FollowUpRules::opinionWords(const QString &text)
{
    static const QStringList words = {
        QStringLiteral("意向强"),          QStringLiteral("意向很强"),
        QStringLiteral("意向强烈"),        QStringLiteral("很有意向"),
        QStringLiteral("非常感兴趣"),      QStringLiteral("肯定会签"),
        QStringLiteral("肯定能成"),        QStringLiteral("十拿九稳"),
        QStringLiteral("strong intent"),   QStringLiteral("very interested"),
        QStringLiteral("will definitely"), QStringLiteral("sure to sign"),
        QStringLiteral("loves it"),
    };
    QStringList found;
    for (const QString &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            found << word;
    }
    return found;
}

} // namespace sf
