// SPDX-License-Identifier: MIT
#include "services/ContractTemplateService.h"

#include "core/Customer.h"
#include "core/FollowUp.h"
#include "core/Money.h"
#include "services/ContractService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InTransaction.h"
#include "services/PagedDocument.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "storage/ContractRepository.h"

#include <QTextDocument>

namespace sf {
namespace {

const QString kEntity = QStringLiteral("contract_template");

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy年M月d日")) : QStringLiteral("____");
}

// The schedule as a Markdown table.
QString scheduleTable(const QList<Instalment> &instalments)
{
    if (instalments.isEmpty())
        return ContractTemplateService::tr("(no payment schedule yet)");
    QString table = ContractTemplateService::tr("| No. | Due | Amount (yuan) | Note |") +
                    QStringLiteral("\n|---|---|--:|---|\n");
    int n = 0;
    for (const Instalment &instalment : instalments)
        table += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                     .arg(++n)
                     .arg(dateText(instalment.due), money::yuanText(instalment.amountFen),
                          instalment.note);
    return table;
}

} // namespace

Result<QList<ContractTemplate>> ContractTemplateService::templates()
{
    const ContractRepository repository(m_context.db);
    auto stored = repository.templates();
    if (!stored || !stored->isEmpty())
        return stored;
    ContractTemplate standard;
    standard.name = tr("Standard sales contract");
    standard.body = ContractTemplates::standardBody();
    standard.updatedAt = m_context.now();
    standard.updatedBy = QStringLiteral("system");
    auto added =
        inTransaction<qint64>(m_context.db, [&] { return repository.insertTemplate(standard); });
    if (!added)
        return added.error();
    return repository.templates();
}

Result<ContractTemplate> ContractTemplateService::save(const ContractTemplate &entry)
{
    if (auto allowed = m_context.requireRole(
            {Role::Legal, Role::Manager, Role::Admin},
            tr("Only legal, managers and administrators edit contract templates."));
        !allowed)
        return allowed.error();
    ContractTemplate saved = entry;
    saved.name = saved.name.trimmed();
    if (saved.name.isEmpty())
        return Error::invalid(tr("A template needs a name."));
    if (saved.body.trimmed().isEmpty())
        return Error::invalid(tr("Template \"%1\" is empty.").arg(saved.name));
    saved.updatedAt = m_context.now();
    saved.updatedBy = m_context.actor.login;
    const ContractRepository repository(m_context.db);
    auto written = inTransaction<qint64>(m_context.db, [&]() -> Result<qint64> {
        auto existing = repository.templates();
        if (!existing)
            return existing.error();
        for (const ContractTemplate &other : *existing) {
            if (other.name == saved.name && other.id != saved.id)
                return Error::conflict(
                    tr("There is already a template named \"%1\".").arg(saved.name));
        }
        QString before;
        if (saved.id == 0) {
            auto id = repository.insertTemplate(saved);
            if (!id)
                return id;
            saved.id = *id;
        } else {
            for (const ContractTemplate &other : *existing) {
                if (other.id == saved.id)
                    before = other.body;
            }
            auto updated = repository.updateTemplate(saved);
            if (!updated)
                return updated.error();
            if (!*updated)
                return Error::conflict(tr("Template \"%1\" was changed by someone else since "
                                          "you opened it: reload it.")
                                           .arg(saved.name));
        }
        if (auto audited = m_context.audit(kEntity, QString::number(saved.id),
                                           QStringLiteral("body"), before, saved.body);
            !audited)
            return audited.error();
        return saved.id;
    });
    if (!written)
        return written.error();
    auto all = repository.templates();
    if (!all)
        return all.error();
    for (const ContractTemplate &stored : *all) {
        if (stored.id == *written)
            return stored;
    }
    return Error::notFound(tr("The template was not saved."));
}

Status ContractTemplateService::remove(qint64 templateId)
{
    if (auto allowed = m_context.requireRole(
            {Role::Legal, Role::Manager, Role::Admin},
            tr("Only legal, managers and administrators edit contract templates."));
        !allowed)
        return allowed;
    return inTransaction<Ok>(m_context.db, [&]() -> Status {
        if (auto removed = ContractRepository(m_context.db).removeTemplate(templateId); !removed)
            return removed;
        return m_context.audit(kEntity, QString::number(templateId), QStringLiteral("removed"), {},
                               {});
    });
}

