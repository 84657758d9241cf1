// SPDX-License-Identifier: MIT
#include "ui/PageCatalogue.h"

#include <QHash>

namespace sf::ui {

QList<PageInfo> PageCatalogue::pages()
{
    QList<PageInfo> pages;
    pages.append(
        {QStringLiteral("my-day"),
         tr("My day"),
         tr("Everything that needs you today"),
         {tr("Follow-ups to record within 2 hours of each contact, and next actions due today."),
          tr("Plan items coming up, and support requests to send 2 working days ahead."),
          tr("A customers still short of their two contacts this week; C customers due for "
             "maintenance."),
          tr("Contracts waiting for your legal, finance or manager review.")},
         {QStringLiteral("R2"), QStringLiteral("R6"), QStringLiteral("R7"), QStringLiteral("R10"),
          QStringLiteral("R11"), QStringLiteral("R15")},
         0});
    pages.append(
        {QStringLiteral("customers"),
         tr("Customers"),
         tr("Stage 1 · Customer entry and grading: a precise customer pool"),
         {tr("The customer lifecycle table: industry, size, specific needs, key contacts, lead "
             "source and first contact."),
          tr("Customer ids issued as region + year + serial (e.g. HZ2024001); duplicates flagged "
             "before saving."),
          tr("A / B / C grading on four dimensions, with a proposed grade and the full grade "
             "history."),
          tr("Tags such as state-owned or complex decision chain, to filter by.")},
         {QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("R4"),
          QStringLiteral("R5"), QStringLiteral("R6"), QStringLiteral("R7")},
         1});
    pages.append(
        {QStringLiteral("follow-up-plans"),
         tr("Follow-up plans"),
         tr("Stage 2 · Opportunity follow-up: steady progress, risks seen early"),
         {tr("The follow-up Gantt plan of each A customer, made within 3 working days of first "
             "contact."),
          tr("Plan items that say what, with whom and by when; support requested 2 working days "
             "ahead."),
          tr("Follow-up records within 2 hours: what was discussed, feedback, next action, risks."),
          tr("Opportunities moving stage by stage, from needs discovery to won or lost.")},
         {QStringLiteral("R8"), QStringLiteral("R9"), QStringLiteral("R10"), QStringLiteral("R11")},
         2});
    pages.append(
        {QStringLiteral("monday-review"),
         tr("Monday review"),
         tr("Stage 2 · The weekly review of A and B customers"),
         {tr("Last week's progress, open feedback, decision-chain changes and competition for "
             "every A and B customer."),
          tr("Strategy changes (senior-level visit, trial access) written back into the plan."),
          tr("B customers without progress for two weeks, proposed for downgrade to C."),
          tr("A printable review pack for the meeting.")},
         {QStringLiteral("R12"), QStringLiteral("R13")},
         2});
    pages.append(
        {QStringLiteral("contracts"),
         tr("Contracts"),
         tr("Stage 3 · Contract signing: no missing terms"),
         {tr("Contracts drafted from the template with every core term: products, price, "
             "delivery, payment terms, liability."),
          tr("Legal review within 1 working day, then finance within 1 working day, then the "
             "manager signs."),
          tr("Rejections go back to the rep with comments; every step has an owner and a "
             "deadline.")},
         {QStringLiteral("R14"), QStringLiteral("R15")},
         3});
    pages.append(
        {QStringLiteral("payments"),
         tr("Payments"),
         tr("Stage 3 · Payment collection: signed, and collected"),
         {tr("The payment schedule of every signed contract: instalments, due dates, amounts."),
          tr("Payments received, recorded by finance; partial payments included."),
          tr("Overdue instalments flagged and aged: 1–30, 31–60, 61–90 and over 90 days.")},
         {QStringLiteral("R16")},
         3});
    pages.append({QStringLiteral("after-sales"),
                  tr("After-sales"),
                  tr("Stage 4 · After-sales maintenance: closing the loop"),
                  {tr("Service records per customer and contract: visits, issues, training."),
                   tr("Customer satisfaction over time."),
                   tr("Renewal and upsell reminders that open new opportunities in stage 2.")},
                  {},
                  4});
    pages.append({QStringLiteral("reports"),
                  tr("Reports"),
                  tr("Process and result, on data: performance and resource allocation"),
                  {tr("Lead sources, conversion by stage and win rates per rep and region."),
                   tr("Rule compliance: late entries, missed follow-ups, plans not made on time."),
                   tr("Receivables and their ageing.")},
                  {QStringLiteral("R2"), QStringLiteral("R6"), QStringLiteral("R8"),
                   QStringLiteral("R11"), QStringLiteral("R16")},
                  0});
    pages.append({QStringLiteral("administration"),
                  tr("Administration"),
                  tr("The holiday calendar, sales regions and users of the team"),
                  {},
                  {},
                  0});
    return pages;
}

QString PageCatalogue::ruleSummary(const QString &ruleId)
{
    static const QHash<QString, const char *> summaries = {
        {QStringLiteral("R1"), QT_TR_NOOP("Customer id: region + year + serial, unique")},
        {QStringLiteral("R2"), QT_TR_NOOP("Lead entered within 1 working day of first contact")},
        {QStringLiteral("R3"), QT_TR_NOOP("Needs described specifically: budget, time frame")},
        {QStringLiteral("R4"), QT_TR_NOOP("A / B / C grading on four dimensions")},
        {QStringLiteral("R5"), QT_TR_NOOP("Free tags to filter by")},
        {QStringLiteral("R6"), QT_TR_NOOP("A customers: senior owner, two contacts a week")},
        {QStringLiteral("R7"), QT_TR_NOOP("C customers: a contact every 30 days")},
        {QStringLiteral("R8"), QT_TR_NOOP("Follow-up plan within 3 working days")},
        {QStringLiteral("R9"), QT_TR_NOOP("Plan items say what, with whom, by when")},
        {QStringLiteral("R10"), QT_TR_NOOP("Support requested 2 working days ahead")},
        {QStringLiteral("R11"), QT_TR_NOOP("Follow-up recorded within 2 hours")},
        {QStringLiteral("R12"), QT_TR_NOOP("Monday review of A and B customers")},
        {QStringLiteral("R13"), QT_TR_NOOP("B without progress for 2 weeks: downgraded")},
        {QStringLiteral("R14"), QT_TR_NOOP("Every core contract term present")},
        {QStringLiteral("R15"), QT_TR_NOOP("Legal, then finance, 1 working day each")},
        {QStringLiteral("R16"), QT_TR_NOOP("Payment schedule; overdue instalments aged")},
    };
    const auto it = summaries.constFind(ruleId);
    return it == summaries.constEnd() ? ruleId : tr(it.value());
}

bool PageCatalogue::visibleTo(const QString &key, Role role)
{
    if (key == QLatin1String("monday-review"))
        return role == Role::Manager || role == Role::Admin;
    if (key == QLatin1String("contracts"))
        return role != Role::Assistant;
    if (key == QLatin1String("payments"))
        return role != Role::Assistant && role != Role::Legal;
    if (key == QLatin1String("after-sales"))
        return role != Role::Legal && role != Role::Finance;
    return true;
}

QString PageCatalogue::stageName(int stage)
{
    switch (stage) {
    case 1: return tr("Customer entry and grading");
    case 2: return tr("Opportunity follow-up");
    case 3: return tr("Contract and payment");
    case 4: return tr("After-sales maintenance");
    default: return {};
    }
}

} // namespace sf::ui
