// SPDX-License-Identifier: MIT
#include "core/Customer.h"

#include "core/CustomerQuery.h"

#include <QRegularExpression>

namespace sf {

QString statusKey(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Lead: return QStringLiteral("lead");
    case CustomerStatus::Opportunity: return QStringLiteral("opportunity");
    case CustomerStatus::Customer: return QStringLiteral("customer");
    case CustomerStatus::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

QList<CustomerStatus> allStatuses()
{
    return {CustomerStatus::Lead, CustomerStatus::Opportunity, CustomerStatus::Customer,
            CustomerStatus::Invalid};
}

std::optional<CustomerStatus> statusFromText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    static const QStringList chinese = {QStringLiteral("线索"), QStringLiteral("商机"),
                                        QStringLiteral("客户"), QStringLiteral("无效")};
    const QList<CustomerStatus> statuses = allStatuses();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (key == statusKey(statuses.at(i)) || key == chinese.at(i))
            return statuses.at(i);
    }
    return std::nullopt;
}

QStringList sourceKeys()
{
    return {QStringLiteral("exhibition"), QStringLiteral("online"), QStringLiteral("referral"),
            QStringLiteral("other")};
}

QString sourceKeyFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    static const QList<QStringList> names = {
        {QStringLiteral("exhibition"), QStringLiteral("展会"), QStringLiteral("trade fair")},
        {QStringLiteral("online"), QStringLiteral("线上推广"), QStringLiteral("online promotion")},
        {QStringLiteral("referral"), QStringLiteral("客户转介绍"), QStringLiteral("转介绍")},
        {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("其它")},
    };
    const QStringList keys = sourceKeys();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).contains(lower))
            return keys.at(i);
    }
    return trimmed;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;；、,，]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

std::optional<CustomerFilter::GradeFilter> gradeFilterFromText(const QString &text)
{
    const QString key = text.trimmed().toUpper();
    if (key == QLatin1String("A"))
        return CustomerFilter::GradeFilter::A;
    if (key == QLatin1String("B"))
        return CustomerFilter::GradeFilter::B;
    if (key == QLatin1String("C"))
        return CustomerFilter::GradeFilter::C;
    if (key == QLatin1String("NONE") || key == QLatin1String("-"))
        return CustomerFilter::GradeFilter::Ungraded;
    return std::nullopt;
}

} // namespace sf
