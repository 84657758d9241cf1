// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "services/CustomerImportService.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

class SettingsService;
struct ServiceContext;

// Stage 3's history from CSV (design.md, "Command line"): `import contracts`, `import
// instalments` and `import payments`. As for every import, each row is checked first, each
// rejected row is reported by its line and reason, and the valid rows are written in one
// transaction; a dry run writes nothing.
class ContractImportService
{
    Q_DECLARE_TR_FUNCTIONS(ContractImportService)

public:
    ContractImportService(ServiceContext &context, SettingsService &settings)
        : m_context(context)
        , m_settings(settings)
    {}

    // Columns number, customer_id, title, products, price, currency, delivery, payment_terms,
    // liability, start, end, status, submitted_at, legal_approved_at, finance_approved_at,
    // signed_at, owner (or their Chinese headers). Administrators only. A contract past draft
    // needs every core term (R14) and the approval times its status implies, in order (R15).
    Result<ImportReport> importContracts(const QString &path, bool dryRun);
    // Columns contract, due, amount, note. Administrators only. After the file, the instalments
    // of each contract (those it had and the file's) must add up to its price, else every row of
    // that contract is rejected.
    Result<ImportReport> importInstalments(const QString &path, bool dryRun);
    // Columns contract, received_at, amount, reference. Finance or an administrator. Each payment
    // goes to the oldest open instalments of a signed contract; more than is still open (counting
    // the file's earlier rows) is rejected, and so is a reference already recorded for the
    // contract.
    Result<ImportReport> importPayments(const QString &path, bool dryRun);

private:
    ServiceContext &m_context;
    SettingsService &m_settings;
};

} // namespace sf
