// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Contract templates (R14, 《销售合同模板》): Markdown text with placeholders such as
// {customer.name} or {contract.price}, filled from the customer, the contract and its opportunity.
namespace sf {

// A contract template as kept in the database.
struct ContractTemplate
{
    qint64 id = 0;
    QString name;
    QString body; // Markdown with placeholders
    int version = 1;
    QDateTime updatedAt;
    QString updatedBy;
};

struct TemplatePlaceholder
{
    QString key;         // "contract.price"
    QString description; // translated
};

struct FilledTemplate
{
    QString text;
    QStringList unknown; // placeholders the template uses that SalesFlow does not know
};

class ContractTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ContractTemplates)

public:
    // Every placeholder a template may use, in the order the editor offers them.
    static QList<TemplatePlaceholder> placeholders();
    // Replaces each {key} of `values` in `body`; a {word.word} that is not a known placeholder
    // is left as it is and reported.
    static FilledTemplate fill(const QString &body, const QHash<QString, QString> &values);
    // The amount in Chinese financial capitals as contracts write it: 12,345.60 →
    // 壹万贰仟叁佰肆拾伍元陆角整; 100.00 → 壹佰元整; 0 → 零元整.
    static QString capitalAmount(qint64 fen);
    // The standard sales contract (《销售合同模板》) every new database starts with.
    static QString standardBody();
};

} // namespace sf
