// SPDX-License-Identifier: MIT
#include "ui/CustomerDetail.h"

#include "core/Money.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/ServiceRecordService.h"
#include "services/Workspace.h"
#include "ui/CustomerTexts.h"

namespace sf::ui {
namespace {

constexpr int kTimelineEvents = 30;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString CustomerDetail::html(Workspace &workspace, const Customer &c)
{
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> · %3 · %4</p>")
                       .arg(escaped(c.name), c.id, CustomerTexts::grade(c.grade),
                            CustomerTexts::status(c.status));
    auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><span style='color:#64748b'>%1</span><br>%2</p>")
                        .arg(label, escaped(value));
    };
    line(tr("Needs"), c.needs);
    line(tr("Industry"), c.industry);
    line(tr("Company size"), c.companySize);
    line(tr("Lead source"), CustomerTexts::source(c.source));
    line(tr("Owner"), c.ownerLogin);
    line(tr("First contact"), localTime(c.firstContactAt));
    line(tr("Entered"), localTime(c.enteredAt) + (c.lateEntry ? tr(" — late (R2)") : QString()));
    line(tr("Tags"), c.tags.join(QStringLiteral("、")));
    if (!c.contacts.isEmpty()) {
        html += QStringLiteral("<p><span style='color:#64748b'>%1</span>").arg(tr("Contacts"));
        for (const Contact &contact : c.contacts)
            html += QStringLiteral("<br>%1%2 %3 %4")
                        .arg(contact.key ? QStringLiteral("★ ") : QString(), escaped(contact.name),
                             escaped(contact.title), escaped(contact.phone));
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Grade history"));
    auto history = workspace.customers().gradeHistory(c.id);
    if (history && !history->isEmpty()) {
        for (const GradeChange &change : *history)
            html += QStringLiteral("<p>%1 → <b>%2</b> · %3 · %4<br><i>%5</i></p>")
                        .arg(CustomerTexts::grade(change.from), CustomerTexts::grade(change.to),
                             escaped(change.actor), localTime(change.at), escaped(change.reason));
    } else {
        html += QStringLiteral("<p style='color:#64748b'>%1</p>").arg(tr("Not graded yet."));
    }
    if (auto open = workspace.followUps().opportunity(c.id); open && open->has_value()) {
        const OpenOpportunity &o = **open;
        QString text = tr("Opportunity: %1").arg(FollowUpRules::stageName(o.stage));
        if (o.amountFen > 0)
            text += tr(" · expected ¥%1").arg(money::yuanText(o.amountFen));
        if (o.expectedClose)
            text += tr(" · close by %1").arg(o.expectedClose->toString(Qt::ISODate));
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(text));
    }
    // Stage 4: after-sales at a glance (the records themselves are on the timeline).
    ServiceRecordQuery ofCustomer;
    ofCustomer.customerId = c.id;
    if (auto services = workspace.afterSales().records(ofCustomer);
        services && !services->isEmpty()) {
        QString text = tr("Service records: %n", nullptr, int(services->size()));
        if (auto rated = workspace.afterSales().satisfaction(c.id); rated && rated->rated > 0)
            text += tr(" · satisfaction %1 ★").arg(QLocale().toString(rated->average, 'f', 1));
        if (const auto next = services->first().nextMaintenance)
            text += tr(" · next maintenance %1").arg(next->toString(Qt::ISODate));
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(text));
    }
    // R8: an A customer's follow-up plan.
    if (auto plan = workspace.followUps().planDeadline(c.id); plan && plan->has_value()) {
        const PlanDeadline &deadline = **plan;
        const QString text =
            deadline.firstItemAt
                ? tr("Follow-up plan due by %1; first item made %2.")
                      .arg(localTime(deadline.deadline), localTime(*deadline.firstItemAt))
                : tr("Follow-up plan due by %1; no plan item yet.")
                      .arg(localTime(deadline.deadline));
        html += QStringLiteral("<p style='color:%1'><b>R8</b> %2%3</p>")
                    .arg(deadline.missed ? QStringLiteral("#b91c1c") : QStringLiteral("#334155"),
                         escaped(text), deadline.missed ? tr(" — missed") : QString());
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Timeline"));
    auto events = workspace.followUps().timeline(c.id);
    if (!events || events->isEmpty()) {
        html += QStringLiteral("<p style='color:#64748b'>%1</p>")
                    .arg(tr("No follow-ups, plan items or stage changes yet."));
        return html;
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(events->size(), kTimelineEvents); ++i) {
        const TimelineEvent &event = events->at(i);
        html +=
            QStringLiteral("<p><span style='color:#64748b'>%1 · %2</span><br>"
                           "<span style='color:%3'>%4</span>%5</p>")
                .arg(localTime(event.at), escaped(event.actor),
                     event.warning ? QStringLiteral("#b45309") : QStringLiteral("#0f172a"),
                     escaped(event.title),
                     event.detail.isEmpty()
                         ? QString()
                         : QStringLiteral("<br><i>%1</i>")
                               .arg(escaped(event.detail).replace(u'\n', QStringLiteral("<br>"))));
    }
    if (events->size() > kTimelineEvents)
        html += QStringLiteral("<p style='color:#64748b'>%1</p>")
                    .arg(tr("… and %n earlier event(s).", nullptr,
                            int(events->size() - kTimelineEvents)));
    return html;
}

} // namespace sf::ui
