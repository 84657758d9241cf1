// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerQuery.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sf {

struct ServiceContext;

// Reading the customer list a page at a time, for the lazy table of the Customers page and the
// benchmark: counts, keyset pages and page boundaries (see CustomerListQuery). Read-only; the
// table runs it in a worker thread on a workspace of its own.
class CustomerBrowseService
{
public:
    explicit CustomerBrowseService(ServiceContext &context)
        : m_context(context)
    {}

    Result<qint64> count(const CustomerFilter &filter) const;
    Result<QList<CustomerRow>> page(const CustomerFilter &filter, const CustomerSort &sort,
                                    const std::optional<CustomerCursor> &cursor, bool inclusive,
                                    int limit) const;
    Result<QList<CustomerRow>> pageAt(const CustomerFilter &filter, const CustomerSort &sort,
                                      qint64 offset, int limit) const;
    Result<QList<CustomerCursor>> pageStarts(const CustomerFilter &filter, const CustomerSort &sort,
                                             int pageSize) const;
    // The ids of `count` rows of the list from row `offset` on (a selection of rows).
    Result<QStringList> ids(const CustomerFilter &filter, const CustomerSort &sort, qint64 offset,
                            qint64 count) const;

private:
    ServiceContext &m_context;
};

} // namespace sf
