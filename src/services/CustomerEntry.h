// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/CustomerId.h"
#include "core/Result.h"
#include "core/User.h"
#include "core/WorkCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <tuple>

namespace sf {

class CalendarService;
class CustomerWriter;
class SettingsService;
struct ServiceContext;

struct EntryProblems
{
    QList<QPair<QString, QString>> fields; // field → message
    QString id;                            // R1
};

// R1: issues and reserves customer ids in memory during one transaction, then stores the
// counters: a million imported rows cost no counter query each.
class IdIssuer
{
public:
    explicit IdIssuer(const ServiceContext &context)
        : m_context(context)
    {}
    // Moves the counter of the id's region and year up to its serial.
    Status reserve(const CustomerId &id);
    Result<QString> issue(const QString &region, int year);
    // Writes every counter that moved; call before committing.
    Status store();

private:
    Result<int> counter(const QString &region, int year);

    const ServiceContext &m_context;
    QHash<QPair<QString, int>, int> m_last; // (region, year) → last serial
    QSet<QPair<QString, int>> m_dirty;
};

// What entering customers needs, loaded once per form check, save or import: the working-day
// calendar, the team's time zone, the users and the regions. Internal to the services.
struct EntryContext
{
    static Result<EntryContext> load(const ServiceContext &context, CalendarService &calendar,
                                     SettingsService &settings);

    const ServiceContext *service = nullptr;
    WorkCalendar calendar;
    QTimeZone zone;
    QDateTime now;
    QHash<QString, User> users;   // by lower-case login
    QHash<QString, bool> regions; // code → active

    QDate today() const { return now.toTimeZone(zone).date(); }
    std::optional<User> user(const QString &login) const;

    // Field checks of one draft (name, first contact, region, owner, status, contacts, R1 form).
    EntryProblems validate(const Customer &draft) const;
    // The first problem of validate() as an error.
    Status requireValid(const Customer &draft) const;
    // Duplicates: existing customers (other than the draft itself) with the same normalised name
    // or a contact phone.
    Result<QList<DuplicateMatch>> duplicatesOf(CustomerWriter &writer, const Customer &draft) const;
    // Writes a validated new customer: the id issued or reserved (R1), the entry time, the late
    // flag (R2), the first grade-history entry when it comes graded. Returns it as stored.
    // `idChecked`: the caller already made sure, in this transaction, that a given id is free.
    Result<Customer> insert(CustomerWriter &writer, IdIssuer &ids, Customer customer,
                            const QString &gradeReason, bool idChecked = false) const;
};

// Duplicates: "<name> looks like <id> <name> (same name | same phone <phone>)".
QString duplicateMessage(const QString &name, const DuplicateMatch &match);

// The audit rows of an edit: field, old value, new value.
QList<std::tuple<QString, QString, QString>>
changedFields(const Customer &before, const Customer &after, const QTimeZone &zone);

} // namespace sf
