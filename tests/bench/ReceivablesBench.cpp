// SPDX-License-Identifier: MIT
#include "bench/ReceivablesBench.h"

#include "bench/BenchSupport.h"
#include "services/PaymentService.h"
#include "services/ReceivablesExport.h"
#include "services/ReceivablesSummary.h"
#include "services/Workspace.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace sf::bench {
namespace {

const QDate kAsOf(2026, 6, 30);

struct Generated
{
    qint64 contracts = 0, instalments = 0, payments = 0;
    double seconds = 0;
};

std::string dateText(QDate date)
{
    return date.toString(Qt::ISODate).toStdString();
}

// 50 reps, a customer for every two contracts, every contract signed with 3 instalments.
Generated generate(const QString &path, qint64 contracts)
{
    Generated out;
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = openRaw(path);
    exec(db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; "
             "PRAGMA cache_size = -262144");
    exec(db, "BEGIN IMMEDIATE");
    const std::string at = "2026-01-05T02:00:00Z";
    Statement user(db, "INSERT INTO users (login, name, role, senior, team, created_at) "
                       "VALUES (?, ?, 'rep', 1, '华东一组', ?)");
    std::vector<qint64> reps;
    for (int r = 0; r < 50; ++r) {
        const std::string login = "rep" + std::to_string(r + 1);
        user.text(1, login).text(2, "销售" + std::to_string(r + 1)).text(3, at);
        user.run();
        reps.push_back(sqlite3_last_insert_rowid(db));
    }
    Statement customer(db, "INSERT INTO customers (code, name, name_key, industry, company_size, "
                           "needs, source, first_contact_at, entered_at, late_entry, region, "
                           "status, owner_id, tags, version, updated_at) VALUES (?1, ?2, ?2, "
                           "'软件与信息技术', '50-199人', '需要CRM系统，预算20-50万，6个月内上线', "
                           "'exhibition', ?3, ?3, 0, 'HZ', 'customer', ?4, '', 1, ?3)");
    Statement contract(db,
                       "INSERT INTO contracts (number, customer_id, title, products, price_fen, "
                       "currency, delivery, payment_terms, liability, start_date, status, "
                       "signed_at, owner, created_at, updated_at, updated_by) VALUES (?1, ?2, "
                       "'CRM 实施', 'CRM 软件及实施服务', ?3, 'CNY', '签约后 60 天', "
                       "'3 期付款', '逾期按日万分之五', ?4, 'signed', ?5, ?6, ?5, ?5, ?6)");
    Statement instalment(db, "INSERT INTO instalments (contract_id, due_date, amount_fen, note, "
                             "paid_fen) VALUES (?, ?, ?, '', ?)");
    Statement payment(db, "INSERT INTO payments (contract_id, received_on, amount_fen, reference, "
                          "recorded_by, recorded_at) VALUES (?, ?, ?, 'BANK', 'finance', ?)");
    Statement allocation(db, "INSERT INTO payment_allocations (payment_id, instalment_id, "
                             "amount_fen) VALUES (?, ?, ?)");
    QRandomGenerator random(16);
    qint64 customerId = 0;
    for (qint64 k = 0; k < contracts; ++k) {
        const qint64 owner = reps.at(size_t(k % 50));
        if (k % 2 == 0) {
            char code[32];
            std::snprintf(code, sizeof code, "HZ2025%06lld", static_cast<long long>(k / 2 + 1));
            customer.text(1, code)
                .text(2, "杭州华信科技" + std::to_string(k / 2) + "有限公司")
                .text(3, at)
                .integer(4, owner);
            customer.run();
            customerId = sqlite3_last_insert_rowid(db);
        }
        const QDate first = kAsOf.addDays(-180 + qint64(random.bounded(240)));
        const std::array<qint64, 3> amounts = {qint64(random.bounded(50000, 500000)) * 100,
                                               qint64(random.bounded(50000, 500000)) * 100,
                                               qint64(random.bounded(10000, 100000)) * 100};
        char number[32];
        std::snprintf(number, sizeof number, "HT2026-%06lld", static_cast<long long>(k + 1));
        contract.text(1, number)
            .integer(2, customerId)
            .integer(3, amounts[0] + amounts[1] + amounts[2])
            .text(4, dateText(first.addDays(-30)))
            .text(5, at)
            .text(6, "rep" + std::to_string(k % 50 + 1));
        contract.run();
        const qint64 contractId = sqlite3_last_insert_rowid(db);
        ++out.contracts;
        for (int i = 0; i < 3; ++i) {
            const QDate due = first.addDays(60 * i);
            qint64 paid = 0;
            if (k % 10 == 0 || (i == 0 && k % 3 == 0))
                paid = amounts.at(size_t(i));
            else if (i == 1 && k % 4 == 0)
                paid = amounts.at(size_t(i)) / 2;
            instalment.integer(1, contractId)
                .text(2, dateText(due))
                .integer(3, amounts.at(size_t(i)))
                .integer(4, paid);
            instalment.run();
            ++out.instalments;
            if (paid > 0) {
                const qint64 instalmentId = sqlite3_last_insert_rowid(db);
                payment.integer(1, contractId)
                    .text(2, dateText(std::min(due, kAsOf)))
                    .integer(3, paid)
                    .text(4, at);
                payment.run();
                allocation.integer(1, sqlite3_last_insert_rowid(db))
                    .integer(2, instalmentId)
                    .integer(3, paid);
                allocation.run();
                ++out.payments;
            }
        }
    }
    exec(db, "COMMIT");
    exec(db, "PRAGMA journal_mode = WAL; ANALYZE");
    sqlite3_close(db);
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    return out;
}

// PaymentRepository::openInstalments with the ageing in SQL, read into plain structs.
const char *const kOpen =
    "SELECT i.id, i.contract_id, i.due_date, i.amount_fen, i.note, i.paid_fen, k.number, c.code,"
    " c.name, ifnull(u.login, ''), ifnull(u.name, ''), k.currency,"
    " CASE WHEN i.due_date < ?1 THEN CAST(julianday(?1) - julianday(i.due_date) AS INTEGER)"
    " ELSE 0 END"
    " FROM instalments i JOIN contracts k ON k.id = i.contract_id"
    " JOIN customers c ON c.id = k.customer_id LEFT JOIN users u ON u.id = c.owner_id"
    " WHERE i.paid_fen < i.amount_fen AND k.status IN ('signed', 'in_delivery', 'completed')"
    " ORDER BY i.due_date, k.number, i.id";

struct RawLine
{
    qint64 id, contractId, amountFen, paidFen;
    std::string due, note, number, code, name, login, ownerName, currency;
    int days;
};

struct Totals
{
    qint64 lines = 0, outstanding = 0, overdue = 0, dueWithinWeek = 0;
    std::array<qint64, 4> buckets{};
    bool operator==(const Totals &) const = default;
    QString text() const
    {
        return QStringLiteral("%1 lines, %2 outstanding, %3 overdue (%4/%5/%6/%7), %8 this week")
            .arg(lines)
            .arg(outstanding)
            .arg(overdue)
            .arg(buckets[0])
            .arg(buckets[1])
            .arg(buckets[2])
            .arg(buckets[3])
            .arg(dueWithinWeek);
    }
};

Totals rawReceivables(sqlite3 *db, std::vector<RawLine> &lines)
{
    lines.clear();
    const std::string asOf = dateText(kAsOf);
    const std::string weekEnd = dateText(kAsOf.addDays(7));
    Statement q(db, kOpen);
    q.text(1, asOf);
    Totals totals;
    while (q.next()) {
        RawLine line{q.integerAt(0),      q.integerAt(1), q.integerAt(3), q.integerAt(5),
                     q.stringAt(2),       q.stringAt(4),  q.stringAt(6),  q.stringAt(7),
                     q.stringAt(8),       q.stringAt(9),  q.stringAt(10), q.stringAt(11),
                     int(q.integerAt(12))};
        const qint64 outstanding = line.amountFen - line.paidFen;
        ++totals.lines;
        totals.outstanding += outstanding;
        if (line.days > 0) {
            totals.overdue += outstanding;
            totals.buckets.at(line.days <= 30   ? 0
                              : line.days <= 60 ? 1
                              : line.days <= 90 ? 2
                                                : 3) += outstanding;
        } else if (line.due <= weekEnd) {
            totals.dueWithinWeek += outstanding;
        }
        lines.push_back(std::move(line));
    }
    return totals;
}

Totals totalsOf(const ReceivablesReport &report)
{
    Totals totals;
    totals.lines = report.lines.size();
    totals.outstanding = report.outstandingFen;
    totals.overdue = report.overdueFen;
    totals.dueWithinWeek = report.dueWithinWeekFen;
    for (size_t b = 0; b < 4; ++b)
        totals.buckets.at(b) = report.bucketFen.at(b);
    return totals;
}

} // namespace

