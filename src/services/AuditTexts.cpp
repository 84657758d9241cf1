// SPDX-License-Identifier: MIT
#include "services/AuditTexts.h"

#include <QHash>

namespace sf {

QStringList AuditTexts::entityKeys()
{
    return {QStringLiteral("customer"),
            QStringLiteral("plan_item"),
            QStringLiteral("followup"),
            QStringLiteral("opportunity"),
            QStringLiteral("contract"),
            QStringLiteral("payment"),
            QStringLiteral("service_record"),
            QStringLiteral("contract_template"),
            QStringLiteral("user"),
            QStringLiteral("region"),
            QStringLiteral("setting"),
            QStringLiteral("calendar"),
            QStringLiteral("import"),
            QStringLiteral("rules"),
            QStringLiteral("demo")};
}

QString AuditTexts::entity(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("plan_item"), QT_TR_NOOP("Plan item")},
        {QStringLiteral("followup"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("opportunity"), QT_TR_NOOP("Opportunity")},
        {QStringLiteral("contract"), QT_TR_NOOP("Contract")},
        {QStringLiteral("payment"), QT_TR_NOOP("Payment")},
        {QStringLiteral("service_record"), QT_TR_NOOP("Service record")},
        {QStringLiteral("contract_template"), QT_TR_NOOP("Contract template")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
        {QStringLiteral("calendar"), QT_TR_NOOP("Holiday calendar")},
        {QStringLiteral("import"), QT_TR_NOOP("Import")},
        {QStringLiteral("rules"), QT_TR_NOOP("Rules")},
        {QStringLiteral("demo"), QT_TR_NOOP("Demo data")},
    };
    const auto found = names.constFind(key);
    return found == names.cend() ? key : tr(*found);
}

QString AuditTexts::field(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("removed"), QT_TR_NOOP("Removed")},
        {QStringLiteral("imported"), QT_TR_NOOP("Imported")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("needs"), QT_TR_NOOP("Needs")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("company_size"), QT_TR_NOOP("Company size")},
        {QStringLiteral("source"), QT_TR_NOOP("Lead source")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("first_contact"), QT_TR_NOOP("First contact")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contacts")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("invalid"), QT_TR_NOOP("Marked invalid")},
        {QStringLiteral("duplicate_confirmed"), QT_TR_NOOP("Duplicate confirmed")},
        {QStringLiteral("downgraded"), QT_TR_NOOP("Downgraded")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Start date")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("counterpart"), QT_TR_NOOP("Counterpart")},
        {QStringLiteral("progress"), QT_TR_NOOP("Progress")},
        {QStringLiteral("amount_fen"), QT_TR_NOOP("Expected amount (fen)")},
        {QStringLiteral("expected_close"), QT_TR_NOOP("Expected close")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("products"), QT_TR_NOOP("Products")},
        {QStringLiteral("price"), QT_TR_NOOP("Price")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("start"), QT_TR_NOOP("Start")},
        {QStringLiteral("end"), QT_TR_NOOP("End")},
        {QStringLiteral("payment_terms"), QT_TR_NOOP("Payment terms")},
        {QStringLiteral("delivery"), QT_TR_NOOP("Delivery")},
        {QStringLiteral("liability"), QT_TR_NOOP("Liability")},
        {QStringLiteral("attachments"), QT_TR_NOOP("Attachments")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Payment schedule")},
        {QStringLiteral("renewal_opportunity"), QT_TR_NOOP("Renewal opportunity")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("happened_on"), QT_TR_NOOP("Date")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
        {QStringLiteral("strategy"), QT_TR_NOOP("Strategy adjustment")},
        {QStringLiteral("next_maintenance"), QT_TR_NOOP("Next maintenance")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("team"), QT_TR_NOOP("Team")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
    };
    const auto found = names.constFind(key);
    return found == names.cend() ? key : tr(*found);
}

QString AuditTexts::lastChange(const QList<AuditEntry> &trail)
{
    if (trail.isEmpty())
        return {};
    const AuditEntry &last = trail.first();
    QStringList fields;
    for (const AuditEntry &entry : trail) {
        // A creation is a change of its own, even in the same second.
        if (entry.actor != last.actor ||
            entry.at.toSecsSinceEpoch() != last.at.toSecsSinceEpoch() ||
            entry.field == QLatin1String("created"))
            break;
        const QString name = field(entry.field);
        if (!fields.contains(name))
            fields.prepend(name);
    }
    return fields.join(tr(", ", "between field names"));
}

} // namespace sf
