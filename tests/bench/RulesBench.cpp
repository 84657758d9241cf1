// SPDX-License-Identifier: MIT
#include "bench/RulesBench.h"

#include "bench/BenchSupport.h"
#include "core/WorkCalendar.h"
#include "services/CalendarService.h"
#include "services/MyDayService.h"
#include "services/RuleCheckService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/DowngradeQueries.h"
#include "storage/RuleQueries.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace sf::bench {
namespace {

constexpr qint64 kUnixEpochJd = 2440588; // the Julian day of 1970-01-01
constexpr qint64 kDay = 86400;
constexpr qint64 kCustomersPerRep = 2000;

// ---- Dates and UTC times as SalesFlow stores them, without QDateTime in the hot loops ----

qint64 daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// 'YYYY-MM-DD' of a Julian day.
std::string dateText(qint64 jd)
{
    const Civil c = civilFromDays(jd - kUnixEpochJd);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", c.y, c.m, c.d);
    return text;
}

qint64 digits(const unsigned char *text, int count)
{
    qint64 value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (text[i] - '0');
    return value;
}

qint64 parseUtc(const unsigned char *t)
{
    return daysFromCivil(digits(t, 4), digits(t + 5, 2), digits(t + 8, 2)) * kDay +
           digits(t + 11, 2) * 3600 + digits(t + 14, 2) * 60 + digits(t + 17, 2);
}

qint64 parseDateJd(const unsigned char *t)
{
    return daysFromCivil(digits(t, 4), digits(t + 5, 2), digits(t + 8, 2)) + kUnixEpochJd;
}

// The local date (Julian day) of a UTC time, in a zone `offset` seconds east of UTC.
qint64 localJd(qint64 utcSecs, int offset)
{
    return floorDiv(utcSecs + offset, kDay) + kUnixEpochJd;
}

// 00:00 local time on a Julian day, in UTC seconds.
qint64 localMidnight(qint64 jd, int offset)
{
    return (jd - kUnixEpochJd) * kDay - offset;
}

qint64 addWorkdays(const WorkCalendar &calendar, qint64 jd, int n)
{
    return calendar.addWorkdays(QDate::fromJulianDay(jd), n).toJulianDay();
}

// ---- A statement on the raw handle ----

// ---- The data ----

struct Step
{
    const char *goal, *action, *method, *support;
};

const std::array<Step, 5> kSteps{{
    {"第1周：深挖需求", "拜访技术负责人，确认现有系统与接口需求", "visit", ""},
    {"第2周：方案演示", "线上演示核心功能，收集使用部门反馈", "online", "售前技术演示"},
    {"第3周：报价", "提交报价单与实施计划，确认预算审批流程", "phone", ""},
    {"第4周：高层沟通", "安排我方总监拜访客户分管副总", "visit", "销售总监陪同"},
    {"第5周：商务谈判", "与采购部确认合同条款与付款方式", "visit", "法务预审合同"},
}};

const std::array<const char *, 12> kRegions{"HZ", "SH", "BJ", "SZ", "GZ", "NJ",
                                            "SU", "CD", "WH", "XA", "TJ", "CQ"};
const std::array<const char *, 12> kCities{"杭州", "上海", "北京", "深圳", "广州", "南京",
                                           "苏州", "成都", "武汉", "西安", "天津", "重庆"};
const std::array<const char *, 20> kBrandChars{"华", "信", "达", "通", "恒", "泰", "宏",
                                               "远", "鼎", "盛", "新", "瑞", "安", "康",
                                               "博", "润", "中", "联", "天", "合"};
const std::array<const char *, 3> kMethods{"phone", "visit", "online"};

struct Generated
{
    qint64 customers = 0;
    qint64 followups = 0;
    qint64 planItems = 0;
    qint64 gradeHistory = 0;
    qint64 graded[4] = {0, 0, 0, 0}; // A, B, C, none
    int reps = 0;
    std::string repLogin; // the rep whose day is measured
    qint64 repCustomers = 0;
    double seconds = 0;
};

// Fills the database (SalesFlow's schema, no customers yet) in one transaction. Contacts and the
// search indexes are left out: neither `rules check` nor My day reads them.
Generated generate(const QString &path, qint64 count, qint64 followups, qint64 now,
                   const WorkCalendar &calendar, int offset)
{
    Generated out;
    sqlite3 *db = openRaw(path);
    // Loading speed only: the measurements open the file with SalesFlow's settings (WAL).
    exec(db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; "
             "PRAGMA cache_size = -524288");
    QRandomGenerator random(2024);
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN IMMEDIATE");

    // A manager and one rep per 2,000 customers, 2 in 5 of them senior.
    const std::string createdAt = utcText(now);
    Statement user(db, "INSERT INTO users (login, name, role, senior, team, created_at) "
                       "VALUES (?, ?, ?, ?, '华东一组', ?)");
    user.text(1, "manager").text(2, "王静").text(3, "manager").integer(4, 1).text(5, createdAt);
    user.run();
    const int reps = int(std::max<qint64>(2, (count + kCustomersPerRep - 1) / kCustomersPerRep));
    std::vector<qint64> repIds;
    std::vector<std::string> repLogins;
    std::vector<int> seniors;
    std::vector<int> juniors;
    for (int r = 0; r < reps; ++r) {
        char login[32];
        std::snprintf(login, sizeof login, "rep%04d", r + 1);
        const bool senior = r % 5 < 2;
        user.text(1, login)
            .text(2, std::string("销售") + login)
            .text(3, "rep")
            .integer(4, senior)
            .text(5, createdAt);
        user.run();
        repIds.push_back(sqlite3_last_insert_rowid(db));
        repLogins.emplace_back(login);
        if (r > 0)
            (senior ? seniors : juniors).push_back(r);
    }
    if (juniors.empty())
        juniors = seniors;
    out.reps = reps;
    out.repLogin = repLogins.front();

    // Grades first (A 15 %, B 35 %, C 35 %, not graded 15 %, as the demo data), then follow-up
    // counts weighted by grade (A customers are contacted most) that add up to `followups`.
    std::vector<char> grades(static_cast<size_t>(count));
    std::vector<double> weights(static_cast<size_t>(count));
    double totalWeight = 0;
    for (qint64 i = 0; i < count; ++i) {
        const int roll = int(random.bounded(100));
        const char grade = roll < 15 ? 'A' : roll < 50 ? 'B' : roll < 85 ? 'C' : 0;
        const double base = grade == 'A' ? 1.8 : grade == 'B' ? 1.0 : grade == 'C' ? 0.7 : 0.6;
        grades[size_t(i)] = grade;
        weights[size_t(i)] = base * (0.5 + random.generateDouble());
        totalWeight += weights[size_t(i)];
    }

    Statement customer(
        db, "INSERT INTO customers (code, name, name_key, industry, company_size, needs, source, "
            "first_contact_at, entered_at, late_entry, region, status, owner_id, tags, version, "
            "updated_at) VALUES (?1, ?2, ?2, '软件与信息技术', '50-199人', "
            "'需要CRM系统，预算20-50万，6个月内上线', 'exhibition', ?3, ?4, ?5, ?6, ?7, ?8, '', "
            "1, ?4)");
    Statement grade(db, "INSERT INTO customer_grades (customer_id, grade, graded_at, "
                        "score_industry, score_budget, score_decision, score_urgency) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement history(db, "INSERT INTO grade_history (customer_id, from_grade, to_grade, reason, "
                          "scores, actor, at) VALUES (?, ?, ?, '评分定级', '4,4,4,4', ?, ?)");
    Statement followup(
        db, "INSERT INTO followups (customer_id, contact_at, recorded_at, late, method, "
            "counterpart, content, feedback, next_action, next_action_due, risk, progress, "
            "recorded_by) VALUES (?, ?, ?, ?, ?, '张经理 技术总监', ?, ?, ?, ?, ?, ?, ?)");
    Statement plan(
        db, "INSERT INTO plan_items (customer_id, goal, action, counterpart, method, start_date, "
            "due_date, support_needed, support_requested_on, support_late, status, progress, "
            "created_at, created_by, updated_at) "
            "VALUES (?, ?, ?, '张经理 技术总监', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?12)");

    const qint64 todayJd = localJd(now, offset);
    const qint64 span = 720 * kDay; // first contacts over the last two years, in id order
    QHash<qint64, int> serials;     // (region, year) → last serial (R1)
    double cumulative = 0;
    qint64 followupsSoFar = 0;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 first = now - span + span * i / count - random.bounded(qint64(36000));
        // Most leads are entered the same or the next day; some late (R2).
        qint64 entered = first + (random.bounded(10) < 8 ? random.bounded(kDay)
                                                         : kDay * (2 + random.bounded(qint64(5))));
        entered = std::min(entered, now);
        const qint64 deadline = addWorkdays(calendar, localJd(first, offset), 1);
        const bool late = entered >= localMidnight(deadline + 1, offset);
        const int region = int(random.bounded(12));
        const int year = civilFromDays(floorDiv(entered + offset, kDay)).y;
        const int serial = ++serials[qint64(region) * 10000 + year];
        char code[48];
        std::snprintf(code, sizeof code, "%s%04d%03d", kRegions.at(size_t(region)), year, serial);
        const std::string name =
            std::string(kCities.at(size_t(region))) + kBrandChars.at(size_t(i % 20)) +
            kBrandChars.at(size_t(i / 20 % 20)) + kBrandChars.at(size_t(i / 400 % 20)) + "科技" +
            std::to_string(i / 8000) + "有限公司";
        const char g = grades[size_t(i)];
        // The measured rep owns every n-th customer; A customers are with senior reps (a few
        // with juniors: R6), a few new leads with nobody.
        int owner = -1;
        if (i % reps == 0)
            owner = 0;
        else if (g == 'A')
            owner = random.bounded(20) == 0 ? juniors.at(random.bounded(quint32(juniors.size())))
                                            : seniors.at(random.bounded(quint32(seniors.size())));
        else if (g != 0 || random.bounded(10) != 0)
            owner = 1 + int(random.bounded(reps - 1));
        if (owner == 0)
            ++out.repCustomers;
        const std::string ownerLogin = owner >= 0 ? repLogins.at(size_t(owner)) : "admin";
        customer.text(1, code)
            .text(2, name)
            .text(3, utcText(first))
            .text(4, utcText(entered))
            .integer(5, late)
            .text(6, kRegions.at(size_t(region)))
            .text(7, g == 'A' && random.bounded(3) == 0 ? "opportunity" : "lead");
        if (owner >= 0)
            customer.integer(8, repIds.at(size_t(owner)));
        else
            customer.null(8);
        customer.run();
        const qint64 id = sqlite3_last_insert_rowid(db);
        ++out.customers;

        // Graded within two days of entry; one A customer in ten was B first.
        qint64 graded = 0;
        qint64 becameA = 0;
        if (g != 0) {
            graded = std::min(now, entered + kDay * random.bounded(qint64(3)));
            const std::string by = ownerLogin;
            if (g == 'A' && random.bounded(10) == 0) {
                history.integer(1, id).text(2, "").text(3, "B").text(4, by).text(5,
                                                                                 utcText(graded));
                history.run();
                const qint64 upgraded =
                    std::min(now, graded + kDay * (5 + random.bounded(qint64(56))));
                history.integer(1, id).text(2, "B").text(3, "A").text(4, by).text(
                    5, utcText(upgraded));
                history.run();
                out.gradeHistory += 2;
                graded = becameA = upgraded;
            } else {
                history.integer(1, id)
                    .text(2, "")
                    .text(3, std::string(1, g))
                    .text(4, by)
                    .text(5, utcText(graded));
                history.run();
                ++out.gradeHistory;
                becameA = graded;
                // Rescored later without changing grade: the grade's time moves, the time it
                // became A does not (R6, R8).
                if (g == 'A' && random.bounded(10) == 0) {
                    const qint64 rescored =
                        std::min(now, graded + kDay * (10 + random.bounded(qint64(90))));
                    history.integer(1, id).text(2, "A").text(3, "A").text(4, by).text(
                        5, utcText(rescored));
                    history.run();
                    ++out.gradeHistory;
                    graded = rescored;
                }
            }
            grade.integer(1, id).text(2, std::string(1, g)).text(3, utcText(graded));
            for (int s = 4; s <= 7; ++s)
                grade.integer(s, g == 'A' ? 4 : g == 'B' ? 3 : 2);
        } else {
            grade.integer(1, id).text(2, "").null(3);
            for (int s = 4; s <= 7; ++s)
                grade.null(s);
        }
        grade.run();
        ++out.graded[g == 'A' ? 0 : g == 'B' ? 1 : g == 'C' ? 2 : 3];

        // Follow-ups over the last weeks (A: 4, B and new leads: 6, C: 14), not before the
        // first contact; most recorded within the hour, one in ten the next morning (R11).
        cumulative += weights[size_t(i)];
        const qint64 upTo =
            i + 1 == count ? followups : std::llround(cumulative / totalWeight * double(followups));
        const qint64 records = upTo - followupsSoFar;
        followupsSoFar = upTo;
        const qint64 window = (g == 'A' ? 28 : g == 'C' ? 100 : 42) * kDay;
        const qint64 from = std::max(first, now - window);
        const qint64 to = now - 600;
        for (qint64 k = 0; k < records; ++k) {
            const qint64 contact = from < to ? from + random.bounded(to - from) : to;
            qint64 recorded =
                contact + (random.bounded(10) == 0 ? 60 * (600 + random.bounded(qint64(600)))
                                                   : 60 * (10 + random.bounded(qint64(80))));
            recorded = std::min(recorded, now);
            const Talk &talk = kTalks.at(random.bounded(quint32(kTalks.size())));
            followup.integer(1, id)
                .text(2, utcText(contact))
                .text(3, utcText(recorded))
                .integer(4, recorded - contact > 7200)
                .text(5, kMethods.at(random.bounded(3)))
                .text(6, talk.content)
                .text(7, talk.feedback);
            if (random.bounded(10) < 7)
                followup.text(8, talk.next)
                    .text(9, dateText(localJd(contact, offset) + 2 + random.bounded(qint64(10))));
            else
                followup.text(8, "").null(9);
            followup.text(10, talk.risk).integer(11, random.bounded(3) == 0).text(12, ownerLogin);
            followup.run();
            ++out.followups;
        }

        // Most A customers have a plan of 3–5 steps from a few working days after becoming A,
        // made the day after (one in eight a week later: R8).
        if (g == 'A' && random.bounded(100) < 92) {
            qint64 start =
                addWorkdays(calendar, localJd(becameA, offset), 1 + int(random.bounded(3)));
            const int steps = 3 + int(random.bounded(3));
            const std::string created =
                utcText(std::min(now, becameA + kDay * (random.bounded(8) == 0 ? 6 : 1) +
                                          random.bounded(qint64(3600))));
            for (int s = 0; s < steps; ++s) {
                const Step &step = kSteps.at(size_t(s));
                const qint64 due = addWorkdays(calendar, start, 1 + int(random.bounded(3)));
                plan.integer(1, id)
                    .text(2, step.goal)
                    .text(3, step.action)
                    .text(4, step.method)
                    .text(5, dateText(start))
                    .text(6, dateText(due))
                    .text(7, step.support);
                if (*step.support) {
                    const qint64 requested = start - 1 - random.bounded(qint64(6));
                    plan.text(8, dateText(requested))
                        .integer(9, addWorkdays(calendar, requested, 2) > start);
                } else {
                    plan.null(8).integer(9, 0);
                }
                const char *status = "planned";
                int done = 0;
                if (due < todayJd) {
                    const bool open = random.bounded(4) == 0;
                    status = open ? "in_progress" : "done";
                    done = open ? 70 : 100;
                } else if (start <= todayJd) {
                    status = "in_progress";
                    done = 40;
                }
                plan.text(10, status).integer(11, done).text(12, created).text(13, ownerLogin);
                plan.run();
                ++out.planItems;
                start = addWorkdays(calendar, due, 1);
            }
        }
    }
    exec(db, "COMMIT");
    exec(db, "PRAGMA journal_mode = WAL");
    sqlite3_close(db);
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    return out;
}

// ---- The hand-written SQL: the storage layer's statements, run on the raw handle ----

const char *const kLateEntries =
    "SELECT code, first_contact_at, entered_at FROM customers WHERE entered_at >= ? AND "
    "entered_at < ? AND late_entry = 1 ORDER BY code";
const char *const kACustomerWeeks =
    "SELECT code, login, senior, records, ifnull(a.became, ifnull(a.graded, a.entered)) FROM "
    "(SELECT c.code AS code, ifnull(u.login, '') AS login, ifnull(u.senior, 0) AS senior, "
    "(SELECT count(*) FROM followups f WHERE f.customer_id = c.id AND f.contact_at >= ? AND "
    "f.contact_at < ?) AS records, g.became_at AS became, g.graded_at AS graded, c.entered_at AS "
    "entered FROM customer_grades g JOIN customers c ON c.id = g.customer_id LEFT JOIN users u ON "
    "u.id = c.owner_id WHERE g.grade = 'A') AS a WHERE a.records < 2 OR a.senior = 0 ORDER BY "
    "a.code";
// ?1 = T, ?2 = T minus the maintenance interval.
const char *const kStaleCCustomers =
    "SELECT code, last FROM (SELECT c.code AS code, CASE WHEN a.last_contact_at IS NULL THEN "
    "c.first_contact_at WHEN a.last_contact_at <= ?1 THEN a.last_contact_at ELSE ifnull((SELECT "
    "max(f.contact_at) FROM followups f WHERE f.customer_id = c.id AND f.contact_at <= ?1), "
    "c.first_contact_at) END AS last FROM customer_grades g LEFT JOIN customer_activity a ON "
    "a.customer_id = g.customer_id JOIN customers c ON c.id = g.customer_id WHERE g.grade = 'C' "
    "AND (a.last_contact_at IS NULL OR a.last_contact_at < ?2 OR a.last_contact_at > ?1) AND "
    "c.first_contact_at <= ?1) AS s WHERE last < ?2 ORDER BY code";
const char *const kACustomerPlans =
    "SELECT c.code, c.first_contact_at, ifnull(g.became_at, ifnull(g.graded_at, c.entered_at)), "
    "(SELECT min(p.created_at) FROM plan_items p WHERE p.customer_id = c.id) FROM customer_grades "
    "g JOIN customers c ON c.id = g.customer_id WHERE g.grade = 'A' ORDER BY c.code";
const char *const kSupportRequests =
    "SELECT c.code, p.action, p.support_requested_on, p.start_date FROM plan_items p JOIN "
    "customers c ON c.id = p.customer_id WHERE p.support_requested_on >= ? AND "
    "p.support_requested_on <= ? ORDER BY c.code, p.id";
const char *const kLateRecords =
    "SELECT c.code, f.contact_at, f.recorded_at FROM followups f JOIN customers c ON c.id = "
    "f.customer_id WHERE f.recorded_at >= ? AND f.recorded_at < ? AND f.late = 1 ORDER BY "
    "c.code, f.recorded_at";

// DowngradeQueries::candidates (R13): ?1 = T, ?2 = T minus 14 days.
const char *const kDowngradeCandidates =
    "SELECT c.id, c.code, s.became FROM (SELECT customer_id, became FROM (SELECT g.customer_id AS "
    "customer_id, CASE WHEN g.became_at IS NULL THEN g.graded_at WHEN g.became_at <= ?1 THEN "
    "g.became_at ELSE ifnull((SELECT max(h.at) FROM grade_history h WHERE h.customer_id = "
    "g.customer_id AND h.to_grade = 'B' AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', "
    "'B') AND h.at <= ?1), "
    "g.graded_at) END "
    "AS became FROM customer_grades g LEFT JOIN customer_activity a ON a.customer_id = "
    "g.customer_id WHERE g.grade = 'B' AND (a.last_progress_at IS NULL OR a.last_progress_at < ?2 "
    "OR (a.last_progress_at > ?1 AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.customer_id = "
    "g.customer_id AND f.progress = 1 AND f.contact_at >= ?2 AND f.contact_at <= ?1))) AND NOT "
    "EXISTS (SELECT 1 FROM grade_exemptions e WHERE e.customer_id = g.customer_id AND e.at <= ?1 "
    "AND e.until > ?1)) AS b WHERE became <= ?2) s JOIN customers c ON c.id = s.customer_id "
    "ORDER BY c.code";

using Counts = std::map<QString, qint64>;

// Reads every column the service reads, applies the same calendar rules and counts the findings.
using Times = std::map<QString, double>;

Counts rawRulesCheck(sqlite3 *db, qint64 asOf, const WorkCalendar &calendar, int offset,
                     int maintenanceDays, Times *times = nullptr)
{
    Counts counts;
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&](const char *rule) {
        if (times)
            (*times)[QLatin1String(rule)] = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
    };
    const qint64 since = asOf - 7 * kDay;
    const std::string asOfText = utcText(asOf);
    const std::string sinceText = utcText(since);
    const auto touch = [](Statement &q, int columns) {
        for (int c = 0; c < columns; ++c)
            q.textAt(c);
    };
    {
        Statement q(db, kLateEntries);
        q.text(1, sinceText).text(2, asOfText);
        while (q.next()) {
            touch(q, 3);
            ++counts[QStringLiteral("R2")];
        }
    }
    lap("R2");
    {
        const qint64 today = localJd(asOf, offset);
        const qint64 monday = today + 1 - QDate::fromJulianDay(today).dayOfWeek();
        const std::string weekEnd = utcText(localMidnight(monday, offset));
        Statement q(db, kACustomerWeeks);
        q.text(1, utcText(localMidnight(monday - 7, offset))).text(2, weekEnd);
        while (q.next()) {
            touch(q, 2);
            const bool senior = q.integerAt(2) != 0;
            const qint64 records = q.integerAt(3);
            const char *becameA = reinterpret_cast<const char *>(q.textAt(4));
            if (records < 2 && std::strcmp(becameA, weekEnd.c_str()) < 0)
                ++counts[QStringLiteral("R6")];
            if (!senior)
                ++counts[QStringLiteral("R6")];
        }
    }
    lap("R6");
    {
        Statement q(db, kStaleCCustomers);
        q.text(1, asOfText).text(2, utcText(asOf - maintenanceDays * kDay));
        while (q.next()) {
            touch(q, 2);
            ++counts[QStringLiteral("R7")];
        }
    }
    lap("R7");
    {
        std::unordered_map<qint64, qint64> passedByStart; // the plan deadline's next second
        Statement q(db, kACustomerPlans);
        while (q.next()) {
            q.textAt(0);
            const qint64 start = std::max(localJd(parseUtc(q.textAt(1)), offset),
                                          localJd(parseUtc(q.textAt(2)), offset));
            auto it = passedByStart.find(start);
            if (it == passedByStart.end())
                it = passedByStart
                         .emplace(start, localMidnight(addWorkdays(calendar, start, 3) + 1, offset))
                         .first;
            const qint64 passed = it->second;
            if (asOf < passed)
                continue;
            if (!q.isNull(3) && parseUtc(q.textAt(3)) < passed)
                continue;
            ++counts[QStringLiteral("R8")];
        }
    }
    lap("R8");
    {
        Statement q(db, kSupportRequests);
        q.text(1, dateText(localJd(since, offset))).text(2, dateText(localJd(asOf, offset)));
        while (q.next()) {
            touch(q, 2);
            const qint64 requested = parseDateJd(q.textAt(2));
            const qint64 start = parseDateJd(q.textAt(3));
            const qint64 requestedAt = localMidnight(requested, offset);
            if (requestedAt < since || requestedAt >= asOf ||
                addWorkdays(calendar, requested, 2) <= start)
                continue;
            ++counts[QStringLiteral("R10")];
        }
    }
    lap("R10");
    {
        Statement q(db, kLateRecords);
        q.text(1, sinceText).text(2, asOfText);
        while (q.next()) {
            touch(q, 3);
            ++counts[QStringLiteral("R11")];
        }
    }
    lap("R11");
    {
        const std::string window = utcText(asOf - 14 * kDay);
        Statement q(db, kDowngradeCandidates);
        q.text(1, asOfText).text(2, window);
        while (q.next()) {
            touch(q, 3);
            ++counts[QStringLiteral("R13")];
        }
    }
    lap("R13");
    return counts;
}

