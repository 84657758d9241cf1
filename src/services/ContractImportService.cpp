// SPDX-License-Identifier: MIT
#include "services/ContractImportService.h"

#include "core/Contract.h"
#include "core/CustomerCsv.h"
#include "core/Money.h"
#include "services/ImportSession.h"
#include "services/PaymentService.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/ContractRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/UserRepository.h"

#include <QHash>
#include <QSet>

#include <array>
#include <map>
#include <vector>

namespace sf {
namespace {

const QString kEntity = QStringLiteral("contract");

enum ContractColumn {
    KNumber,
    KCustomer,
    KTitle,
    KProducts,
    KPrice,
    KCurrency,
    KDelivery,
    KPaymentTerms,
    KLiability,
    KStart,
    KEnd,
    KStatus,
    KSubmitted,
    KLegal,
    KFinance,
    KSigned,
    KOwner
};

QList<ImportColumn> contractColumns()
{
    return {
        {QStringLiteral("number"), QStringLiteral("合同编号"), true},
        {QStringLiteral("customer_id"), QStringLiteral("客户编号"), true},
        {QStringLiteral("title"), QStringLiteral("合同名称"), true},
        {QStringLiteral("products"),
         QStringLiteral("产品/服务"),
         false,
         {QStringLiteral("产品或服务"), QStringLiteral("产品")}},
        {QStringLiteral("price"), QStringLiteral("金额"), false, {QStringLiteral("合同金额")}},
        {QStringLiteral("currency"), QStringLiteral("币种")},
        {QStringLiteral("delivery"), QStringLiteral("交付期限")},
        {QStringLiteral("payment_terms"), QStringLiteral("付款条件")},
        {QStringLiteral("liability"), QStringLiteral("违约责任")},
        {QStringLiteral("start"), QStringLiteral("开始日期")},
        {QStringLiteral("end"), QStringLiteral("结束日期")},
        {QStringLiteral("status"), QStringLiteral("状态")},
        {QStringLiteral("submitted_at"), QStringLiteral("提交时间")},
        {QStringLiteral("legal_approved_at"), QStringLiteral("法务审核时间")},
        {QStringLiteral("finance_approved_at"), QStringLiteral("财务审核时间")},
        {QStringLiteral("signed_at"), QStringLiteral("签订时间")},
        {QStringLiteral("owner"), QStringLiteral("负责人")},
    };
}

enum InstalmentColumn { IContract, IDue, IAmount, INote };

QList<ImportColumn> instalmentColumns()
{
    return {
        {QStringLiteral("contract"), QStringLiteral("合同编号"), true},
        {QStringLiteral("due"), QStringLiteral("到期日"), true},
        {QStringLiteral("amount"), QStringLiteral("金额"), true},
        {QStringLiteral("note"), QStringLiteral("说明")},
    };
}

enum PaymentColumn { PContract, PReceived, PAmount, PReference };

QList<ImportColumn> paymentColumns()
{
    return {
        {QStringLiteral("contract"), QStringLiteral("合同编号"), true},
        {QStringLiteral("received_at"), QStringLiteral("到账日期"), true},
        {QStringLiteral("amount"), QStringLiteral("金额"), true, {QStringLiteral("到账金额")}},
        {QStringLiteral("reference"), QStringLiteral("流水号"), false, {QStringLiteral("备注")}},
    };
}

// "english/中文" of a column, as the reasons name it.
QString nameOf(const QList<ImportColumn> &columns, int column)
{
    return columns.at(column).english + u'/' + columns.at(column).chinese;
}

// An amount in yuan with up to 2 decimals, above zero; else the reason.
QString readAmount(const QString &text, const QString &name, qint64 *fen)
{
    if (text.isEmpty())
        return ContractImportService::tr("the amount (%1) is missing").arg(name);
    const auto parsed = money::fenFromYuanText(text);
    if (!parsed)
        return ContractImportService::tr("the amount \"%1\" is not an amount in yuan with up to "
                                         "2 decimals (12,345.60 or 12345.6)")
            .arg(text);
    if (*parsed <= 0)
        return ContractImportService::tr("the amount must be above zero");
    *fen = *parsed;
    return {};
}

// A date (or a date and time, whose local date counts) in the team's time zone; else the reason.
QString readDate(const QString &text, const QString &name, const QTimeZone &tz, QDate *date)
{
    if (text.isEmpty())
        return ContractImportService::tr("the date (%1) is missing").arg(name);
    const auto at = customerCsv::parseDateTime(text, tz);
    if (!at)
        return ContractImportService::tr("%1 \"%2\" is not a date (YYYY-MM-DD, YYYY/MM/DD or "
                                         "YYYY年M月D日)")
            .arg(name, text);
    *date = at->toTimeZone(tz).date();
    return {};
}

// The approval times of a contract, in the order the chain gives them (R15).
struct Stamp
{
    ContractColumn column;
    std::optional<QDateTime> Contract::*field;
};

constexpr std::array<Stamp, 4> kStamps{{
    {KSubmitted, &Contract::submittedAt},
    {KLegal, &Contract::legalApprovedAt},
    {KFinance, &Contract::financeApprovedAt},
    {KSigned, &Contract::signedAt},
}};

// How many of kStamps a contract at `status` has been given.
std::size_t stampsOf(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft: return 0;
    case ContractStatus::LegalReview: return 1;
    case ContractStatus::FinanceReview: return 2;
    case ContractStatus::ManagerSign: return 3;
    case ContractStatus::Signed:
    case ContractStatus::InDelivery:
    case ContractStatus::Completed: return 4;
    }
    return 0;
}

using ContractResolver = LookupCache<std::optional<Contract>>;

// Looks contracts up by number, each once.
ContractResolver contractResolver(const ContractRepository &repository)
{
    return ContractResolver(
        [&repository](const QString &number) { return repository.findByNumber(number); });
}

// The reason a contract number names no contract, or a storage error; empty when found.
Result<QString> lookUp(ContractResolver &contracts, const QString &number, const QString &name,
                       std::optional<Contract> *contract)
{
    if (number.isEmpty())
        return ContractImportService::tr("the contract number (%1) is missing").arg(name);
    auto found = contracts.find(number);
    if (!found)
        return found.error();
    if (!*found)
        return ContractImportService::tr("there is no contract %1").arg(number);
    *contract = *found;
    return QString();
}

QString scheduleText(const QList<Instalment> &instalments)
{
    QStringList parts;
    for (const Instalment &instalment : instalments)
        parts << instalment.due.toString(Qt::ISODate) + u' ' +
                     money::yuanText(instalment.amountFen);
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<ImportReport> ContractImportService::importContracts(const QString &path, bool dryRun)
{
    if (auto allowed =
            m_context.requireRole({Role::Admin}, tr("Only an administrator imports contracts."));
        !allowed)
        return allowed.error();
    const QList<ImportColumn> columns = contractColumns();
    ImportSession session(m_context, dryRun);
    if (auto opened = session.open(path, columns); !opened)
        return opened.error();
    const QTimeZone tz = m_settings.timeZone();
    const QDateTime now = m_context.now();
    const ContractRepository repository(m_context.db);
    const FollowUpRepository customerRows(m_context.db);
    LookupCache<std::optional<qint64>> customers(
        [&](const QString &customerId) { return customerRows.customerRowId(customerId); });
    const UserRepository userRepository(m_context.db);
    LookupCache<std::optional<User>> users(
        [&](const QString &login) { return userRepository.findByLogin(login); });
    QHash<QString, int> numbers; // number -> the line that gave it first
    struct Row
    {
        Contract contract;
        qint64 customerRowId = 0;
    };
    std::vector<Row> accepted;

    for (const CsvRecord &record : session.records()) {
        const auto field = [&](int column) {
            return session.value(record, column);
        };
        Row row;
        Contract &c = row.contract;
        // Each step returns the reason the row is rejected, or a storage error.
        const auto check = [&]() -> Result<QString> {
            c.number = field(KNumber);
            if (c.number.isEmpty())
                return tr("the contract number (%1) is missing").arg(nameOf(columns, KNumber));
            if (const int first = numbers.value(c.number); first > 0)
                return tr("the contract number %1 repeats line %2").arg(c.number).arg(first);
            numbers.insert(c.number, record.line);
            auto exists = repository.numberExists(c.number);
            if (!exists)
                return exists.error();
            if (*exists)
                return tr("there is already a contract %1").arg(c.number);
            c.customerId = field(KCustomer).toUpper();
            if (c.customerId.isEmpty())
                return tr("the customer id (%1) is missing").arg(nameOf(columns, KCustomer));
            auto rowId = customers.find(c.customerId);
            if (!rowId)
                return rowId.error();
            if (!*rowId)
                return tr("there is no customer %1").arg(c.customerId);
            row.customerRowId = **rowId;
            c.title = field(KTitle);
            c.products = field(KProducts);
            if (const QString price = field(KPrice); !price.isEmpty()) {
                const auto fen = money::fenFromYuanText(price);
                if (!fen)
                    return tr("the price \"%1\" is not an amount in yuan with up to 2 decimals "
                              "(12,345.60 or 12345.6)")
                        .arg(price);
                c.priceFen = *fen;
            }
            if (const QString currency = field(KCurrency); !currency.isEmpty())
                c.currency = currency.toUpper();
            c.delivery = field(KDelivery);
            c.paymentTerms = field(KPaymentTerms);
            c.liability = field(KLiability);
            for (const auto &[column, date] :
                 {std::pair{KStart, &c.start}, std::pair{KEnd, &c.end}}) {
                if (const QString text = field(column); !text.isEmpty()) {
                    if (QString reason = readDate(text, nameOf(columns, column), tz, date);
                        !reason.isEmpty())
                        return reason;
                }
            }
            if (const QStringList problems = ContractRules::draftProblems(c); !problems.isEmpty())
                return problems.join(tr("; "));
            if (const QString status = field(KStatus); !status.isEmpty()) {
                const auto parsed = contractStatusFromText(status);
                if (!parsed)
                    return tr("the status \"%1\" is not one of draft, legal_review, "
                              "finance_review, manager_sign, signed, in_delivery, completed "
                              "(草稿, 法务审核, 财务审核, 经理签字, 已签订, 履约中, 已完成)")
                        .arg(status);
                c.status = *parsed;
            }
            // R14: past draft, every core term is there.
            if (c.status != ContractStatus::Draft) {
                if (const QStringList missing = ContractRules::missingTerms(c); !missing.isEmpty())
                    return tr("a contract at %1 needs every core term; it lacks %2 (R14)")
                        .arg(ContractRules::statusName(c.status), missing.join(tr(", ")));
            }
            // R15: the approval times the status implies, and no other, in order.
            const std::size_t given = stampsOf(c.status);
            QStringList missing;
            QStringList early;
            std::optional<QDateTime> previous;
            QString previousName;
            for (std::size_t i = 0; i < kStamps.size(); ++i) {
                const QString name = nameOf(columns, kStamps.at(i).column);
                const QString text = field(kStamps.at(i).column);
                if (text.isEmpty()) {
                    if (i < given)
                        missing << name;
                    continue;
                }
                if (i >= given)
                    early << name;
                const auto at = customerCsv::parseDateTime(text, tz);
                if (!at)
                    return tr("%1 \"%2\" is not a date and time").arg(name, text);
                if (*at > now)
                    return tr("%1 %2 is in the future").arg(name, text);
                if (previous && *at < *previous)
                    return tr("%1 %2 is before %3 %4")
                        .arg(name, text, previousName, customerCsv::formatDateTime(*previous, tz));
                previous = at;
                previousName = name;
                c.*kStamps.at(i).field = *at;
            }
            if (!missing.isEmpty())
                return tr("a contract at %1 needs %2 (R15)")
                    .arg(ContractRules::statusName(c.status), missing.join(tr(", ")));
            if (!early.isEmpty())
                return tr("a contract at %1 has no %2 yet")
                    .arg(ContractRules::statusName(c.status), early.join(tr(", ")));
            c.owner = field(KOwner);
            if (c.owner.isEmpty()) {
                c.owner = m_context.actor.login;
                return QString();
            }
            auto user = users.find(c.owner);
            if (!user)
                return user.error();
            if (!*user)
                return tr("there is no user %1 (%2)").arg(c.owner, nameOf(columns, KOwner));
            return QString();
        };
        auto problem = check();
        if (!problem)
            return problem.error();
        if (!problem->isEmpty()) {
            session.reject(record.line, *problem);
            continue;
        }
        c.imported = true;
        c.createdAt = now;
        c.updatedAt = now;
        c.updatedBy = m_context.actor.login;
        accepted.push_back(std::move(row));
    }

    if (!dryRun) {
        for (const Row &row : accepted) {
            const Contract &c = row.contract;
            auto id = repository.insert(row.customerRowId, c);
            if (!id)
                return id.error();
            if (auto added = repository.addEvent(*id, {QStringLiteral("imported"),
                                                       {},
                                                       ContractRules::statusName(c.status),
                                                       m_context.actor.login,
                                                       now});
                !added)
                return added.error();
            if (auto audited = m_context.audit(kEntity, c.number, QStringLiteral("imported"), {},
                                               c.customerId + u' ' + contractStatusKey(c.status) +
                                                   u' ' + money::yuanText(c.priceFen));
                !audited)
                return audited.error();
        }
    }
    return session.finish(int(accepted.size()));
}

Result<ImportReport> ContractImportService::importInstalments(const QString &path, bool dryRun)
{
    if (auto allowed = m_context.requireRole(
            {Role::Admin}, tr("Only an administrator imports payment schedules."));
        !allowed)
        return allowed.error();
    const QList<ImportColumn> columns = instalmentColumns();
    ImportSession session(m_context, dryRun);
    if (auto opened = session.open(path, columns); !opened)
        return opened.error();
    const QTimeZone tz = m_settings.timeZone();
    const ContractRepository repository(m_context.db);
    ContractResolver contracts = contractResolver(repository);
    struct Row
    {
        int line = 0;
        Instalment instalment;
    };
    // By contract: the file's rows of that contract.
    std::map<qint64, std::vector<Row>> byContract;
    QHash<qint64, Contract> contractOf;

    for (const CsvRecord &record : session.records()) {
        const auto field = [&](int column) {
            return session.value(record, column);
        };
        Row row{record.line, {}};
        std::optional<Contract> contract;
        auto problem = lookUp(contracts, field(IContract), nameOf(columns, IContract), &contract);
        if (!problem)
            return problem.error();
        if (problem->isEmpty())
            *problem = readDate(field(IDue), nameOf(columns, IDue), tz, &row.instalment.due);
        if (problem->isEmpty())
            *problem =
                readAmount(field(IAmount), nameOf(columns, IAmount), &row.instalment.amountFen);
        if (!problem->isEmpty()) {
            session.reject(record.line, *problem);
            continue;
        }
        row.instalment.contractId = contract->id;
        row.instalment.note = field(INote);
        contractOf.insert(contract->id, *contract);
        byContract[contract->id].push_back(row);
    }

    // R16: after the file, each contract's schedule adds up to its price.
    const PaymentRepository payments(m_context.db);
    int imported = 0;
    for (const auto &[contractId, rows] : byContract) {
        const Contract &contract = contractOf.value(contractId);
        auto existing = payments.instalments(contractId);
        if (!existing)
            return existing.error();
        QList<Instalment> schedule = *existing;
        qint64 had = 0;
        qint64 added = 0;
        for (const Instalment &instalment : *existing)
            had += instalment.amountFen;
        for (const Row &row : rows) {
            schedule.append(row.instalment);
            added += row.instalment.amountFen;
        }
        if (had + added != contract.priceFen) {
            const QString reason =
                tr("the instalments of contract %1 add up to %2 (%3 it had and %4 in this "
                   "file), not to its price %5 (R16)")
                    .arg(contract.number, money::yuanText(had + added), money::yuanText(had),
                         money::yuanText(added), money::yuanText(contract.priceFen));
            for (const Row &row : rows)
                session.reject(row.line, reason);
            continue;
        }
        imported += int(rows.size());
        if (dryRun)
            continue;
        for (const Row &row : rows) {
            if (auto inserted = payments.insertInstalment(row.instalment); !inserted)
                return inserted.error();
        }
        if (auto audited = m_context.audit(kEntity, contract.number, QStringLiteral("schedule"),
                                           scheduleText(*existing), scheduleText(schedule));
            !audited)
            return audited.error();
    }
    return session.finish(imported);
}

Result<ImportReport> ContractImportService::importPayments(const QString &path, bool dryRun)
{
    if (auto allowed =
            m_context.requireRole({Role::Finance, Role::Admin},
                                  tr("Only finance or an administrator imports payments (R16)."));
        !allowed)
        return allowed.error();
    const QList<ImportColumn> columns = paymentColumns();
    ImportSession session(m_context, dryRun);
    if (auto opened = session.open(path, columns); !opened)
        return opened.error();
    const QTimeZone tz = m_settings.timeZone();
    const QDateTime now = m_context.now();
    const QDate today = now.toTimeZone(tz).date();
    const PaymentRepository repository(m_context.db);
    const ContractRepository contractRepository(m_context.db);
    ContractResolver contracts = contractResolver(contractRepository);
    // Per contract: its instalments as the file's earlier rows leave them, and the references
    // already recorded.
    QHash<qint64, QList<Instalment>> open;
    QHash<qint64, QSet<QString>> references;
    struct Row
    {
        Contract contract;
        Payment payment;
    };
    std::vector<Row> accepted;

    for (const CsvRecord &record : session.records()) {
        const auto field = [&](int column) {
            return session.value(record, column);
        };
        Row row;
        Payment &p = row.payment;
        const auto check = [&]() -> Result<QString> {
            std::optional<Contract> contract;
            auto problem =
                lookUp(contracts, field(PContract), nameOf(columns, PContract), &contract);
            if (!problem || !problem->isEmpty())
                return problem;
            row.contract = *contract;
            const Contract &c = row.contract;
            if (!isSignedStatus(c.status))
                return tr("contract %1 is not signed (it is at %2): payments are recorded "
                          "against signed contracts")
                    .arg(c.number, ContractRules::statusName(c.status));
            if (QString reason =
                    readDate(field(PReceived), nameOf(columns, PReceived), tz, &p.receivedOn);
                !reason.isEmpty())
                return reason;
            if (p.receivedOn > today)
                return tr("the payment was received after today (%1)")
                    .arg(p.receivedOn.toString(Qt::ISODate));
            if (QString reason = readAmount(field(PAmount), nameOf(columns, PAmount), &p.amountFen);
                !reason.isEmpty())
                return reason;
            if (!open.contains(c.id)) {
                auto instalments = repository.instalments(c.id);
                if (!instalments)
                    return instalments.error();
                auto recorded = repository.payments(c.id);
                if (!recorded)
                    return recorded.error();
                open.insert(c.id, *instalments);
                QSet<QString> &known = references[c.id];
                for (const Payment &payment : *recorded) {
                    if (!payment.reference.isEmpty())
                        known.insert(payment.reference);
                }
            }
            p.reference = field(PReference);
            if (!p.reference.isEmpty() && references.value(c.id).contains(p.reference))
                return tr("the reference %1 is already recorded for contract %2")
                    .arg(p.reference, c.number);
            QList<Instalment> &instalments = open[c.id];
            if (instalments.isEmpty())
                return tr("contract %1 has no payment schedule").arg(c.number);
            const auto allocations = ContractRules::allocate(instalments, p.amountFen);
            if (!allocations) {
                qint64 left = 0;
                for (const Instalment &instalment : std::as_const(instalments))
                    left += instalment.outstandingFen();
                return tr("%1 is more than the %2 still open on contract %3: an over-payment is "
                          "refused (R16)")
                    .arg(money::yuanText(p.amountFen), money::yuanText(left), c.number);
            }
            // The next rows see what this one pays.
            for (const Allocation &allocation : *allocations) {
                for (Instalment &instalment : instalments) {
                    if (instalment.id == allocation.instalmentId)
                        instalment.paidFen += allocation.amountFen;
                }
            }
            if (!p.reference.isEmpty())
                references[c.id].insert(p.reference);
            return QString();
        };
        auto problem = check();
        if (!problem)
            return problem.error();
        if (!problem->isEmpty()) {
            session.reject(record.line, *problem);
            continue;
        }
        p.recordedBy = m_context.actor.login;
        p.recordedAt = now;
        accepted.push_back(std::move(row));
    }

    if (!dryRun) {
        for (const Row &row : accepted) {
            // The same write as PaymentService::record: allocation to the oldest open instalments.
            if (auto written = paymentWrite::payment(m_context, row.contract, row.payment, {});
                !written)
                return written.error();
        }
    }
    return session.finish(int(accepted.size()));
}

} // namespace sf
