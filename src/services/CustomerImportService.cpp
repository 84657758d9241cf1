// SPDX-License-Identifier: MIT
#include "services/CustomerImportService.h"

#include "core/Customer.h"
#include "core/CustomerId.h"
#include "core/DuplicateKeys.h"
#include "core/Log.h"
#include "services/CustomerEntry.h"
#include "services/ServiceContext.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerWriter.h"
#include "storage/ImmediateTransaction.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace sf {
namespace {

QString fieldName(CustomerField field)
{
    return QStringLiteral("%1/%2").arg(customerCsv::englishHeader(field),
                                       customerCsv::chineseHeader(field));
}

// One record as fields, by the mapping.
class RecordView
{
public:
    RecordView(const CsvRecord &record, const ColumnMapping &mapping)
        : m_record(record)
        , m_mapping(mapping)
    {}

    QString operator[](CustomerField field) const
    {
        const qsizetype count = std::min<qsizetype>(m_mapping.size(), m_record.fields.size());
        for (qsizetype i = 0; i < count; ++i) {
            if (m_mapping.at(i) == field)
                return m_record.fields.at(i).trimmed();
        }
        return {};
    }

private:
    const CsvRecord &m_record;
    const ColumnMapping &m_mapping;
};

// A row turned into a customer, or the reason it cannot be.
struct Converted
{
    Customer customer;
    QString problem;
};

// `newOwners`: when not null, an owner who is not a user yet is accepted and collected there.
Converted convert(const RecordView &row, const EntryContext &entry, QSet<QString> *newOwners)
{
    using F = CustomerField;
    Converted result;
    Customer &c = result.customer;
    auto fail = [&](const QString &problem) {
        result.problem = problem;
        return result;
    };
    c.name = row[F::Name];
    if (c.name.isEmpty())
        return fail(
            CustomerImportService::tr("the customer name (%1) is missing").arg(fieldName(F::Name)));
    const QString firstContact = row[F::FirstContact];
    if (firstContact.isEmpty())
        return fail(CustomerImportService::tr("the first-contact time (%1) is missing")
                        .arg(fieldName(F::FirstContact)));
    const auto firstContactAt = customerCsv::parseDateTime(firstContact, entry.zone);
    if (!firstContactAt)
        return fail(CustomerImportService::tr("the first-contact time \"%1\" is not a date "
                                              "(YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日, "
                                              "optionally with HH:MM)")
                        .arg(firstContact));
    c.firstContactAt = *firstContactAt;
    c.id = row[F::Id].toUpper();
    c.region = row[F::Region].toUpper();
    if (c.id.isEmpty() && c.region.isEmpty())
        return fail(
            CustomerImportService::tr("neither a customer id (%1) nor a region (%2) is given")
                .arg(fieldName(F::Id), fieldName(F::Region)));
    if (!c.id.isEmpty()) {
        auto parsed = CustomerId::parse(c.id);
        if (!parsed)
            return fail(CustomerImportService::tr("the customer id %1 is invalid: %2")
                            .arg(c.id, parsed.error().message));
        if (!entry.regions.contains(parsed->region))
            return fail(CustomerImportService::tr("the customer id %1 starts with %2, which is not "
                                                  "a known region")
                            .arg(c.id, parsed->region));
        if (c.region.isEmpty())
            c.region = parsed->region;
        else if (c.region != parsed->region)
            return fail(CustomerImportService::tr("the customer id %1 belongs to the region %2, "
                                                  "not %3")
                            .arg(c.id, parsed->region, c.region));
    }
    if (!entry.regions.contains(c.region))
        return fail(CustomerImportService::tr("the region %1 is not a known region").arg(c.region));
    const QString grade = row[F::Grade].toUpper();
    if (!grade.isEmpty()) {
        c.grade = gradeFromKey(grade);
        if (!c.grade)
            return fail(CustomerImportService::tr("the grade \"%1\" is not A, B, C or empty")
                            .arg(row[F::Grade]));
    }
    // R4: grading is a manager's decision; a rep's or assistant's file brings leads, not grades.
    if (c.grade && entry.service) {
        const Role role = entry.service->actor.role;
        if (role != Role::Manager && role != Role::Admin)
            return fail(CustomerImportService::tr("the grade (%1) \"%2\" is given, but only a "
                                                  "sales manager grades customers (R4); leave the "
                                                  "column empty")
                            .arg(fieldName(F::Grade), grade));
    }
    const QString gradedAt = row[F::GradedAt];
    if (!gradedAt.isEmpty()) {
        if (!c.grade)
            return fail(CustomerImportService::tr("the grade time (%1) \"%2\" is given without a "
                                                  "grade (%3)")
                            .arg(fieldName(F::GradedAt), gradedAt, fieldName(F::Grade)));
        const auto parsed = customerCsv::parseDateTime(gradedAt, entry.zone);
        if (!parsed)
            return fail(CustomerImportService::tr("the grade time (%1) \"%2\" is not a date "
                                                  "(YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日, "
                                                  "optionally with HH:MM)")
                            .arg(fieldName(F::GradedAt), gradedAt));
        if (*parsed > entry.now)
            return fail(CustomerImportService::tr("the grade time (%1) \"%2\" is in the future")
                            .arg(fieldName(F::GradedAt), gradedAt));
        // Without it the grade dates from the entry time (EntryContext::insert).
        c.gradedAt = *parsed;
    }
    const QString status = row[F::Status];
    if (!status.isEmpty()) {
        const auto parsed = statusFromText(status);
        if (!parsed)
            return fail(CustomerImportService::tr("the status \"%1\" is not one of lead, "
                                                  "opportunity, customer, invalid")
                            .arg(status));
        c.status = *parsed;
    }
    const QString owner = row[F::Owner];
    const bool newOwner = !owner.isEmpty() && !entry.user(owner);
    if (newOwner && !newOwners)
        return fail(CustomerImportService::tr("the owner %1 is not a user").arg(owner));
    c.ownerLogin = newOwner ? QString() : owner;
    const QString enteredAt = row[F::EnteredAt];
    if (!enteredAt.isEmpty()) {
        const auto parsed = customerCsv::parseDateTime(enteredAt, entry.zone);
        if (!parsed)
            return fail(
                CustomerImportService::tr("the entry time \"%1\" is not a date").arg(enteredAt));
        c.enteredAt = *parsed;
    }
    c.industry = row[F::Industry];
    c.companySize = row[F::Size];
    c.needs = row[F::Needs];
    c.source = sourceKeyFromText(row[F::Source]);
    c.tags = splitTags(row[F::Tags]);
    Contact contact{0,
                    row[F::ContactName],
                    row[F::ContactTitle],
                    row[F::ContactPhone],
                    row[F::ContactEmail],
                    row[F::ContactWechat],
                    true};
    if (!contact.isEmpty())
        c.contacts.append(contact);
    const EntryProblems problems = entry.validate(c);
    if (!problems.fields.isEmpty())
        return fail(problems.fields.first().second);
    if (newOwner) {
        newOwners->insert(owner);
        c.ownerLogin = owner;
    }
    return result;
}

} // namespace