// The storage layer alone (RuleQueries and DowngradeQueries, on a connection of its own), rule by
// rule, with the arguments RuleCheckService passes: where the service's time goes.
Times storageTimes(const QString &path, const QDateTime &asOf, const QTimeZone &tz, int interval)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s", qPrintable(path));
    const RuleQueries queries(**db);
    const QDateTime since = asOf.addDays(-7);
    const QDate day = asOf.toTimeZone(tz).date();
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    Times times;
    QElapsedTimer timer;
    const auto time = [&](const char *rule, auto &&query) {
        timer.start();
        if (!query())
            qFatal("%s failed", rule);
        times[QLatin1String(rule)] = double(timer.nsecsElapsed()) / 1e6;
    };
    time("R2", [&] { return queries.lateEntries(since, asOf).ok(); });
    time("R6", [&] {
        return queries
            .aCustomerWeeks(QDateTime(monday.addDays(-7), QTime(0, 0), tz).toUTC(),
                            QDateTime(monday, QTime(0, 0), tz).toUTC())
            .ok();
    });
    time("R7", [&] { return queries.staleCCustomers(asOf, asOf.addDays(-interval)).ok(); });
    time("R8", [&] { return queries.aCustomerPlans().ok(); });
    time("R10", [&] { return queries.supportRequests(since.toTimeZone(tz).date(), day).ok(); });
    time("R11", [&] { return queries.lateRecords(since, asOf).ok(); });
    time("R13", [&] { return DowngradeQueries(**db).candidates(asOf).ok(); });
    return times;
}

