// SPDX-License-Identifier: MIT
#include "bench/GanttBench.h"

#include "bench/BenchSupport.h"
#include "core/WorkCalendar.h"
#include "ui/GanttView.h"
#include "ui/PlanItemModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace sf::bench {
namespace {

constexpr int kPaints = 50;
constexpr int kWidth = 1400;
constexpr int kHeight = 900;

// Milliseconds to two decimals: repaints take a few.
double hundredths(double ms)
{
    return std::round(ms * 100) / 100;
}

const QStringList kGoals = {QStringLiteral("第1周：深挖需求"), QStringLiteral("第2周：方案演示"),
                            QStringLiteral("第3周：报价"), QStringLiteral("第4周：高层沟通"),
                            QStringLiteral("第5周：商务谈判")};
const QStringList kActions = {QStringLiteral("拜访技术负责人，确认现有系统与接口需求"),
                              QStringLiteral("线上演示核心功能，收集使用部门反馈"),
                              QStringLiteral("提交报价单与实施计划，确认预算审批流程"),
                              QStringLiteral("安排我方总监拜访客户分管副总"),
                              QStringLiteral("与采购部确认合同条款与付款方式")};

// A rep's plans: `customers` customers with their items one after another around today, and
// six follow-up marks each over the last weeks.
void fillModel(ui::PlanItemModel &model, int items, int customers, QDate today)
{
    QRandomGenerator random(42);
    const QTimeZone zone("Asia/Shanghai");
    QList<PlanItem> list;
    QList<FollowUpMark> marks;
    qint64 nextId = 0;
    for (int c = 0; c < customers; ++c) {
        const QString id = QStringLiteral("HZ2026%1").arg(c + 1, 3, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("杭州华信达科技%1有限公司").arg(c + 1);
        const int count = items / customers + (c < items % customers ? 1 : 0);
        QDate start = today.addDays(-35 + int(random.bounded(21)));
        for (int s = 0; s < count; ++s) {
            PlanItem item;
            item.id = ++nextId;
            item.customerId = id;
            item.customerName = name;
            item.goal = kGoals.at(s % kGoals.size());
            item.action = kActions.at(s % kActions.size());
            item.counterpart = QStringLiteral("李明 技术总监");
            item.method = allMethods().at(s % 3);
            item.start = start;
            item.due = start.addDays(1 + int(random.bounded(4)));
            if (s % 3 == 1) {
                item.supportNeeded = QStringLiteral("售前技术演示");
                item.supportRequestedOn = start.addDays(-1 - int(random.bounded(5)));
                item.supportLate = s % 2 == 1;
            }
            if (item.due < today) {
                item.status =
                    random.bounded(4) == 0 ? PlanItemStatus::InProgress : PlanItemStatus::Done;
                item.progress = item.status == PlanItemStatus::Done ? 100 : 70;
            } else if (item.start <= today) {
                item.status = PlanItemStatus::InProgress;
                item.progress = 40;
            }
            list.append(item);
            start = item.due.addDays(1 + int(random.bounded(3)));
        }
        for (int k = 0; k < 6; ++k)
            marks.append({id,
                          QDateTime(today.addDays(-int(random.bounded(40))),
                                    QTime(9 + int(random.bounded(8)), 0), zone)
                              .toUTC(),
                          random.bounded(3) == 0});
    }
    model.setItems(std::move(list), std::move(marks), today);
}

// The baseline: a bare QPainter drawing what the view shows at one scroll position (day
// numbers, row lines, two rounded bars and two texts per row, a label per row) into an image of
// the viewport's size.
double rawPaintMs(const ui::PlanItemModel &model, const QFont &font, QSize size, int firstRow)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&image);
    painter.setFont(font);
    painter.fillRect(image.rect(), Qt::white);
    constexpr int kLabel = 300;
    constexpr int kHeader = 50;
    constexpr int kRow = 30;
    constexpr int kDay = 28;
    for (int x = kLabel; x < size.width(); x += kDay) {
        painter.setPen(QColor(0xeef1f5));
        painter.drawLine(x, kHeader, x, size.height());
        painter.setPen(QColor(0x64748b));
        painter.drawText(QRect(x, kHeader / 2, kDay, kHeader / 2), Qt::AlignCenter,
                         QString::number(1 + (x / kDay) % 28));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int row = 0; kHeader + row * kRow < size.height(); ++row) {
        const PlanItem *item = model.item((firstRow + row) % model.rowCount());
        const int top = kHeader + row * kRow;
        painter.setPen(QColor(0xe2e8f0));
        painter.drawLine(0, top + kRow - 1, size.width(), top + kRow - 1);
        painter.setPen(QColor(0x0f172a));
        painter.drawText(
            QRect(26, top, kLabel - 34, kRow), Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(item->action, Qt::ElideRight, kLabel - 34));
        const QRect bar(kLabel + 1 + (row * 3 % 30) * kDay, top + 7, 3 * kDay - 2, kRow - 14);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x60, 0xa5, 0xfa, 70));
        painter.drawRoundedRect(bar, 4, 4);
        painter.setBrush(QColor(0x60, 0xa5, 0xfa));
        painter.drawRoundedRect(QRect(bar.topLeft(), QSize(bar.width() / 2, bar.height())), 4, 4);
        painter.setPen(QColor(0x64748b));
        painter.drawText(QRect(bar.right() + 6, top, 320, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(item->counterpart, Qt::ElideRight, 320));
    }
    painter.end();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

QJsonObject measureGantt(const WorkCalendar &calendar, int items, int customers)
{
    ui::PlanItemModel model;
    fillModel(model, items, customers, QDate::currentDate());
    ui::GanttView view;
    view.setCalendar(calendar);
    view.setModel(&model);
    view.resize(kWidth, kHeight);
    view.show();
    QApplication::processEvents();
    view.scrollToToday();
    QApplication::processEvents();
    QWidget *viewport = view.viewport();
    QScrollBar *vertical = view.verticalScrollBar();
    for (int warm = 0; warm < 5; ++warm)
        viewport->repaint();

    // Scroll positions from the top of the plan to its end; each repaint painted synchronously.
    QList<double> paints;
    QList<double> rawPaints;
    for (int n = 0; n < kPaints; ++n) {
        vertical->setValue(vertical->maximum() * n / (kPaints - 1));
        QApplication::processEvents(); // the scroll's own update, not measured
        QElapsedTimer timer;
        timer.start();
        viewport->repaint();
        paints << double(timer.nsecsElapsed()) / 1e6;
        rawPaints << rawPaintMs(model, view.font(), viewport->size(), vertical->value() / 30);
    }
    return {
        {QStringLiteral("gantt_items"), model.rowCount()},
        {QStringLiteral("gantt_customers"), customers},
        {QStringLiteral("gantt_viewport"),
         QStringLiteral("%1x%2").arg(viewport->width()).arg(viewport->height())},
        {QStringLiteral("gantt_platform"), QApplication::platformName()},
        {QStringLiteral("gantt_repaint_p50_ms"), hundredths(percentile(paints, 0.5))},
        {QStringLiteral("gantt_repaint_p95_ms"), hundredths(percentile(paints, 0.95))},
        {QStringLiteral("gantt_repaint_max_ms"), hundredths(percentile(paints, 1.0))},
        {QStringLiteral("raw_paint_p95_ms"), hundredths(percentile(rawPaints, 0.95))},
    };
}

} // namespace sf::bench
