// SPDX-License-Identifier: MIT
#include "core/CustomerCsv.h"

#include <QRegularExpression>

namespace sf::customerCsv {
namespace {

struct Header
{
    CustomerField field;
    const char *english;
    const char *chinese;
    const char *alias; // another spelling seen in real files, or ""
};

// The order is the order of an export.
const Header kHeaders[] = {
    {CustomerField::Id, "customer_id", "客户编号", "id"},
    {CustomerField::Name, "name", "客户名称", "customer_name"},
    {CustomerField::Industry, "industry", "所属行业", "行业"},
    {CustomerField::Size, "size", "企业规模", "company_size"},
    {CustomerField::Needs, "needs", "需求描述", "需求"},
    {CustomerField::ContactName, "contact_name", "联系人", "关键联系人"},
    {CustomerField::ContactTitle, "contact_title", "职位", "title"},
    {CustomerField::ContactPhone, "contact_phone", "联系方式", "phone"},
    {CustomerField::ContactEmail, "contact_email", "邮箱", "email"},
    {CustomerField::ContactWechat, "contact_wechat", "微信", "wechat"},
    {CustomerField::Source, "source", "信息来源", "来源"},
    {CustomerField::FirstContact, "first_contact", "首次接触时间", "首次接触"},
    {CustomerField::Region, "region", "区域", "地区"},
    {CustomerField::Grade, "grade", "等级", "客户等级"},
    {CustomerField::Tags, "tags", "标签", "tag"},
    {CustomerField::Owner, "owner", "负责人", "销售"},
    {CustomerField::Status, "status", "状态", "客户状态"},
    {CustomerField::EnteredAt, "entered_at", "录入时间", "entry_time"},
    {CustomerField::GradedAt, "graded_at", "定级时间", "评级时间"},
};

const Header &headerOf(CustomerField field)
{
    for (const Header &header : kHeaders) {
        if (header.field == field)
            return header;
    }
    return kHeaders[0];
}

QString comparable(const QString &header)
{
    QString text = header;
    text.remove(QChar(0xFEFF));
    text = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    text.replace(u' ', u'_');
    return text;
}

} // namespace

QList<CustomerField> allFields()
{
    QList<CustomerField> fields;
    for (const Header &header : kHeaders)
        fields.append(header.field);
    return fields;
}

QString englishHeader(CustomerField field)
{
    return QString::fromLatin1(headerOf(field).english);
}

QString chineseHeader(CustomerField field)
{
    return QString::fromUtf8(headerOf(field).chinese);
}

std::optional<CustomerField> fieldFromHeader(const QString &header)
{
    const QString key = comparable(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const Header &candidate : kHeaders) {
        if (key == QLatin1String(candidate.english) ||
            key == QString::fromUtf8(candidate.chinese) ||
            key == QString::fromUtf8(candidate.alias))
            return candidate.field;
    }
    return std::nullopt;
}

std::optional<QDateTime> parseDateTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:[-/](\\d{1,2})[-/](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)"
                       "(?:[ T]*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QString trimmed = text.normalized(QString::NormalizationForm_KC).trimmed();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const bool chinese = match.capturedLength(4) > 0;
    const QDate date(match.captured(1).toInt(), match.captured(chinese ? 4 : 2).toInt(),
                     match.captured(chinese ? 5 : 3).toInt());
    QTime time(0, 0);
    if (match.capturedLength(6) > 0)
        time = QTime(match.captured(6).toInt(), match.captured(7).toInt(),
                     match.capturedLength(8) > 0 ? match.captured(8).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime local(date, time, zone);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString formatDateTime(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    return local.toString(local.time().second() == 0 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                     : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace sf::customerCsv
