// SPDX-License-Identifier: MIT
#pragma once

#include "core/GradeProposal.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sf {

// The life of a customer record (table 1): a lead becomes an opportunity, then a customer; a lead
// that goes nowhere is marked invalid.
enum class CustomerStatus { Lead, Opportunity, Customer, Invalid };

QString statusKey(CustomerStatus status);
// Accepts the key ("lead") and the Chinese name (线索, 商机, 客户, 无效).
std::optional<CustomerStatus> statusFromText(const QString &text);
QList<CustomerStatus> allStatuses();

// The lead sources of table 1. Stored by key; a source outside the list is kept as written.
QString sourceKeyFromText(const QString &text);
QStringList sourceKeys();

// A key contact (关键联系人) of a customer; one of them is marked as the key contact.
struct Contact
{
    qint64 id = 0;
    QString name;
    QString title;
    QString phone;
    QString email;
    QString wechat;
    bool key = false;

    bool isEmpty() const
    {
        return name.trimmed().isEmpty() && phone.trimmed().isEmpty() && email.trimmed().isEmpty() &&
               wechat.trimmed().isEmpty();
    }
    bool operator==(const Contact &) const = default;
};

// One row of table 1, the Customer Information Lifecycle Table.
struct Customer
{
    qint64 rowId = 0; // internal key; the customer id of R1 is `id`
    QString id;       // R1, e.g. HZ2024001
    QString name;
    QString industry;
    QString companySize;
    QString needs;
    QString source;
    QDateTime firstContactAt; // UTC
    QDateTime enteredAt;      // UTC, set by the program
    bool lateEntry = false;   // R2
    QString region;
    CustomerStatus status = CustomerStatus::Lead;
    QString ownerLogin; // empty: nobody owns it yet
    std::optional<Grade> grade;
    std::optional<GradeScores> scores;
    QDateTime gradedAt;
    QStringList tags; // R5
    QList<Contact> contacts;
    int version = 1;
    QDateTime updatedAt;
};

// R4: one entry of a customer's grade history.
struct GradeChange
{
    std::optional<Grade> from;
    std::optional<Grade> to;
    std::optional<GradeScores> scores;
    QString reason;
    QString actor;
    QDateTime at;
};

// What a list of customers shows: the columns of the Customers page, without contacts and needs.
struct CustomerRow
{
    qint64 rowId = 0;
    QString id;
    QString name;
    std::optional<Grade> grade;
    CustomerStatus status = CustomerStatus::Lead;
    QString region;
    QString ownerLogin;
    QString industry;
    QString companySize;
    QString source;
    QDateTime firstContactAt;
    QDateTime enteredAt;
    bool lateEntry = false;
    QStringList tags;
    QString keyContact;
    QString keyPhone;
    QVariant sortValue; // the value of the sort column, for keyset paging
};

// Duplicates: an existing customer that a new or edited one matches, and on what.
struct DuplicateMatch
{
    enum class On { Name, Phone };
    On on = On::Name;
    QString customerId;
    QString name;
    QString phone; // the matching phone as stored, for On::Phone
};

// R5: splits a tag field on ';', '；', '、' and ',' and drops blanks and repeats, keeping order.
QStringList splitTags(const QString &text);

} // namespace sf