QJsonObject measureReceivables(const QString &dir, qint64 contracts)
{
    constexpr int kRuns = 7;
    const QString path = dir + QStringLiteral("/receivables.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const QDateTime now(kAsOf, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    openWorkspace(path, [now] { return now.toUTC(); }).reset(); // SalesFlow's schema
    progress("generating the contracts, instalments and payments");
    const Generated data = generate(path, contracts);

    progress("measuring PaymentService::receivables and the same SQL by hand");
    auto workspace = openWorkspace(path, [now] { return now.toUTC(); });
    sqlite3 *raw = openRaw(path);
    QList<double> serviceMs, rawMs, groupMs;
    ReceivablesReport report;
    std::vector<RawLine> rawLines;
    Totals rawTotals;
    qint64 groups = 0;
    for (int run = 0; run < kRuns; ++run) {
        // Alternated, so that neither always runs on a warmer cache.
        QElapsedTimer timer;
        timer.start();
        auto found = workspace->payments().receivables(kAsOf);
        serviceMs << msSince(timer);
        if (!found)
            qFatal("receivables: %s", qPrintable(found.error().message));
        report = std::move(*found);
        timer.restart();
        rawTotals = rawReceivables(raw, rawLines);
        rawMs << msSince(timer);
        timer.restart();
        groups = ReceivablesSummary::group(report.lines, ReceivablesGrouping::Customer).size();
        groupMs << msSince(timer);
    }
    sqlite3_close(raw);
    if (!(totalsOf(report) == rawTotals))
        qFatal("the service and the SQL disagree: %s against %s",
               qPrintable(totalsOf(report).text()), qPrintable(rawTotals.text()));

    progress("writing the XLSX export");
    const QString xlsx = dir + QStringLiteral("/receivables.xlsx");
    QElapsedTimer timer;
    timer.start();
    if (auto written = ReceivablesExport::write(report, xlsx); !written)
        qFatal("export: %s", qPrintable(written.error().message));
    const double exportMs = msSince(timer);

    const double service = percentile(serviceMs, 0.5);
    const double hand = percentile(rawMs, 0.5);
    QJsonObject result;
    result.insert(QStringLiteral("receivables_contracts"), data.contracts);
    result.insert(QStringLiteral("receivables_instalments"), data.instalments);
    result.insert(QStringLiteral("receivables_payments"), data.payments);
    result.insert(QStringLiteral("receivables_generate_s"), rounded(data.seconds));
    result.insert(QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate));
    result.insert(QStringLiteral("open_instalments"), report.lines.size());
    result.insert(QStringLiteral("totals"), totalsOf(report).text());
    result.insert(QStringLiteral("receivables_p50_ms"), rounded(service));
    result.insert(QStringLiteral("receivables_runs_ms"), runsJson(serviceMs));
    result.insert(QStringLiteral("raw_receivables_p50_ms"), rounded(hand));
    result.insert(QStringLiteral("raw_receivables_runs_ms"), runsJson(rawMs));
    result.insert(QStringLiteral("receivables_ratio"), std::round(service / hand * 100) / 100);
    result.insert(QStringLiteral("customer_groups"), groups);
    result.insert(QStringLiteral("group_by_customer_p50_ms"), rounded(percentile(groupMs, 0.5)));
    result.insert(QStringLiteral("xlsx_export_ms"), rounded(exportMs));
    result.insert(QStringLiteral("xlsx_bytes"), QFileInfo(xlsx).size());
    return result;
}

} // namespace sf::bench
