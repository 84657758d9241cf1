// SPDX-License-Identifier: MIT
#include "core/ContractTemplate.h"

#include <QRegularExpression>

namespace sf {

QList<TemplatePlaceholder> ContractTemplates::placeholders()
{
    return {
        {QStringLiteral("contract.number"), tr("Contract number")},
        {QStringLiteral("contract.title"), tr("Contract title")},
        {QStringLiteral("contract.products"), tr("Products or services")},
        {QStringLiteral("contract.price"), tr("Price in yuan (12,345.60)")},
        {QStringLiteral("contract.price_capital"), tr("Price in Chinese capitals (壹万贰仟…)")},
        {QStringLiteral("contract.currency"), tr("Currency")},
        {QStringLiteral("contract.delivery"), tr("Delivery period")},
        {QStringLiteral("contract.payment_terms"), tr("Payment terms")},
        {QStringLiteral("contract.liability"), tr("Liability for breach")},
        {QStringLiteral("contract.start"), tr("Start date")},
        {QStringLiteral("contract.end"), tr("End date")},
        {QStringLiteral("contract.schedule"), tr("Payment schedule (a table of instalments)")},
        {QStringLiteral("customer.id"), tr("Customer id")},
        {QStringLiteral("customer.name"), tr("Customer name")},
        {QStringLiteral("customer.contact"), tr("Key contact of the customer")},
        {QStringLiteral("customer.phone"), tr("Phone of the key contact")},
        {QStringLiteral("owner.name"), tr("The sales rep")},
        {QStringLiteral("opportunity.stage"), tr("Opportunity stage")},
        {QStringLiteral("opportunity.amount"), tr("Expected amount of the opportunity")},
        {QStringLiteral("today"), tr("Today's date")},
    };
}

FilledTemplate ContractTemplates::fill(const QString &body, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+(?:\\.[a-z_]+)?)\\}"));
    FilledTemplate filled;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        filled.text += body.mid(from, match.capturedStart() - from);
        const QString key = match.captured(1);
        const auto value = values.constFind(key);
        if (value != values.constEnd()) {
            filled.text += *value;
        } else {
            filled.text += match.captured(0);
            if (!filled.unknown.contains(key))
                filled.unknown << key;
        }
        from = match.capturedEnd();
    }
    filled.text += body.mid(from);
    return filled;
}

QString ContractTemplates::capitalAmount(qint64 fen)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString units = QStringLiteral("个拾佰仟");
    static const QStringList groups = {QString(), QStringLiteral("万"), QStringLiteral("亿"),
                                       QStringLiteral("万亿")};
    if (fen < 0)
        return QStringLiteral("负") + capitalAmount(-fen);
    const qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);
    QString text;
    const QString whole = QString::number(yuan);
    bool zero = false;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const qsizetype position = whole.size() - 1 - i;
        const int digit = whole.at(i).digitValue();
        if (digit == 0) {
            zero = true;
        } else {
            if (zero)
                text += digits.at(0);
            zero = false;
            text += digits.at(digit);
            if (position % 4 != 0)
                text += units.at(position % 4);
        }
        if (position % 4 == 0 && position > 0) {
            const qsizetype groupStart = std::max<qsizetype>(0, i - 3);
            if (whole.mid(groupStart, i - groupStart + 1).toLongLong() != 0)
                text += groups.at(std::min<qsizetype>(position / 4, groups.size() - 1));
        }
    }
    if (yuan > 0)
        text += QStringLiteral("元");
    if (jiao == 0 && cents == 0)
        return (yuan == 0 ? QStringLiteral("零元") : text) + QStringLiteral("整");
    if (jiao > 0)
        text += digits.at(jiao) + QStringLiteral("角");
    else if (yuan > 0)
        text += digits.at(0);
    if (cents > 0)
        text += digits.at(cents) + QStringLiteral("分");
    else
        text += QStringLiteral("整");
    return text;
}

QString ContractTemplates::standardBody()
{
    return QStringLiteral(
        "# 销售合同\n\n"
        "合同编号：{contract.number}\n\n"
        "甲方（买方）：{customer.name}　　联系人：{customer.contact}　　电话：{customer.phone}\n\n"
        "乙方（卖方）：本公司　　经办人：{owner.name}\n\n"
        "甲乙双方经友好协商，就{contract.title}事宜达成如下条款，共同遵守。\n\n"
        "## 一、产品与服务\n\n{contract.products}\n\n"
        "## 二、合同金额\n\n"
        "合同总金额为人民币 {contract.price} 元（大写：{contract.price_capital}），"
        "币种：{contract.currency}。\n\n"
        "## 三、交付期限\n\n{contract.delivery}\n\n"
        "## 四、付款方式\n\n{contract.payment_terms}\n\n"
        "付款计划如下：\n\n{contract.schedule}\n\n"
        "## 五、违约责任\n\n{contract.liability}\n\n"
        "## 六、合同期限\n\n本合同自 {contract.start} 起至 {contract.end} 止。\n\n"
        "## 七、其他\n\n"
        "本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。\n\n"
        "甲方（盖章）：　　　　　　　　　　乙方（盖章）：\n\n"
        "日期：　　　　　　　　　　　　　　日期：{today}\n");
}

} // namespace sf
