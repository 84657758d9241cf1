// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace sf {

// Which customers a list shows. Empty members do not filter.
struct CustomerFilter
{
    enum class GradeFilter { Any, A, B, C, Ungraded };

    GradeFilter grade = GradeFilter::Any;
    QString ownerLogin;
    QString region;
    QString tag;
    std::optional<CustomerStatus> status;
    bool lateOnly = false; // R2
    QString search;        // substring of name, needs, contact names or phones

    bool operator==(const CustomerFilter &) const = default;
};

// The sortable columns of the customer list; each is backed by an index, so sorting and paging
// stay fast at a million rows.
enum class CustomerSortKey { Id, Name, Grade, Status, Region, Owner, FirstContact, Entered };

struct CustomerSort
{
    CustomerSortKey key = CustomerSortKey::Id;
    bool descending = false;

    bool operator==(const CustomerSort &) const = default;
};

// Where a page starts in keyset paging: the sort value and the internal row id of the last row
// before it (or of the first row of the page, for page boundaries).
struct CustomerCursor
{
    QVariant value;
    qint64 rowId = 0;
};

// Parses a grade filter typed on the command line: A, B, C, or "none"/"-" for ungraded.
std::optional<CustomerFilter::GradeFilter> gradeFilterFromText(const QString &text);

} // namespace sf