QJsonObject timesJson(const Times &times)
{
    QJsonObject object;
    for (const auto &[rule, ms] : times)
        object.insert(rule, rounded(ms));
    return object;
}

// MyDayQueries' statements for one owner.
const std::string kOwned =
    "ifnull(c.owner_id, 0) = ifnull((SELECT id FROM users WHERE login = ?), -1)";

struct RawDay
{
    qint64 entries = 0;
    QList<qint64> byKind; // in MyDayEntry::Kind order
};

RawDay rawMyDay(sqlite3 *db, const std::string &owner, qint64 now, int offset, int interval)
{
    RawDay day;
    const qint64 todayJd = localJd(now, offset);
    const std::string today = dateText(todayJd);
    const qint64 monday = todayJd + 1 - QDate::fromJulianDay(todayJd).dayOfWeek();
    const auto count = [&](Statement &q, bool shortOfTwo) {
        qint64 n = 0;
        while (q.next()) {
            for (int c = 0; c < 7; ++c)
                q.textAt(c);
            if (!shortOfTwo || q.integerAt(5) < 2)
                ++n;
        }
        day.entries += n;
        day.byKind << n;
    };
    {
        Statement q(db, "SELECT c.code, c.name, f.next_action, f.next_action_due, f.contact_at, "
                        "0, NULL FROM customers c JOIN followups f ON f.id = (SELECT id FROM "
                        "followups WHERE customer_id = c.id ORDER BY contact_at DESC, id DESC "
                        "LIMIT 1) WHERE " +
                            kOwned +
                            " AND f.next_action <> '' AND f.next_action_due <= ? ORDER BY "
                            "f.next_action_due, c.code");
        q.text(1, owner).text(2, today);
        count(q, false);
    }
    {
        Statement q(db, "SELECT c.code, c.name, p.action, p.due_date, NULL, p.progress, NULL "
                        "FROM customers c JOIN plan_items p ON p.customer_id = c.id WHERE " +
                            kOwned +
                            " AND p.status IN ('planned', 'in_progress') AND p.due_date <= ? "
                            "ORDER BY p.due_date, c.code");
        q.text(1, owner).text(2, today);
        count(q, false);
    }
    {
        // No record since 00:00 local time on the item's start date.
        Statement q(db, "SELECT c.code, c.name, p.action, p.due_date, (SELECT max(f.contact_at) "
                        "FROM followups f WHERE f.customer_id = c.id), p.start_date FROM "
                        "customers c JOIN plan_items p ON p.customer_id = c.id WHERE " +
                            kOwned +
                            " AND p.status IN ('planned', 'in_progress') AND p.start_date <= ? "
                            "AND p.due_date >= ? ORDER BY p.start_date, c.code");
        q.text(1, owner).text(2, today).text(3, today);
        qint64 n = 0;
        while (q.next()) {
            for (int c = 0; c < 4; ++c)
                q.textAt(c);
            if (!q.isNull(4) &&
                parseUtc(q.textAt(4)) >= localMidnight(parseDateJd(q.textAt(5)), offset))
                continue;
            ++n;
        }
        day.entries += n;
        day.byKind << n;
    }
    {
        Statement q(db, "SELECT c.code, c.name, '', NULL, NULL, (SELECT count(*) FROM followups "
                        "f WHERE f.customer_id = c.id AND f.contact_at >= ?), NULL FROM "
                        "customers c CROSS JOIN customer_grades g ON g.customer_id = c.id WHERE "
                        "g.grade = 'A' AND " +
                            kOwned + " ORDER BY c.code");
        q.text(1, utcText(localMidnight(monday, offset))).text(2, owner);
        count(q, true);
    }
    {
        Statement q(db, "SELECT code, name, '', NULL, last, 0, NULL FROM (SELECT c.code AS "
                        "code, c.name AS name, ifnull((SELECT max(contact_at) FROM followups f "
                        "WHERE f.customer_id = c.id), c.first_contact_at) AS last FROM customers "
                        "c JOIN customer_grades g ON g.customer_id = c.id WHERE g.grade = 'C' "
                        "AND " +
                            kOwned + ") WHERE last < ? ORDER BY last, code");
        q.text(1, owner).text(2, utcText(now - interval * kDay));
        count(q, false);
    }
    {
        Statement q(db, "SELECT c.code, c.name, '', NULL, c.first_contact_at, 0, "
                        "ifnull(g.became_at, g.graded_at) FROM customers c JOIN customer_grades "
                        "g ON g.customer_id = c.id WHERE g.grade = 'A' AND " +
                            kOwned +
                            " AND NOT EXISTS (SELECT 1 FROM plan_items p WHERE p.customer_id = "
                            "c.id) ORDER BY c.code");
        q.text(1, owner);
        count(q, false);
    }
    return day;
}

