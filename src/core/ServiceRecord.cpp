// SPDX-License-Identifier: MIT
#include "core/ServiceRecord.h"

#include <array>
#include <utility>

namespace sf {
namespace {

using KindNames = std::array<std::pair<ServiceKind, QStringList>, 4>;
using StatusNames = std::array<std::pair<ServiceStatus, QStringList>, 3>;

// The key first, then the spellings a file or a user may use.
const KindNames &kindNames()
{
    static const KindNames names{{
        {ServiceKind::Visit, {QStringLiteral("visit"), QStringLiteral("拜访")}},
        {ServiceKind::Issue, {QStringLiteral("issue"), QStringLiteral("问题处理")}},
        {ServiceKind::Training, {QStringLiteral("training"), QStringLiteral("培训")}},
        {ServiceKind::Renewal, {QStringLiteral("renewal"), QStringLiteral("续约")}},
    }};
    return names;
}

const StatusNames &statusNames()
{
    static const StatusNames names{{
        {ServiceStatus::Open, {QStringLiteral("open"), QStringLiteral("待处理")}},
        {ServiceStatus::InProgress,
         {QStringLiteral("in_progress"), QStringLiteral("in progress"), QStringLiteral("处理中")}},
        {ServiceStatus::Closed, {QStringLiteral("closed"), QStringLiteral("已关闭")}},
    }};
    return names;
}

template<typename Names>
auto fromText(const Names &names, const QString &text)
    -> std::optional<typename Names::value_type::first_type>
{
    const QString wanted = text.trimmed().toLower();
    for (const auto &[value, spellings] : names) {
        if (!wanted.isEmpty() && spellings.contains(wanted))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString serviceKindKey(ServiceKind kind)
{
    return kindNames().at(std::size_t(kind)).second.first();
}

std::optional<ServiceKind> serviceKindFromText(const QString &text)
{
    return fromText(kindNames(), text);
}

QList<ServiceKind> allServiceKinds()
{
    QList<ServiceKind> kinds;
    for (const auto &entry : kindNames())
        kinds.append(entry.first);
    return kinds;
}

QString serviceStatusKey(ServiceStatus status)
{
    return statusNames().at(std::size_t(status)).second.first();
}

std::optional<ServiceStatus> serviceStatusFromText(const QString &text)
{
    return fromText(statusNames(), text);
}

QList<ServiceStatus> allServiceStatuses()
{
    QList<ServiceStatus> statuses;
    for (const auto &entry : statusNames())
        statuses.append(entry.first);
    return statuses;
}

QStringList ServiceRecordRules::problems(const ServiceRecord &record)
{
    QStringList problems;
    if (record.customerId.trimmed().isEmpty())
        problems << tr("no customer");
    if (record.summary.trimmed().isEmpty())
        problems << tr("no summary of what was done");
    if (!record.happenedOn.isValid())
        problems << tr("no date");
    if (record.satisfaction && !isValidSatisfaction(*record.satisfaction))
        problems
            << tr("a satisfaction of %1 (it is 1 to 5 stars, or none)").arg(*record.satisfaction);
    if (record.nextMaintenance && record.happenedOn.isValid() &&
        *record.nextMaintenance < record.happenedOn)
        problems << tr("the next maintenance (%1) is before the record's date (%2)")
                        .arg(record.nextMaintenance->toString(Qt::ISODate),
                             record.happenedOn.toString(Qt::ISODate));
    return problems;
}

QString ServiceRecordRules::stars(std::optional<int> satisfaction)
{
    if (!satisfaction || !isValidSatisfaction(*satisfaction))
        return {};
    return QString(*satisfaction, QChar(0x2605)) + QString(5 - *satisfaction, QChar(0x2606));
}

QString ServiceRecordRules::kindName(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Visit: return tr("Visit");
    case ServiceKind::Issue: return tr("Issue");
    case ServiceKind::Training: return tr("Training");
    case ServiceKind::Renewal: return tr("Renewal");
    }
    return {};
}

QString ServiceRecordRules::statusName(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Open: return tr("Open");
    case ServiceStatus::InProgress: return tr("In progress");
    case ServiceStatus::Closed: return tr("Closed");
    }
    return {};
}

} // namespace sf
