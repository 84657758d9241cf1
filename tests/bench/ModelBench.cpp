// SPDX-License-Identifier: MIT
#include "bench/ModelBench.h"

#include "bench/BenchSupport.h"
#include "services/UserService.h"
#include "ui/CustomerTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace sf::bench {
namespace {

constexpr int kTimeoutMs = 60000;

// Runs the event loop until `done` or the timeout; returns the elapsed milliseconds.
template<typename Predicate>
double waitFor(const QElapsedTimer &timer, Predicate done)
{
    while (!done()) {
        if (timer.elapsed() > kTimeoutMs)
            qFatal("benchmark step timed out");
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Asks for `row` and waits until its page is there.
double fetchRow(ui::CustomerTableModel &model, int row)
{
    QElapsedTimer timer;
    timer.start();
    model.data(model.index(row, 0));
    return waitFor(timer, [&] { return model.rowAt(row) != nullptr; });
}

} // namespace

QStringList searchKeystrokes()
{
    // A company, a contact, a phone, needs, one- and two-character Chinese words.
    QStringList keystrokes;
    for (const QString &query :
         {QStringLiteral("杭州华信"), QStringLiteral("张伟"), QStringLiteral("13712"),
          QStringLiteral("数据中台"), QStringLiteral("智能制造"), QStringLiteral("李"),
          QStringLiteral("上海通达"), QStringLiteral("供应链管理"), QStringLiteral("8888")}) {
        for (qsizetype length = 1; length <= query.size(); ++length)
            keystrokes << query.left(length);
    }
    return keystrokes;
}

QJsonObject measureModel(const QString &dbPath)
{
    QElapsedTimer timer;
    timer.start();
    ui::CustomerTableModel model({dbPath, UserService::localAdminLogin(), {}});
    bool reloaded = false;
    bool startsLoaded = false;
    QObject::connect(&model, &ui::CustomerTableModel::reloaded, [&] { reloaded = true; });
    QObject::connect(&model, &ui::CustomerTableModel::pageStartsLoaded,
                     [&] { startsLoaded = true; });
    const double firstPageMs = waitFor(timer, [&] { return reloaded; });
    const int rows = model.rowCount();
    QElapsedTimer startsTimer;
    startsTimer.start();
    const double pageStartsMs = rows > ui::CustomerTableModel::kPageSize
                                    ? waitFor(startsTimer, [&] { return startsLoaded; })
                                    : 0;

    // Jumps to rows all over the list (a scroll bar dragged anywhere), each to a page not cached.
    QRandomGenerator random(7);
    QList<double> jumps;
    for (int i = 0; i < 40 && rows > 0; ++i) {
        const int row = int(random.bounded(quint32(rows)));
        if (model.rowAt(row))
            continue;
        jumps << fetchRow(model, row);
    }
    // Scrolling: the last pages, then pages spread over the list.
    for (int step = 0; step < 64 && rows > 0; ++step)
        fetchRow(model, int((rows - 1) - qint64(step) * rows / 64));
    const double rssMb = residentMb();

    // A keystroke: the time until the table shows the first page of matches, then until the
    // total is counted (the rows below the first page appear then).
    bool shown = false;
    QObject::connect(&model, &ui::CustomerTableModel::firstPageLoaded, [&] { shown = true; });
    QList<double> searches;
    QList<double> counted;
    for (const QString &text : searchKeystrokes()) {
        CustomerFilter filter;
        filter.search = text;
        reloaded = false;
        shown = false;
        QElapsedTimer keystroke;
        keystroke.start();
        model.setFilter(filter);
        searches << waitFor(keystroke, [&] { return shown; });
        counted << waitFor(keystroke, [&] { return reloaded; });
        if (qEnvironmentVariableIsSet("SALESFLOW_BENCH_PAUSE")) {
            QElapsedTimer pause;
            pause.start();
            waitFor(pause, [&] { return pause.elapsed() > 2000; });
        }
        if (qEnvironmentVariableIsSet("SALESFLOW_BENCH_VERBOSE"))
            std::fprintf(stderr, "search %s: %.1f ms, counted %.1f ms, %d rows\n",
                         qUtf8Printable(text), searches.last(), counted.last(), model.rowCount());
    }
    return {{QStringLiteral("first_page_ms"), firstPageMs},
            {QStringLiteral("page_starts_ms"), pageStartsMs},
            {QStringLiteral("jump_ms"), percentile(jumps, 0.95)},
            {QStringLiteral("jump_max_ms"), percentile(jumps, 1.0)},
            {QStringLiteral("search_p95_ms"), percentile(searches, 0.95)},
            {QStringLiteral("search_max_ms"), percentile(searches, 1.0)},
            {QStringLiteral("search_counted_p95_ms"), percentile(counted, 0.95)},
            {QStringLiteral("rss_mb"), rssMb}};
}

} // namespace sf::bench