QJsonObject countsJson(const Counts &counts)
{
    QJsonObject object;
    for (const auto &[rule, n] : counts)
        object.insert(rule, n);
    return object;
}

} // namespace

QJsonObject measureRules(const QString &dbPath, qint64 customers, qint64 followups, bool reuse)
{
    // What was generated, kept beside the database so that --reuse can measure it again.
    const QString factsPath = dbPath + QStringLiteral(".json");
    QJsonObject facts;
    if (reuse && QFile::exists(dbPath)) {
        QFile file(factsPath);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("--reuse needs %s", qPrintable(factsPath));
        facts = QJsonDocument::fromJson(file.readAll()).object();
    } else {
        reuse = false;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
    }
    // One fixed "now" for the data, the services and the baselines.
    const qint64 nowSecs = reuse ? qint64(facts.value(QStringLiteral("now")).toDouble())
                                 : QDateTime::currentSecsSinceEpoch();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSecs, QTimeZone::utc()).toUTC();
    const Clock clock = [now] {
        return now;
    };
    WorkCalendar calendar;
    QTimeZone zone;
    int interval = 0;
    {
        auto workspace = openWorkspace(dbPath, clock); // creates the schema
        auto loaded = workspace->calendar().workCalendar();
        if (!loaded)
            qFatal("calendar: %s", qPrintable(loaded.error().message));
        calendar = *loaded;
        zone = workspace->settings().timeZone();
        interval = workspace->settings().maintenanceDays();
    }
    // The baselines turn UTC into local dates with one offset: it must hold over the data.
    const int offset = zone.offsetFromUtc(now);
    for (int days = -800; days <= 60; ++days) {
        if (zone.offsetFromUtc(now.addDays(days)) != offset)
            qFatal("the baselines assume a time zone without daylight saving time");
    }

    Generated data;
    if (reuse) {
        data.customers = qint64(facts.value(QStringLiteral("customers")).toDouble());
        data.followups = qint64(facts.value(QStringLiteral("followups")).toDouble());
        data.planItems = qint64(facts.value(QStringLiteral("plan_items")).toDouble());
        data.gradeHistory = qint64(facts.value(QStringLiteral("grade_history")).toDouble());
        const QJsonArray graded = facts.value(QStringLiteral("grades_abc_none")).toArray();
        for (int g = 0; g < 4; ++g)
            data.graded[g] = qint64(graded.at(g).toDouble());
        data.reps = facts.value(QStringLiteral("reps")).toInt();
        data.repLogin = facts.value(QStringLiteral("rep")).toString().toStdString();
        data.repCustomers = qint64(facts.value(QStringLiteral("rep_customers")).toDouble());
        data.seconds = facts.value(QStringLiteral("generate_s")).toDouble();
        progress("reusing the generated database");
    } else {
        std::fprintf(stderr, "bench: generating %lld customers and %lld follow-ups\n",
                     static_cast<long long>(customers), static_cast<long long>(followups));
        data = generate(dbPath, customers, followups, nowSecs, calendar, offset);
        std::fprintf(stderr,
                     "bench: generated in %.1f s: %lld plan items, %lld grade changes, %d reps\n",
                     data.seconds, static_cast<long long>(data.planItems),
                     static_cast<long long>(data.gradeHistory), data.reps);
        facts = {{QStringLiteral("now"), double(nowSecs)},
                 {QStringLiteral("customers"), data.customers},
                 {QStringLiteral("followups"), data.followups},
                 {QStringLiteral("plan_items"), data.planItems},
                 {QStringLiteral("grade_history"), data.gradeHistory},
                 {QStringLiteral("grades_abc_none"),
                  QJsonArray{data.graded[0], data.graded[1], data.graded[2], data.graded[3]}},
                 {QStringLiteral("reps"), data.reps},
                 {QStringLiteral("rep"), QString::fromStdString(data.repLogin)},
                 {QStringLiteral("rep_customers"), data.repCustomers},
                 {QStringLiteral("generate_s"), data.seconds}};
        QFile file(factsPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(facts).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(factsPath));
    }

    auto workspace = openWorkspace(dbPath, clock);
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &raw, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(dbPath));

    // rules check, service and hand-written SQL in turn, three times each.
    progress("measuring rules check");
    QList<double> checkMs;
    QList<double> rawCheckMs;
    Counts serviceCounts;
    Counts rawCounts;
    qint64 findings = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto report = workspace->rules().check(now);
        checkMs << msSince(timer);
        if (!report)
            qFatal("rules check: %s", qPrintable(report.error().message));
        serviceCounts.clear();
        for (const RuleFinding &finding : report->findings)
            ++serviceCounts[finding.rule];
        findings = report->findings.size();
        timer.restart();
        rawCounts = rawRulesCheck(raw, nowSecs, calendar, offset, interval);
        rawCheckMs << msSince(timer);
        if (qEnvironmentVariableIsSet("SALESFLOW_BENCH_VERBOSE"))
            std::fprintf(stderr, "rules check %.1f ms, hand-written SQL %.1f ms\n", checkMs.last(),
                         rawCheckMs.last());
    }
    if (serviceCounts != rawCounts)
        qFatal("rules check and the hand-written SQL disagree: %s against %s",
               QJsonDocument(countsJson(serviceCounts)).toJson(QJsonDocument::Compact).constData(),
               QJsonDocument(countsJson(rawCounts)).toJson(QJsonDocument::Compact).constData());

    // Where the time goes, rule by rule: the storage layer alone and the hand-written SQL.
    const Times queryTimes = storageTimes(dbPath, now, zone, interval);
    Times rawTimes;
    rawRulesCheck(raw, nowSecs, calendar, offset, interval, &rawTimes);

    // My day of the rep who owns every n-th customer, signed in as that rep.
    progress("measuring My day");
    const QString rep = QString::fromStdString(data.repLogin);
    if (auto signedIn = workspace->actAs(rep); !signedIn)
        qFatal("act as %s: %s", qPrintable(rep), qPrintable(signedIn.error().message));
    QList<double> dayMs;
    QList<double> rawDayMs;
    qint64 entries = 0;
    RawDay rawDay;
    QList<qint64> byKind;
    for (int run = 0; run < 20; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto day = workspace->myDay().day();
        dayMs << msSince(timer);
        if (!day)
            qFatal("My day: %s", qPrintable(day.error().message));
        entries = day->entries.size();
        byKind.clear();
        using Kind = MyDayEntry::Kind;
        for (Kind kind : {Kind::NextAction, Kind::PlanItem, Kind::RecordToWrite, Kind::ShortOfTwo,
                          Kind::Maintenance, Kind::PlanDue})
            byKind << day->count(kind);
        timer.restart();
        rawDay = rawMyDay(raw, data.repLogin, nowSecs, offset, interval);
        rawDayMs << msSince(timer);
    }
    const auto kinds = [](const QList<qint64> &counts) {
        QStringList texts;
        for (qint64 n : counts)
            texts << QString::number(n);
        return texts.join(u' ');
    };
    if (entries != rawDay.entries || byKind != rawDay.byKind)
        qFatal("My day has %lld entries (%s), the hand-written SQL %lld (%s)",
               static_cast<long long>(entries), qPrintable(kinds(byKind)),
               static_cast<long long>(rawDay.entries), qPrintable(kinds(rawDay.byKind)));
    sqlite3_close(raw);

    const double check = percentile(checkMs, 0.5);
    const double rawCheck = percentile(rawCheckMs, 0.5);
    QJsonArray checkRuns;
    QJsonArray rawCheckRuns;
    for (int run = 0; run < checkMs.size(); ++run) {
        checkRuns.append(rounded(checkMs.at(run)));
        rawCheckRuns.append(rounded(rawCheckMs.at(run)));
    }
    return {
        {QStringLiteral("reused"), reuse},
        {QStringLiteral("customers"), data.customers},
        {QStringLiteral("followups"), data.followups},
        {QStringLiteral("plan_items"), data.planItems},
        {QStringLiteral("grades_abc_none"),
         QJsonArray{data.graded[0], data.graded[1], data.graded[2], data.graded[3]}},
        {QStringLiteral("generate_s"), rounded(data.seconds)},
        {QStringLiteral("as_of"), now.toString(Qt::ISODate)},
        {QStringLiteral("rules_check_ms"), rounded(check)},
        {QStringLiteral("rules_check_runs_ms"), checkRuns},
        {QStringLiteral("raw_rules_ms"), rounded(rawCheck)},
        {QStringLiteral("raw_rules_runs_ms"), rawCheckRuns},
        {QStringLiteral("rules_ratio"), std::round(check / rawCheck * 100) / 100},
        {QStringLiteral("rule_queries_ms"), timesJson(queryTimes)},
        {QStringLiteral("raw_rule_ms"), timesJson(rawTimes)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("findings_by_rule"), countsJson(serviceCounts)},
        {QStringLiteral("my_day_rep_customers"), data.repCustomers},
        {QStringLiteral("my_day_entries"), entries},
        {QStringLiteral("my_day_by_kind"), kinds(byKind)},
        {QStringLiteral("my_day_p95_ms"), rounded(percentile(dayMs, 0.95))},
        {QStringLiteral("my_day_max_ms"), rounded(percentile(dayMs, 1.0))},
        {QStringLiteral("raw_my_day_p95_ms"), rounded(percentile(rawDayMs, 0.95))},
    };
}

} // namespace sf::bench
