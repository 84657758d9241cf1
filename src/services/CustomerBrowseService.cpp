// SPDX-License-Identifier: MIT
#include "services/CustomerBrowseService.h"

#include "services/ServiceContext.h"
#include "storage/CustomerListQuery.h"
#include "storage/Database.h"

namespace sf {

Result<qint64> CustomerBrowseService::count(const CustomerFilter &filter) const
{
    return CustomerListQuery(m_context.db, filter, {}, m_context.scope()).count();
}

Result<QList<CustomerRow>> CustomerBrowseService::page(const CustomerFilter &filter,
                                                       const CustomerSort &sort,
                                                       const std::optional<CustomerCursor> &cursor,
                                                       bool inclusive, int limit) const
{
    return CustomerListQuery(m_context.db, filter, sort, m_context.scope())
        .page(cursor, inclusive, limit);
}

Result<QList<CustomerRow>> CustomerBrowseService::pageAt(const CustomerFilter &filter,
                                                         const CustomerSort &sort, qint64 offset,
                                                         int limit) const
{
    return CustomerListQuery(m_context.db, filter, sort, m_context.scope()).pageAt(offset, limit);
}

Result<QList<CustomerCursor>> CustomerBrowseService::pageStarts(const CustomerFilter &filter,
                                                                const CustomerSort &sort,
                                                                int pageSize) const
{
    return CustomerListQuery(m_context.db, filter, sort, m_context.scope()).pageStarts(pageSize);
}

Result<QStringList> CustomerBrowseService::ids(const CustomerFilter &filter,
                                               const CustomerSort &sort, qint64 offset,
                                               qint64 count) const
{
    return CustomerListQuery(m_context.db, filter, sort, m_context.scope()).ids(offset, count);
}

} // namespace sf