Result<QHash<QString, QString>> ContractTemplateService::values(qint64 contractId) const
{
    auto contract = m_contracts.contract(contractId);
    if (!contract)
        return contract.error();
    auto customer = m_customers.find(contract->customerId);
    if (!customer)
        return customer.error();
    auto schedule = m_contracts.schedule(contractId);
    if (!schedule)
        return schedule.error();
    auto opportunity = m_followUps.opportunity(contract->customerId);
    if (!opportunity)
        return opportunity.error();
    auto owner = m_users.find(contract->owner);
    if (!owner)
        return owner.error();
    QString contact;
    QString phone;
    if (customer->has_value()) {
        for (const Contact &person : (*customer)->contacts) {
            if (contact.isEmpty() || person.key) {
                contact = person.name;
                phone = person.phone;
            }
        }
    }
    const QDate today = m_context.now().toTimeZone(m_settings.timeZone()).date();
    QHash<QString, QString> values{
        {QStringLiteral("contract.number"), contract->number},
        {QStringLiteral("contract.title"), contract->title},
        {QStringLiteral("contract.products"), contract->products},
        {QStringLiteral("contract.price"), money::yuanText(contract->priceFen)},
        {QStringLiteral("contract.price_capital"),
         ContractTemplates::capitalAmount(contract->priceFen)},
        {QStringLiteral("contract.currency"), contract->currency},
        {QStringLiteral("contract.delivery"), contract->delivery},
        {QStringLiteral("contract.payment_terms"), contract->paymentTerms},
        {QStringLiteral("contract.liability"), contract->liability},
        {QStringLiteral("contract.start"), dateText(contract->start)},
        {QStringLiteral("contract.end"), dateText(contract->end)},
        {QStringLiteral("contract.schedule"), scheduleTable(*schedule)},
        {QStringLiteral("customer.id"), contract->customerId},
        {QStringLiteral("customer.name"), contract->customerName},
        {QStringLiteral("customer.contact"), contact},
        {QStringLiteral("customer.phone"), phone},
        {QStringLiteral("owner.name"), owner->has_value() ? (*owner)->name : contract->owner},
        {QStringLiteral("opportunity.stage"),
         opportunity->has_value() ? FollowUpRules::stageName((*opportunity)->stage) : QString()},
        {QStringLiteral("opportunity.amount"),
         opportunity->has_value() ? money::yuanText((*opportunity)->amountFen) : QString()},
        {QStringLiteral("today"), dateText(today)},
    };
    return values;
}

Result<DraftedContract> ContractTemplateService::preview(qint64 contractId,
                                                         const QString &body) const
{
    auto filledValues = values(contractId);
    if (!filledValues)
        return filledValues.error();
    const FilledTemplate filled = ContractTemplates::fill(body, *filledValues);
    return DraftedContract{filledValues->value(QStringLiteral("contract.number")), filled.text,
                           filled.unknown};
}

Result<DraftedContract> ContractTemplateService::draft(qint64 contractId, qint64 templateId) const
{
    auto stored = ContractRepository(m_context.db).templates();
    if (!stored)
        return stored.error();
    for (const ContractTemplate &entry : *stored) {
        if (entry.id == templateId)
            return preview(contractId, entry.body);
    }
    return Error::notFound(tr("There is no contract template with the id %1.").arg(templateId));
}

Status ContractTemplateService::print(const DraftedContract &drafted,
                                      QPagedPaintDevice &device) const
{
    QTextDocument document;
    document.setMarkdown(drafted.markdown);
    return PagedDocument::paint(document, tr("Contract %1").arg(drafted.number), device);
}

Status ContractTemplateService::writePdf(const DraftedContract &drafted, const QString &path) const
{
    QTextDocument document;
    document.setMarkdown(drafted.markdown);
    return PagedDocument::writePdf(document, tr("Contract %1").arg(drafted.number), path);
}

} // namespace sf
