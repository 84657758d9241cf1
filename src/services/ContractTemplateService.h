// SPDX-License-Identifier: MIT
#pragma once

#include "core/ContractTemplate.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QPagedPaintDevice;

namespace sf {

class ContractService;
class CustomerService;
class FollowUpService;
class SettingsService;
class UserService;
struct ServiceContext;

// A contract drafted from a template: the filled Markdown and what the template asked for that
// SalesFlow does not know.
struct DraftedContract
{
    QString number;
    QString markdown;
    QStringList unknownPlaceholders;
};

// R14: contract templates (《销售合同模板》) and contracts drafted from them, to PDF or paper.
class ContractTemplateService
{
    Q_DECLARE_TR_FUNCTIONS(ContractTemplateService)

public:
    ContractTemplateService(ServiceContext &context, ContractService &contracts,
                            CustomerService &customers, FollowUpService &followUps,
                            UserService &users, SettingsService &settings)
        : m_context(context)
        , m_contracts(contracts)
        , m_customers(customers)
        , m_followUps(followUps)
        , m_users(users)
        , m_settings(settings)
    {}

    // By name; a database without any starts with the standard sales contract.
    Result<QList<ContractTemplate>> templates();
    // Adds (id 0) or saves a template (legal, managers and administrators); a stale version is
    // a conflict. Returns the saved template.
    Result<ContractTemplate> save(const ContractTemplate &entry);
    Status remove(qint64 templateId);

    // Fills the template with the contract, its customer and opportunity.
    Result<DraftedContract> draft(qint64 contractId, qint64 templateId) const;
    // Fills `body` (a template being edited) for a preview.
    Result<DraftedContract> preview(qint64 contractId, const QString &body) const;
    // Writes the drafted contract as an A4 PDF, each page headed with its number. Needs a
    // QGuiApplication.
    Status writePdf(const DraftedContract &drafted, const QString &path) const;
    Status print(const DraftedContract &drafted, QPagedPaintDevice &device) const;

private:
    Result<QHash<QString, QString>> values(qint64 contractId) const;

    ServiceContext &m_context;
    ContractService &m_contracts;
    CustomerService &m_customers;
    FollowUpService &m_followUps;
    UserService &m_users;
    SettingsService &m_settings;
};

} // namespace sf