Result<CsvTable> CustomerImportService::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return CsvReader::read(file.readAll());
}

ColumnMapping CustomerImportService::mappingFor(const QStringList &header)
{
    ColumnMapping mapping;
    for (const QString &name : header) {
        auto field = customerCsv::fieldFromHeader(name);
        // A field mapped twice is read from its first column only.
        if (field && mapping.contains(field))
            field.reset();
        mapping.append(field);
    }
    return mapping;
}

Status CustomerImportService::checkMapping(const ColumnMapping &mapping)
{
    QStringList missing;
    if (!mapping.contains(CustomerField::Name))
        missing << fieldName(CustomerField::Name);
    if (!mapping.contains(CustomerField::FirstContact))
        missing << fieldName(CustomerField::FirstContact);
    if (!mapping.contains(CustomerField::Id) && !mapping.contains(CustomerField::Region))
        missing
            << tr("%1 or %2").arg(fieldName(CustomerField::Id), fieldName(CustomerField::Region));
    if (missing.isEmpty())
        return Ok{};
    return Error::invalid(
        tr("The file has no column for %1.").arg(missing.join(QStringLiteral(", "))));
}

Result<ImportReport> CustomerImportService::importFile(const QString &path, bool dryRun)
{
    auto table = readFile(path);
    if (!table)
        return table.error();
    return importTable(*table, mappingFor(table->header), dryRun);
}

