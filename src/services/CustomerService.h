// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/CustomerQuery.h"
#include "core/NeedsCheck.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sf {

class CalendarService;
class SettingsService;
struct ServiceContext;

// What the customer form shows beside the fields before saving. None of it blocks but `idProblem`
// (R1) and `fieldProblems`; duplicates need a confirmation.
struct EntryCheck
{
    QList<QPair<QString, QString>> fieldProblems; // field name ("name", "region", ...) → message
    QString idProblem;                            // R1: the given id is malformed or taken
    QString issuedId;                             // R1: the id a new customer will get
    QList<DuplicateMatch> duplicates;
    NeedsWarning needs;     // R3
    bool lateEntry = false; // R2, if saved now
    QDateTime entryDeadline;
    QString ownerWarning; // R6

    bool blocking() const { return !fieldProblems.isEmpty() || !idProblem.isEmpty(); }
};

// R4: a grading decision. With scores the proposal is computed; choosing another grade than the
// proposal (or grading without scores) needs a reason.
struct GradeDecision
{
    std::optional<GradeScores> scores;
    std::optional<Grade> grade;
    QString reason;
};

// What a list shows: `total` counts every match, `rows` holds up to the limit.
struct CustomerList
{
    qint64 total = 0;
    QList<CustomerRow> rows;
};

// Stage 1 of process.md: entering, editing, grading, assigning and tagging customers, with R1–R6
// and the duplicate check.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    CustomerService(ServiceContext &context, CalendarService &calendar, SettingsService &settings)
        : m_context(context)
        , m_calendar(calendar)
        , m_settings(settings)
    {}

    // Everything the form shows about a draft (new when rowId is 0, else an edit).
    Result<EntryCheck> check(const Customer &draft) const;
    // Saves a new customer: validates, issues or reserves the id (R1), flags a late entry (R2),
    // refuses a duplicate unless `allowDuplicate`. Returns the stored customer.
    Result<Customer> create(const Customer &draft, bool allowDuplicate = false);
    // Saves an edit; refused as a conflict when someone else saved the customer meanwhile.
    Result<Customer> update(const Customer &edited, bool allowDuplicate = false);

    Result<std::optional<Customer>> find(const QString &customerId) const;
    Result<QList<GradeChange>> gradeHistory(const QString &customerId) const;

    // R4: the proposal for the scores under the team's thresholds.
    Result<Grade> propose(const GradeScores &scores) const;
    // R4: grades customers (manager); returns R6 warnings (an A customer whose owner is not a
    // senior rep).
    Result<QStringList> grade(const QStringList &customerIds, const GradeDecision &decision);
    // Assigns customers to a user (manager); returns R6 warnings.
    Result<QStringList> assign(const QStringList &customerIds, const QString &ownerLogin);
    // R5: adds or removes one tag on customers.
    Status addTag(const QStringList &customerIds, const QString &tag);
    Status removeTag(const QStringList &customerIds, const QString &tag);
    // R5: the tags of the customers the acting user may see, with how many of them carry each
    // (the list's tag filter, the form's completion), most used first.
    Result<QList<QPair<QString, int>>> tags() const;

    Result<CustomerList> list(const CustomerFilter &filter, const CustomerSort &sort,
                              int limit) const;

private:
    Status requireEditor() const;
    // A rep or assistant gives customers only to themselves, a manager of a team only to its
    // members.
    Status requireOwnerInScope(const QString &ownerLogin) const;
    Status changeTags(const QStringList &customerIds, const QString &tag, bool add);

    ServiceContext &m_context;
    CalendarService &m_calendar;
    SettingsService &m_settings;
};

// R6: the warning for an A customer owned by someone who is not a senior rep (empty if none).
QString seniorOwnerWarning(const QString &customerId, const std::optional<Grade> &grade,
                           const QString &ownerLogin, bool ownerIsSenior);

} // namespace sf
