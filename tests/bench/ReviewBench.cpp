// SPDX-License-Identifier: MIT
#include "bench/ReviewBench.h"

#include "bench/BenchSupport.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <unordered_set>
#include <vector>

namespace sf::bench {
namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kUnixEpochJd = 2440588;

// 'YYYY-MM-DD' of the local date of a UTC time, `offset` seconds east of UTC.
std::string localDateText(qint64 utcSecs, int offset)
{
    const Civil c = civilFromDays(floorDiv(utcSecs + offset, kDay));
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", c.y, c.m, c.d);
    return text;
}

// ---- A statement on the raw handle ----

void removeDb(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// ---- The data ----

const std::array<const char *, 12> kRegions{"HZ", "SH", "BJ", "SZ", "GZ", "NJ",
                                            "SU", "CD", "WH", "XA", "TJ", "CQ"};
const std::array<const char *, 3> kMethods{"phone", "visit", "online"};
// The team of the manager and every rep: the manager's scope is a team (AccessScope).
constexpr const char *kTeam = "华东一组";

// The statements shared by both generators.
struct Writer
{
    explicit Writer(sqlite3 *db)
        : user(db, "INSERT INTO users (login, name, role, senior, team, created_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?6, ?5)")
        , customer(db, "INSERT INTO customers (code, name, name_key, industry, company_size, "
                       "needs, source, first_contact_at, entered_at, late_entry, region, status, "
                       "owner_id, tags, version, updated_at) VALUES (?1, ?2, ?2, '软件与信息技术', "
                       "'50-199人', '需要CRM系统，预算20-50万，6个月内上线', 'exhibition', ?3, "
                       "?3, 0, ?4, 'lead', ?5, '', 1, ?3)")
        , grade(db, "INSERT INTO customer_grades (customer_id, grade, graded_at, score_industry, "
                    "score_budget, score_decision, score_urgency) VALUES (?, ?, ?, ?, ?, ?, ?)")
        , history(db, "INSERT INTO grade_history (customer_id, from_grade, to_grade, reason, "
                      "scores, actor, at) VALUES (?, ?, ?, '评分定级', '4,4,4,4', ?, ?)")
        , followup(db, "INSERT INTO followups (customer_id, contact_at, recorded_at, late, method, "
                       "counterpart, content, feedback, next_action, next_action_due, risk, "
                       "progress, recorded_by) VALUES (?, ?, ?, 0, ?, '张经理 技术总监', ?, ?, ?, "
                       "?, ?, ?, ?)")
        , m_db(db)
    {}

    std::vector<qint64> users(int reps, qint64 now, std::vector<std::string> &logins)
    {
        const std::string at = utcText(now);
        user.text(1, "manager")
            .text(2, "王静")
            .text(3, "manager")
            .integer(4, 1)
            .text(5, at)
            .text(6, kTeam);
        user.run();
        std::vector<qint64> ids;
        for (int r = 0; r < reps; ++r) {
            char login[32];
            std::snprintf(login, sizeof login, "rep%04d", r + 1);
            user.text(1, login)
                .text(2, std::string("销售") + login)
                .text(3, "rep")
                .integer(4, r % 5 < 2)
                .text(5, at)
                .text(6, kTeam);
            user.run();
            ids.push_back(sqlite3_last_insert_rowid(m_db));
            logins.emplace_back(login);
        }
        return ids;
    }

    qint64 addCustomer(qint64 i, qint64 first, qint64 ownerId)
    {
        const size_t region = size_t(i % 12);
        char code[48];
        std::snprintf(code, sizeof code, "%s%07lld", kRegions.at(region),
                      static_cast<long long>(i + 1));
        customer.text(1, code)
            .text(2, std::string("杭州华信科技") + std::to_string(i) + "有限公司")
            .text(3, utcText(first))
            .text(4, kRegions.at(region))
            .integer(5, ownerId);
        customer.run();
        return sqlite3_last_insert_rowid(m_db);
    }

    void setGrade(qint64 id, char g, qint64 at)
    {
        if (g) {
            grade.integer(1, id).text(2, std::string(1, g)).text(3, utcText(at));
            for (int s = 4; s <= 7; ++s)
                grade.integer(s, g == 'A' ? 4 : g == 'B' ? 3 : 2);
        } else {
            grade.integer(1, id).text(2, "").null(3);
            for (int s = 4; s <= 7; ++s)
                grade.null(s);
        }
        grade.run();
    }

    void addHistory(qint64 id, const char *from, const char *to, const std::string &actor,
                    qint64 at)
    {
        history.integer(1, id).text(2, from).text(3, to).text(4, actor).text(5, utcText(at));
        history.run();
    }

    void addFollowUp(QRandomGenerator &random, qint64 id, qint64 contact, bool progress,
                     const std::string &by, int offset, bool withNext)
    {
        const Talk &talk = kTalks.at(random.bounded(quint32(kTalks.size())));
        followup.integer(1, id)
            .text(2, utcText(contact))
            .text(3, utcText(contact + 60 * (10 + random.bounded(qint64(80)))))
            .text(4, kMethods.at(random.bounded(3)))
            .text(5, talk.content)
            .text(6, talk.feedback);
        if (withNext)
            followup.text(7, talk.next)
                .text(8, localDateText(contact + kDay * (2 + random.bounded(qint64(10))), offset));
        else
            followup.text(7, "").null(8);
        followup.text(9, talk.risk).integer(10, progress).text(11, by);
        followup.run();
    }

    Statement user, customer, grade, history, followup;

private:
    sqlite3 *m_db;
};

sqlite3 *openForLoading(const QString &path)
{
    sqlite3 *db = openRaw(path);
    exec(db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; "
             "PRAGMA cache_size = -524288");
    exec(db, "BEGIN IMMEDIATE");
    return db;
}

void finishLoading(sqlite3 *db)
{
    exec(db, "COMMIT");
    exec(db, "PRAGMA journal_mode = WAL");
    sqlite3_close(db);
}

// The review team: 50 reps owning 8,000 A, 12,000 B and 10,000 C customers; about five
// follow-ups each over the five weeks before now (one in three progress, 7 in 10 with a next
// action, 3 in 5 naming a risk); one B customer in five was C first; a few candidates kept at B
// during the review week.
struct ReviewData
{
    qint64 customers = 0, followups = 0, exemptions = 0;
    qint64 graded[3] = {0, 0, 0};
    double seconds = 0;
};

ReviewData generateReview(const QString &path, qint64 now, qint64 weekStart, int offset)
{
    ReviewData out;
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = openForLoading(path);
    Writer w(db);
    std::vector<std::string> logins;
    const std::vector<qint64> reps = w.users(50, now, logins);
    QRandomGenerator random(5);
    Statement exemption(db, "INSERT INTO grade_exemptions (customer_id, reason, until, actor, at) "
                            "VALUES (?, '客户预算下周批复', ?, 'manager', ?)");
    for (qint64 i = 0; i < 30000; ++i) {
        const char g = i < 20000 ? (i % 5 < 2 ? 'A' : 'B') : 'C';
        const size_t owner = size_t(i % 50);
        const qint64 first = now - kDay * (60 + random.bounded(qint64(600)));
        const qint64 id = w.addCustomer(i, first, reps.at(owner));
        const qint64 graded = now - kDay * (3 + random.bounded(qint64(55))) - random.bounded(kDay);
        if (g == 'B' && i % 5 == 2) {
            w.addHistory(id, "", "C", logins.at(owner), graded - 40 * kDay);
            w.addHistory(id, "C", "B", logins.at(owner), graded);
        } else {
            w.addHistory(id, "", std::string(1, g).c_str(), logins.at(owner), graded);
        }
        w.setGrade(id, g, graded);
        ++out.graded[g == 'A' ? 0 : g == 'B' ? 1 : 2];
        const int records = 3 + int(random.bounded(5)); // 3–7, 5 on average
        for (int k = 0; k < records; ++k) {
            const qint64 contact = now - 35 * kDay + random.bounded(35 * kDay - 600);
            w.addFollowUp(random, id, contact, random.bounded(3) == 0, logins.at(owner), offset,
                          random.bounded(10) < 7);
            ++out.followups;
        }
        // One B customer in 400 kept at B during the review week.
        if (g == 'B' && i % 400 == 3 && now > weekStart) {
            exemption.integer(1, id)
                .text(2, utcText(weekStart + 7 * kDay))
                .text(3, utcText(weekStart + (now - weekStart) / 2));
            exemption.run();
            ++out.exemptions;
        }
        ++out.customers;
    }
    finishLoading(db);
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    return out;
}

// `rules apply`: 1,000,000 customers by index i: A (i % 20 < 3), B (< 10), C (< 17), not graded.
// Of the B customers (by their own count b): b % 7 < 5 stalled (graded B 15–400 days before
// T, none or older progress, some non-progress records in the window; one in five C first, one in
// ten rescored at B since, which does not move when it became B); b % 7 == 5 graded B 1–13 days
// before T; b % 7 == 6 graded long ago with a progress record in the 14 days.
struct ApplyData
{
    qint64 customers = 0, bCustomers = 0, stalled = 0, followups = 0, gradeHistory = 0;
    double seconds = 0;
};

ApplyData generateApply(const QString &path, qint64 customers, qint64 now, int offset)
{
    ApplyData out;
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = openForLoading(path);
    Writer w(db);
    std::vector<std::string> logins;
    const std::vector<qint64> reps = w.users(500, now, logins);
    QRandomGenerator random(13);
    qint64 b = 0;
    for (qint64 i = 0; i < customers; ++i) {
        const int kind = int(i % 20);
        const char g = kind < 3 ? 'A' : kind < 10 ? 'B' : kind < 17 ? 'C' : 0;
        const size_t owner = size_t(random.bounded(quint32(reps.size())));
        const std::string &by = logins.at(owner);
        const qint64 first = now - kDay * (420 + random.bounded(qint64(300)));
        const qint64 id = w.addCustomer(i, first, reps.at(owner));
        ++out.customers;
        if (g == 0) {
            w.setGrade(id, 0, 0);
            continue;
        }
        if (g != 'B') {
            const qint64 graded = first + kDay * random.bounded(qint64(3));
            w.addHistory(id, "", g == 'A' ? "A" : "C", by, graded);
            ++out.gradeHistory;
            w.setGrade(id, g, graded);
            if (g == 'A') {
                w.addFollowUp(random, id, now - random.bounded(20 * kDay), true, by, offset, true);
                ++out.followups;
            }
            continue;
        }
        ++out.bCustomers;
        const int group = int(b++ % 7);
        const qint64 became = group == 5 ? now - kDay - random.bounded(12 * kDay)
                                         : now - 15 * kDay - random.bounded(385 * kDay);
        qint64 graded = became;
        if (random.bounded(5) == 0) {
            w.addHistory(id, "", "C", by, became - 30 * kDay);
            w.addHistory(id, "C", "B", by, became);
            out.gradeHistory += 2;
        } else {
            w.addHistory(id, "", "B", by, became);
            ++out.gradeHistory;
        }
        if (random.bounded(10) == 0) {
            graded = std::min(now - 60, became + random.bounded(now - became));
            w.addHistory(id, "B", "B", by, graded);
            ++out.gradeHistory;
        }
        w.setGrade(id, 'B', graded);
        if (group < 5)
            ++out.stalled;
        // A record in the 14 days, progress only for group 6; an older progress record for one
        // in two.
        if (random.bounded(2) == 0 || group == 6) {
            w.addFollowUp(random, id, now - 600 - random.bounded(13 * kDay), group == 6, by, offset,
                          true);
            ++out.followups;
        }
        if (random.bounded(2) == 0) {
            w.addFollowUp(random, id, now - 15 * kDay - random.bounded(60 * kDay), true, by, offset,
                          false);
            ++out.followups;
        }
    }
    finishLoading(db);
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    return out;
}

// ---- The hand-written SQL ----

// ReviewQueries::agenda, DowngradeQueries::candidates and exemptedSince: the agenda's rows with
// whether each is flagged. Bound as the storage layer binds them.
const char *const kAgenda =
    "SELECT c.id, c.code, c.name, g.grade, ifnull(u.login, ''),"
    " (SELECT count(*) FROM followups x WHERE x.customer_id = c.id"
    "  AND x.contact_at >= ?1 AND x.contact_at < ?2),"
    " (SELECT count(*) FROM followups x WHERE x.customer_id = c.id AND x.progress = 1"
    "  AND x.contact_at >= ?1 AND x.contact_at < ?2),"
    " (SELECT count(*) FROM followups x WHERE x.customer_id = c.id AND x.risk <> ''"
    "  AND x.contact_at >= ?1 AND x.contact_at < ?2),"
    " (SELECT count(*) FROM followups x WHERE x.id = (SELECT id FROM followups y"
    "  WHERE y.customer_id = c.id AND y.contact_at < ?2 ORDER BY y.contact_at DESC,"
    "  y.id DESC LIMIT 1) AND x.next_action <> '' AND x.next_action_due < ?3)"
    " FROM customer_grades g JOIN customers c ON c.id = g.customer_id"
    " LEFT JOIN users u ON u.id = c.owner_id WHERE g.grade IN ('A', 'B')"
    " ORDER BY ifnull(u.login, ''), c.code";

// DowngradeQueries' stalled B customers at ?1 (T) with ?2 = T - 14 days: row id, when it became B.
const std::string kStalled =
    "SELECT customer_id, became FROM ("
    " SELECT g.customer_id AS customer_id,"
    "  CASE WHEN g.became_at IS NULL THEN g.graded_at WHEN g.became_at <= ?1 THEN g.became_at"
    "  ELSE ifnull((SELECT max(h.at) FROM grade_history h WHERE h.customer_id = g.customer_id"
    "   AND h.to_grade = 'B' AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', 'B') AND h.at "
    "<= ?1), g.graded_at) END AS "
    "became"
    " FROM customer_grades g LEFT JOIN customer_activity a ON a.customer_id = g.customer_id"
    " WHERE g.grade = 'B'"
    "  AND (a.last_progress_at IS NULL OR a.last_progress_at < ?2 OR (a.last_progress_at > ?1"
    "   AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.customer_id = g.customer_id"
    "   AND f.progress = 1 AND f.contact_at >= ?2 AND f.contact_at <= ?1)))"
    "  AND NOT EXISTS (SELECT 1 FROM grade_exemptions e WHERE e.customer_id = g.customer_id"
    "   AND e.at <= ?1 AND e.until > ?1)) AS b"
    " WHERE became <= ?2";

// DowngradeQueries::candidates: row id, customer id, when it became B.
const std::string kCandidates = "SELECT c.id, c.code, s.became FROM (" + kStalled +
                                ") s JOIN customers c ON c.id = s.customer_id";

const char *const kExemptedSince =
    "SELECT c.code FROM grade_exemptions e JOIN customers c ON c.id = e.customer_id"
    " WHERE e.at >= ?1 AND e.until > ?1";

struct AgendaRow
{
    qint64 rowId;
    std::string code, name, grade, owner;
    qint64 followUps, progress, risks, overdue;
    bool flagged;
};

struct AgendaCounts
{
    qint64 entries = 0, flagged = 0, followUps = 0, progress = 0, risks = 0, overdue = 0;
    bool operator==(const AgendaCounts &) const = default;
    QString text() const
    {
        return QStringLiteral("%1 entries, %2 flagged, %3/%4/%5/%6")
            .arg(entries)
            .arg(flagged)
            .arg(followUps)
            .arg(progress)
            .arg(risks)
            .arg(overdue);
    }
};

AgendaCounts rawAgenda(sqlite3 *db, qint64 lastWeek, qint64 start, const std::string &dueBefore)
{
    const std::string f = utcText(lastWeek);
    const std::string t = utcText(start);
    const std::string w = utcText(start - 14 * kDay);
    std::unordered_set<std::string> stalled;
    {
        Statement q(db, kCandidates + " ORDER BY c.code");
        q.text(1, t).text(2, w);
        while (q.next())
            stalled.insert(q.stringAt(1));
    }
    {
        Statement q(db, kExemptedSince);
        q.text(1, t);
        while (q.next())
            stalled.erase(q.stringAt(0));
    }
    std::vector<AgendaRow> rows;
    Statement q(db, kAgenda);
    q.text(1, f).text(2, t).text(3, dueBefore);
    while (q.next()) {
        std::string code = q.stringAt(1);
        const bool flagged = stalled.count(code) > 0;
        rows.push_back({q.integerAt(0), std::move(code), q.stringAt(2), q.stringAt(3),
                        q.stringAt(4), q.integerAt(5), q.integerAt(6), q.integerAt(7),
                        q.integerAt(8), flagged});
    }
    AgendaCounts counts;
    for (const AgendaRow &row : rows) {
        ++counts.entries;
        counts.flagged += row.flagged;
        counts.followUps += row.followUps;
        counts.progress += row.progress;
        counts.risks += row.risks;
        counts.overdue += row.overdue;
    }
    return counts;
}

// DowngradeQueries::apply and the service's audit row, in one transaction, with the settings
// Database::open gives its connection.
qint64 rawApply(const QString &path, qint64 asOf)
{
    sqlite3 *db = openRaw(path);
    exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA journal_mode = WAL");
    const std::string t = utcText(asOf);
    const std::string w = utcText(asOf - 14 * kDay);
    exec(db, "BEGIN IMMEDIATE");
    exec(db, "CREATE TEMP TABLE IF NOT EXISTS r13_apply (customer_id INTEGER PRIMARY KEY, code "
             "TEXT NOT NULL)");
    exec(db, "DELETE FROM r13_apply");
    {
        // The manager's team, as the service's scope condition.
        Statement fill(db, "INSERT INTO r13_apply (customer_id, code) SELECT s.customer_id, "
                           "c.code FROM (" +
                               kStalled +
                               ") s CROSS JOIN customers c ON c.id = s.customer_id WHERE "
                               "ifnull(c.owner_id, 0) IN (SELECT 0 UNION ALL SELECT id FROM users "
                               "WHERE team = ?3)");
        fill.text(1, t).text(2, w).text(3, kTeam);
        fill.run();
    }
    {
        Statement graded(db, "UPDATE customer_grades SET grade = 'C', graded_at = ?, "
                             "became_at = NULL WHERE customer_id IN (SELECT customer_id FROM "
                             "r13_apply)");
        graded.text(1, t);
        graded.run();
    }
    {
        Statement history(db, "INSERT INTO grade_history (customer_id, from_grade, to_grade, "
                              "reason, scores, actor, at) SELECT customer_id, 'B', 'C', 'R13', "
                              "'', 'manager', ? FROM r13_apply");
        history.text(1, t);
        history.run();
    }
    std::vector<std::string> codes;
    {
        Statement ids(db, "SELECT code FROM r13_apply ORDER BY code");
        while (ids.next())
            codes.push_back(ids.stringAt(0));
    }
    {
        Statement audit(db, "INSERT INTO audit_log (at, actor, entity, entity_id, field, "
                            "old_value, new_value) VALUES (?, 'manager', 'rules', 'R13', "
                            "'downgraded', ?, ?)");
        audit.text(1, t).text(2, t).text(3, std::to_string(codes.size()));
        audit.run();
    }
    exec(db, "COMMIT");
    sqlite3_close(db);
    return qint64(codes.size());
}

// A copy of the pristine database, written back to the disk before it is measured: the COMMIT's
// checkpoint syncs the file, and would otherwise also write back the copy itself (and, on the
// first run, the gigabyte the generator has just written).
bool copyDb(const QString &from, const QString &to)
{
    removeDb(to);
    const bool copied = QFile::copy(from, to);
    ::sync();
    return copied;
}

// The command itself, as a manager runs it: `salesflow-cli` (built beside this program) on a
// copy of the pristine database, timed from its start to its exit, its JSON written to a file.
// Returns the number of customers it lists as downgraded.
qint64 runApplyCommand(const QString &db, const QString &asOf, const QString &jsonFile, double *ms)
{
    QProcess command;
    command.setStandardOutputFile(jsonFile);
    command.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    command.start(QCoreApplication::applicationDirPath() + QStringLiteral("/salesflow-cli"),
                  {QStringLiteral("--db"), db, QStringLiteral("rules"), QStringLiteral("apply"),
                   QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    if (!command.waitForFinished(-1) || command.exitStatus() != QProcess::NormalExit ||
        command.exitCode() != 0)
        qFatal("salesflow-cli rules apply failed (exit code %d)", command.exitCode());
    *ms = msSince(timer);
    QFile json(jsonFile);
    if (!json.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(jsonFile));
    return QJsonDocument::fromJson(json.readAll())
        .object()
        .value(QStringLiteral("downgraded"))
        .toArray()
        .size();
}

} // namespace

QJsonObject measureReview(const QString &dir)
{
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSecs, QTimeZone::utc()).toUTC();
    const Clock clock = [now] {
        return now;
    };
    QJsonObject result;

    // ---- R12: the Monday review of a team of 50 reps ----
    const QString reviewDb = dir + QStringLiteral("/review.db");
    removeDb(reviewDb);
    QTimeZone zone;
    {
        auto workspace = openWorkspace(reviewDb, clock); // creates the schema
        zone = workspace->settings().timeZone();
    }
    const int offset = zone.offsetFromUtc(now);
    const QDate weekOf = now.toTimeZone(zone).date();
    const QDate monday = weekOf.addDays(1 - weekOf.dayOfWeek());
    const qint64 weekStart = QDateTime(monday, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 lastWeek = QDateTime(monday.addDays(-7), QTime(0, 0), zone).toSecsSinceEpoch();
    progress("generating the review team (50 reps, 30,000 customers)");
    const ReviewData review = generateReview(reviewDb, nowSecs, weekStart, offset);
    {
        auto workspace = openWorkspace(reviewDb, clock);
        if (auto signedIn = workspace->actAs(QStringLiteral("manager")); !signedIn)
            qFatal("act as manager: %s", qPrintable(signedIn.error().message));
        sqlite3 *raw = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(reviewDb).constData(), &raw, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(reviewDb));
        progress("measuring the agenda");
        QList<double> agendaMs, rawAgendaMs;
        AgendaCounts service, hand;
        for (int run = 0; run < 10; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto agenda = workspace->review().agenda(weekOf);
            agendaMs << msSince(timer);
            if (!agenda)
                qFatal("agenda: %s", qPrintable(agenda.error().message));
            service = {};
            for (const ReviewEntry &entry : agenda->entries) {
                ++service.entries;
                service.flagged += entry.downgradeCandidate;
                service.followUps += entry.followUpsLastWeek;
                service.progress += entry.progressEvents;
                service.risks += entry.openRisks;
                service.overdue += entry.overdueActions;
            }
            timer.restart();
            hand = rawAgenda(raw, lastWeek, weekStart, monday.toString(Qt::ISODate).toStdString());
            rawAgendaMs << msSince(timer);
        }
        sqlite3_close(raw);
        if (!(service == hand))
            qFatal("the agenda has %s, the hand-written SQL %s", qPrintable(service.text()),
                   qPrintable(hand.text()));
        progress("measuring compliance");
        QList<double> complianceMs;
        qint64 reps = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto compliance = workspace->review().compliance(weekOf);
            complianceMs << msSince(timer);
            if (!compliance)
                qFatal("compliance: %s", qPrintable(compliance.error().message));
            reps = compliance->size();
        }
        result.insert(QStringLiteral("review_customers"), review.customers);
        result.insert(QStringLiteral("review_grades_abc"),
                      QJsonArray{review.graded[0], review.graded[1], review.graded[2]});
        result.insert(QStringLiteral("review_followups"), review.followups);
        result.insert(QStringLiteral("review_generate_s"), rounded(review.seconds));
        result.insert(QStringLiteral("week_of"), weekOf.toString(Qt::ISODate));
        result.insert(QStringLiteral("agenda_entries"), service.entries);
        result.insert(QStringLiteral("agenda_flagged"), service.flagged);
        result.insert(QStringLiteral("agenda_p95_ms"), rounded(percentile(agendaMs, 0.95)));
        result.insert(QStringLiteral("agenda_p50_ms"), rounded(percentile(agendaMs, 0.5)));
        result.insert(QStringLiteral("raw_agenda_p95_ms"), rounded(percentile(rawAgendaMs, 0.95)));
        result.insert(QStringLiteral("compliance_reps"), reps);
        result.insert(QStringLiteral("compliance_p50_ms"), rounded(percentile(complianceMs, 0.5)));
        result.insert(QStringLiteral("compliance_max_ms"), rounded(percentile(complianceMs, 1.0)));
    }

    // ---- R13: rules apply on 1,000,000 customers ----
    const qint64 customers =
        qEnvironmentVariableIsSet("SALESFLOW_BENCH_APPLY_CUSTOMERS")
            ? qEnvironmentVariable("SALESFLOW_BENCH_APPLY_CUSTOMERS").toLongLong()
            : 1000000;
    const QString pristine = dir + QStringLiteral("/apply-pristine.db");
    const QString work = dir + QStringLiteral("/apply-run.db");
    removeDb(pristine);
    openWorkspace(pristine, clock).reset();
    std::fprintf(stderr, "bench: generating %lld customers for rules apply\n",
                 static_cast<long long>(customers));
    const ApplyData apply = generateApply(pristine, customers, nowSecs, offset);
    std::fprintf(stderr, "bench: generated in %.1f s: %lld B, %lld stalled\n", apply.seconds,
                 static_cast<long long>(apply.bCustomers), static_cast<long long>(apply.stalled));
    progress("measuring rules apply");
    QList<double> applyMs, rawApplyMs, commandMs;
    qint64 serviceCount = -1, rawCount = -1, commandCount = -1;
    // The command line takes the as-of time in the team's time zone.
    const QString asOfText =
        now.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QString commandJson = dir + QStringLiteral("/apply-command.json");
    for (int run = 0; run < 3; ++run) {
        if (!copyDb(pristine, work))
            qFatal("cannot copy %s", qPrintable(pristine));
        {
            auto workspace = openWorkspace(work, clock);
            if (auto signedIn = workspace->actAs(QStringLiteral("manager")); !signedIn)
                qFatal("act as manager: %s", qPrintable(signedIn.error().message));
            QElapsedTimer timer;
            timer.start();
            auto applied = workspace->review().applyDowngrades(now);
            applyMs << msSince(timer);
            if (!applied)
                qFatal("rules apply: %s", qPrintable(applied.error().message));
            serviceCount = applied->size();
        }
        if (!copyDb(pristine, work))
            qFatal("cannot copy %s", qPrintable(pristine));
        QElapsedTimer timer;
        timer.start();
        rawCount = rawApply(work, nowSecs);
        rawApplyMs << msSince(timer);
        if (!copyDb(pristine, work))
            qFatal("cannot copy %s", qPrintable(pristine));
        double ms = 0;
        commandCount = runApplyCommand(work, asOfText, commandJson, &ms);
        commandMs << ms;
        if (qEnvironmentVariableIsSet("SALESFLOW_BENCH_VERBOSE"))
            std::fprintf(stderr,
                         "rules apply %.1f ms, hand-written SQL %.1f ms, the command %.1f ms\n",
                         applyMs.last(), rawApplyMs.last(), commandMs.last());
    }
    removeDb(work);
    QFile::remove(commandJson);
    if (serviceCount != rawCount || serviceCount != apply.stalled || commandCount != serviceCount)
        qFatal("rules apply downgraded %lld, the hand-written SQL %lld, the command %lld, "
               "generated %lld stalled",
               static_cast<long long>(serviceCount), static_cast<long long>(rawCount),
               static_cast<long long>(commandCount), static_cast<long long>(apply.stalled));
    const double service = percentile(applyMs, 0.5);
    const double hand = percentile(rawApplyMs, 0.5);
    result.insert(QStringLiteral("apply_customers"), apply.customers);
    result.insert(QStringLiteral("apply_b_customers"), apply.bCustomers);
    result.insert(QStringLiteral("apply_followups"), apply.followups);
    result.insert(QStringLiteral("apply_grade_history"), apply.gradeHistory);
    result.insert(QStringLiteral("apply_generate_s"), rounded(apply.seconds));
    result.insert(QStringLiteral("as_of"), now.toString(Qt::ISODate));
    result.insert(QStringLiteral("downgraded"), serviceCount);
    result.insert(QStringLiteral("raw_downgraded"), rawCount);
    result.insert(QStringLiteral("rules_apply_ms"), rounded(service));
    result.insert(QStringLiteral("rules_apply_runs_ms"), runsJson(applyMs));
    result.insert(QStringLiteral("raw_apply_ms"), rounded(hand));
    result.insert(QStringLiteral("raw_apply_runs_ms"), runsJson(rawApplyMs));
    result.insert(QStringLiteral("apply_ratio"), std::round(service / hand * 100) / 100);
    result.insert(QStringLiteral("rules_apply_command_ms"), rounded(percentile(commandMs, 0.5)));
    result.insert(QStringLiteral("rules_apply_command_runs_ms"), runsJson(commandMs));
    return result;
}

} // namespace sf::bench