Result<ImportReport> CustomerImportService::importTable(const CsvTable &table,
                                                        const ColumnMapping &mapping, bool dryRun)
{
    if (auto allowed =
            m_context.requireRole({Role::Rep, Role::Assistant, Role::Manager, Role::Admin},
                                  tr("Your role may not import customers."));
        !allowed)
        return allowed.error();
    if (auto valid = checkMapping(mapping); !valid)
        return valid.error();
    QElapsedTimer timer;
    timer.start();
    auto entry = EntryContext::load(m_context, m_calendar, m_settings);
    if (!entry)
        return entry.error();

    ImportReport report;
    report.encoding = table.encoding;
    report.rows = static_cast<int>(table.records.size());
    report.dryRun = dryRun;
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        if (i >= mapping.size() || !mapping.at(i))
            report.ignoredColumns << table.header.at(i);
    }

    // The write lock is taken before checking, so no one adds a clashing customer in between.
    const BulkWriteCache cache(m_context.db);
    std::optional<ImmediateTransaction> tx;
    if (!dryRun) {
        tx.emplace(m_context.db);
        if (!tx->started())
            return tx->error();
    }
    CustomerWriter writer(m_context.db);
    IdIssuer ids(m_context);
    // Into an empty pool (the write lock is held) only the file's own rows can clash: the
    // lookups in the database are skipped.
    auto existingCustomers = CustomerListQuery(m_context.db, {}, {}).count();
    if (!existingCustomers)
        return existingCustomers.error();
    const bool poolWasEmpty = *existingCustomers == 0;

    // Pass 1: check every row; remember the keys of accepted rows to find duplicates among them.
    std::vector<bool> accepted(table.records.size(), false);
    // An administrator's import creates the owners it names as reps (as a spreadsheet from
    // before SalesFlow lists them); anyone else's rejects rows with an unknown owner.
    const bool mayCreateOwners = m_context.actor.role == Role::Admin;
    QSet<QString> newOwners;
    QHash<QString, int> idLines;
    QHash<QString, int> nameLines;
    QHash<QString, int> phoneLines;
    auto reject = [&](const CsvRecord &record, const QString &reason) {
        report.rejected.append({record.line, reason});
    };
    // A rep or an assistant imports their own customers (those without an owner become theirs),
    // a manager of a team those of its members or without an owner (docs/permissions.md).
    const AccessScope scope = m_context.scope();
    const auto outOfScope = [&](const QString &ownerLogin) -> QString {
        if (scope.isAll() || ownerLogin.isEmpty())
            return {};
        if (scope.kind == AccessScope::Kind::Owner)
            return ownerLogin.compare(m_context.actor.login, Qt::CaseInsensitive) == 0
                       ? QString()
                       : tr("the owner %1 is not you: you may import only your own customers")
                             .arg(ownerLogin);
        const auto owner = entry->user(ownerLogin);
        return owner && owner->team.trimmed() == scope.team
                   ? QString()
                   : tr("the owner %1 is not a member of your team %2").arg(ownerLogin, scope.team);
    };
    for (qsizetype i = 0; i < table.records.size(); ++i) {
        const CsvRecord &record = table.records.at(i);
        QSet<QString> rowOwners;
        const Converted row =
            convert(RecordView(record, mapping), *entry, mayCreateOwners ? &rowOwners : nullptr);
        if (!row.problem.isEmpty()) {
            reject(record, row.problem);
            continue;
        }
        const Customer &c = row.customer;
        if (const QString refusal = outOfScope(c.ownerLogin); !refusal.isEmpty()) {
            reject(record, refusal);
            continue;
        }
        if (!c.id.isEmpty()) {
            if (const int line = idLines.value(c.id); line > 0) {
                reject(record,
                       tr("the customer id %1 is already used on line %2").arg(c.id).arg(line));
                continue;
            }
            auto exists = poolWasEmpty ? Result<bool>(false) : writer.idExists(c.id);
            if (!exists)
                return exists.error();
            if (*exists) {
                reject(record, tr("the customer id %1 already exists").arg(c.id));
                continue;
            }
        }
        const QString nameKey = normalizedCompanyName(c.name);
        if (const int line = nameLines.value(nameKey); line > 0) {
            reject(record, tr("duplicate of line %1: same name as \"%2\"").arg(line).arg(c.name));
            continue;
        }
        QString phoneKey =
            c.contacts.isEmpty() ? QString() : normalizedPhone(c.contacts.first().phone);
        if (const int line = phoneKey.isEmpty() ? 0 : phoneLines.value(phoneKey); line > 0) {
            reject(
                record,
                tr("duplicate of line %1: same phone %2").arg(line).arg(c.contacts.first().phone));
            continue;
        }
        auto existing = poolWasEmpty ? Result<QList<DuplicateMatch>>(QList<DuplicateMatch>())
                                     : entry->duplicatesOf(writer, c);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty()) {
            const DuplicateMatch &match = existing->first();
            reject(record, match.on == DuplicateMatch::On::Name
                               ? tr("duplicate of the existing customer %1 (%2): same name")
                                     .arg(match.customerId, match.name)
                               : tr("duplicate of the existing customer %1 (%2): same phone %3")
                                     .arg(match.customerId, match.name, match.phone));
            continue;
        }
        accepted[static_cast<size_t>(i)] = true;
        newOwners.unite(rowOwners);
        if (!c.id.isEmpty())
            idLines.insert(c.id, record.line);
        nameLines.insert(nameKey, record.line);
        if (!phoneKey.isEmpty())
            phoneLines.insert(phoneKey, record.line);
        ++report.imported;
    }
    report.newOwners = QStringList(newOwners.begin(), newOwners.end());
    report.newOwners.sort();
    if (dryRun)
        return report;

    UserRepository users(m_context.db);
    for (const QString &login : std::as_const(report.newOwners)) {
        User user;
        user.login = login;
        user.name = login;
        if (auto id = users.insert(user, m_context.now()); !id)
            return id.error();
        if (auto status = m_context.audit(QStringLiteral("user"), login, QStringLiteral("role"),
                                          QString(), roleKey(user.role));
            !status)
            return status.error();
    }
    if (!report.newOwners.isEmpty()) {
        entry = EntryContext::load(m_context, m_calendar, m_settings);
        if (!entry)
            return entry.error();
    }

    // Ids given in the file are reserved before any is issued: an issued id never takes one
    // that a later row gives.
    for (auto it = idLines.constBegin(); it != idLines.constEnd(); ++it) {
        if (auto status = ids.reserve(*CustomerId::parse(it.key())); !status)
            return status.error();
    }
    // Pass 2: write the accepted rows.
    const QString reason = tr("Imported");
    for (qsizetype i = 0; i < table.records.size(); ++i) {
        if (!accepted[static_cast<size_t>(i)])
            continue;
        Converted row = convert(RecordView(table.records.at(i), mapping), *entry, nullptr);
        if (row.customer.ownerLogin.isEmpty() && scope.kind == AccessScope::Kind::Owner)
            row.customer.ownerLogin = m_context.actor.login;
        auto stored = entry->insert(writer, ids, row.customer, reason, true);
        if (!stored)
            return stored.error();
        // Each customer's own trail says where it came from (the import row below counts them).
        if (auto status = m_context.audit(QStringLiteral("customer"), stored->id,
                                          QStringLiteral("imported"), QString(), stored->name);
            !status)
            return status.error();
    }
    if (auto status = ids.store(); !status)
        return status.error();
    if (auto status = m_context.audit(QStringLiteral("import"), QStringLiteral("customers"),
                                      QStringLiteral("rows"), QString::number(report.rows),
                                      QString::number(report.imported));
        !status)
        return status.error();
    if (auto status = tx->commit(); !status)
        return status.error();
    layerLogger("services")
        ->info("imported {} customers ({} rejected) in {} ms", report.imported,
               report.rejected.size(), timer.elapsed());
    return report;
}

} // namespace sf
