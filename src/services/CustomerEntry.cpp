// SPDX-License-Identifier: MIT
#include "services/CustomerEntry.h"

#include "core/Deadlines.h"
#include "core/DuplicateKeys.h"
#include "services/CalendarService.h"
#include "services/CustomerService.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/CustomerWriter.h"
#include "storage/IdSequenceRepository.h"
#include "storage/RegionRepository.h"
#include "storage/UserRepository.h"

namespace sf {
namespace {

constexpr int kMaxNameLength = 200;
constexpr int kMaxTextLength = 4000;

} // namespace

Result<int> IdIssuer::counter(const QString &region, int year)
{
    const auto key = qMakePair(region, year);
    if (const auto found = m_last.constFind(key); found != m_last.constEnd())
        return *found;
    auto last = IdSequenceRepository(m_context.db).lastSerial(region, year);
    if (!last)
        return last.error();
    m_last.insert(key, *last);
    return *last;
}

Status IdIssuer::reserve(const CustomerId &id)
{
    auto last = counter(id.region, id.year);
    if (!last)
        return last.error();
    if (id.serial > *last) {
        m_last[qMakePair(id.region, id.year)] = id.serial;
        m_dirty.insert(qMakePair(id.region, id.year));
    }
    return Ok{};
}

Result<QString> IdIssuer::issue(const QString &region, int year)
{
    auto last = counter(region, year);
    if (!last)
        return last.error();
    const int serial = nextSerial(*last);
    m_last[qMakePair(region, year)] = serial;
    m_dirty.insert(qMakePair(region, year));
    return CustomerId::format(region, year, serial);
}

Status IdIssuer::store()
{
    IdSequenceRepository repository(m_context.db);
    for (const auto &key : std::as_const(m_dirty)) {
        if (auto status = repository.reserve(key.first, key.second, m_last.value(key)); !status)
            return status;
    }
    m_dirty.clear();
    return Ok{};
}

Result<EntryContext> EntryContext::load(const ServiceContext &context, CalendarService &calendar,
                                        SettingsService &settings)
{
    EntryContext entry;
    entry.service = &context;
    auto workCalendar = calendar.workCalendar();
    if (!workCalendar)
        return workCalendar.error();
    entry.calendar = *workCalendar;
    entry.zone = settings.timeZone();
    entry.now = context.now();
    auto users = UserRepository(context.db).all();
    if (!users)
        return users.error();
    for (const User &user : *users)
        entry.users.insert(user.login.toLower(), user);
    auto regions = RegionRepository(context.db).all();
    if (!regions)
        return regions.error();
    for (const Region &region : *regions)
        entry.regions.insert(region.code, region.active);
    return entry;
}

std::optional<User> EntryContext::user(const QString &login) const
{
    const auto found = users.constFind(login.toLower());
    if (found != users.constEnd())
        return *found;
    // A spreadsheet may name the owner rather than give the login.
    for (const User &candidate : users) {
        if (!login.isEmpty() && candidate.name == login)
            return candidate;
    }
    return std::nullopt;
}

EntryProblems EntryContext::validate(const Customer &draft) const
{
    EntryProblems problems;
    auto problem = [&](const char *field, const QString &message) {
        problems.fields.append({QString::fromLatin1(field), message});
    };
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        problem("name", CustomerService::tr("The customer name is required."));
    else if (name.size() > kMaxNameLength)
        problem("name", CustomerService::tr("The customer name is longer than %1 characters.")
                            .arg(kMaxNameLength));
    if (draft.needs.size() > kMaxTextLength)
        problem("needs", CustomerService::tr("The needs description is longer than %1 characters.")
                             .arg(kMaxTextLength));
    if (!draft.firstContactAt.isValid())
        problem("first_contact", CustomerService::tr("The first-contact time is required."));
    else if (draft.firstContactAt > now.addSecs(60))
        problem("first_contact", CustomerService::tr("The first-contact time is in the future."));
    if (draft.region.isEmpty())
        problem("region", CustomerService::tr("The region is required."));
    else if (!regions.contains(draft.region))
        problem("region", CustomerService::tr("%1 is not a known region.").arg(draft.region));
    else if (draft.rowId == 0 && !regions.value(draft.region))
        problem("region",
                CustomerService::tr("The region %1 is no longer active.").arg(draft.region));
    if (!draft.ownerLogin.isEmpty()) {
        const auto owner = user(draft.ownerLogin);
        if (!owner)
            problem("owner", CustomerService::tr("There is no user %1.").arg(draft.ownerLogin));
        else if (!owner->active)
            problem("owner",
                    CustomerService::tr("The user %1 is deactivated.").arg(draft.ownerLogin));
    }
    int keyContacts = 0;
    for (const Contact &contact : draft.contacts) {
        keyContacts += contact.key ? 1 : 0;
        if (!contact.isEmpty() && contact.name.trimmed().isEmpty())
            problem("contacts", CustomerService::tr("Every contact needs a name."));
    }
    if (keyContacts > 1)
        problem("contacts", CustomerService::tr("Only one contact can be the key contact."));
    const QString id = draft.id.trimmed();
    if (draft.rowId == 0 && !id.isEmpty()) {
        auto parsed = CustomerId::parse(id);
        if (!parsed)
            problems.id = parsed.error().message;
        else if (!regions.contains(parsed->region))
            problems.id = CustomerService::tr(
                              "The customer id %1 starts with %2, which is not a known region.")
                              .arg(id, parsed->region);
        else if (!draft.region.isEmpty() && parsed->region != draft.region)
            problems.id =
                CustomerService::tr("The customer id %1 belongs to the region %2, not %3.")
                    .arg(id, parsed->region, draft.region);
    }
    return problems;
}

Status EntryContext::requireValid(const Customer &draft) const
{
    const EntryProblems problems = validate(draft);
    if (!problems.id.isEmpty())
        return Error::invalid(problems.id, QStringLiteral("R1"));
    if (!problems.fields.isEmpty())
        return Error::invalid(problems.fields.first().second);
    return Ok{};
}

Result<QList<DuplicateMatch>> EntryContext::duplicatesOf(CustomerWriter &writer,
                                                         const Customer &draft) const
{
    QList<DuplicateMatch> matches;
    auto byName = writer.findByNameKey(normalizedCompanyName(draft.name), draft.rowId);
    if (!byName)
        return byName.error();
    if (byName->has_value())
        matches.append(**byName);
    for (const Contact &contact : draft.contacts) {
        auto byPhone = writer.findByPhoneKey(normalizedPhone(contact.phone), draft.rowId);
        if (!byPhone)
            return byPhone.error();
        if (byPhone->has_value())
            matches.append(**byPhone);
    }
    return matches;
}

Result<Customer> EntryContext::insert(CustomerWriter &writer, IdIssuer &ids, Customer customer,
                                      const QString &gradeReason, bool idChecked) const
{
    if (!customer.enteredAt.isValid())
        customer.enteredAt = now;
    customer.name = customer.name.trimmed();
    customer.id = customer.id.trimmed();
    const int entryYear = customer.enteredAt.toTimeZone(zone).date().year();
    if (customer.id.isEmpty()) {
        auto issued = ids.issue(customer.region, entryYear);
        if (!issued)
            return issued.error();
        customer.id = *issued;
    } else {
        auto taken = idChecked ? Result<bool>(false) : writer.idExists(customer.id);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::conflict(
                CustomerService::tr("The customer id %1 is already taken.").arg(customer.id));
        auto parsed = CustomerId::parse(customer.id);
        if (!parsed)
            return parsed.error();
        if (auto status = ids.reserve(*parsed); !status)
            return status.error();
    }
    customer.lateEntry =
        deadlines::isLateEntry(calendar, customer.firstContactAt, customer.enteredAt, zone);
    if (!customer.contacts.isEmpty()) {
        const bool anyKey = std::any_of(customer.contacts.begin(), customer.contacts.end(),
                                        [](const Contact &contact) { return contact.key; });
        if (!anyKey)
            customer.contacts.first().key = true;
    }
    std::optional<qint64> ownerId;
    if (const auto owner = user(customer.ownerLogin)) {
        ownerId = owner->id;
        customer.ownerLogin = owner->login;
    }
    std::optional<GradeChange> gradeEntry;
    if (customer.grade) {
        if (!customer.gradedAt.isValid())
            customer.gradedAt = customer.enteredAt;
        gradeEntry = GradeChange{std::nullopt,
                                 customer.grade,
                                 customer.scores,
                                 gradeReason,
                                 service->actor.login.isEmpty() ? QStringLiteral("system")
                                                                : service->actor.login,
                                 customer.gradedAt};
    }
    auto rowId = writer.insert(customer, ownerId, now, gradeEntry);
    if (!rowId)
        return rowId.error();
    customer.rowId = *rowId;
    customer.version = 1;
    customer.updatedAt = customer.enteredAt;
    return customer;
}

QString duplicateMessage(const QString &name, const DuplicateMatch &match)
{
    if (match.on == DuplicateMatch::On::Name)
        return CustomerService::tr("\"%1\" duplicates the existing customer %2 (%3): same name.")
            .arg(name.trimmed(), match.customerId, match.name);
    return CustomerService::tr("\"%1\" duplicates the existing customer %2 (%3): same phone %4.")
        .arg(name.trimmed(), match.customerId, match.name, match.phone);
}

QList<std::tuple<QString, QString, QString>>
changedFields(const Customer &before, const Customer &after, const QTimeZone &zone)
{
    QList<std::tuple<QString, QString, QString>> changes;
    auto compare = [&](const char *field, const QString &old, const QString &now) {
        if (old != now)
            changes.append({QString::fromLatin1(field), old, now});
    };
    compare("name", before.name, after.name.trimmed());
    compare("industry", before.industry, after.industry);
    compare("company_size", before.companySize, after.companySize);
    compare("needs", before.needs, after.needs);
    compare("source", before.source, after.source);
    compare("first_contact", before.firstContactAt.toTimeZone(zone).toString(Qt::ISODate),
            after.firstContactAt.toTimeZone(zone).toString(Qt::ISODate));
    compare("region", before.region, after.region);
    compare("status", statusKey(before.status), statusKey(after.status));
    compare("tags", before.tags.join(u';'), after.tags.join(u';'));
    auto contactsText = [](const QList<Contact> &contacts) {
        QStringList parts;
        for (const Contact &contact : contacts)
            parts << QStringList{contact.name,   contact.title,
                                 contact.phone,  contact.email,
                                 contact.wechat, contact.key ? QStringLiteral("*") : QString()}
                         .join(u'/');
        return parts.join(u';');
    };
    compare("contacts", contactsText(before.contacts), contactsText(after.contacts));
    return changes;
}

} // namespace sf
