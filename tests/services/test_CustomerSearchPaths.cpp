// SPDX-License-Identifier: MIT
// A search is answered three ways depending on how many customers it matches (CustomerListQuery):
// a rare word sorts its few matches, a broad one walks the sort index against the set of matches,
// a dense one tests each customer on the sort index against the search index. Whatever the way,
// the pages must be the same: each keyset page is checked against the OFFSET page of the same
// rows, which always takes the set of matches.
#include "WorkspaceFixture.h"
#include "services/CustomerBrowseService.h"
#include "services/DemoDataService.h"
#include "storage/CustomerListQuery.h"
#include "storage/Database.h"

using namespace sf;
using sf::test::succeeded;

namespace {

constexpr int kCustomers = 3200;
constexpr int kPage = 100;

class CustomerSearchPaths : public test::WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        ASSERT_TRUE(succeeded(m_ws->demoData().generate(kCustomers)));
        auto db = Database::open(m_ws->databasePath());
        ASSERT_TRUE(succeeded(db));
        m_db = std::move(*db);
    }

    CustomerListQuery::SearchBreadth breadth(const QString &search) const
    {
        CustomerFilter filter;
        filter.search = search;
        return CustomerListQuery(*m_db, filter, {}).searchBreadth();
    }

    static QStringList ids(const QList<CustomerRow> &rows)
    {
        QStringList result;
        for (const CustomerRow &row : rows)
            result << row.id;
        return result;
    }

    // The first three pages by keyset against the same rows by OFFSET; returns the rows seen.
    int expectSamePages(const QString &search, const CustomerSort &sort)
    {
        CustomerFilter filter;
        filter.search = search;
        const CustomerBrowseService &browse = m_ws->customerBrowse();
        std::optional<CustomerCursor> cursor;
        int seen = 0;
        for (int page = 0; page < 3; ++page) {
            auto keyset = browse.page(filter, sort, cursor, false, kPage);
            // OFFSET 0 would be a first page too: start one row earlier and drop that row.
            auto offset = page == 0 ? browse.pageAt(filter, sort, 1, kPage - 1)
                                    : browse.pageAt(filter, sort, page * kPage, kPage);
            EXPECT_TRUE(succeeded(keyset));
            EXPECT_TRUE(succeeded(offset));
            if (!keyset || !offset || keyset->isEmpty())
                break;
            QStringList expected = ids(*offset);
            QStringList actual = ids(*keyset);
            if (page == 0)
                actual.removeFirst();
            EXPECT_EQ(actual, expected) << qPrintable(search) << " page " << page;
            seen += int(keyset->size());
            cursor = CustomerCursor{keyset->last().sortValue, keyset->last().rowId};
        }
        return seen;
    }

    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(CustomerSearchPaths, EveryWayOfAnsweringASearchGivesTheSamePages)
{
    using B = CustomerListQuery::SearchBreadth;
    // 公司 is in nearly every demo company name, 1 in nearly every phone number: dense.
    EXPECT_EQ(breadth(QStringLiteral("公司")), B::Dense);
    EXPECT_EQ(breadth(QStringLiteral("1")), B::Dense);
    EXPECT_EQ(breadth(QStringLiteral("有限公司")), B::Dense);
    EXPECT_EQ(breadth(QStringLiteral("杭州")), B::Narrow);
    EXPECT_EQ(breadth(QString()), B::None);

    for (const CustomerSortKey key : {CustomerSortKey::Id, CustomerSortKey::Name,
                                      CustomerSortKey::Grade, CustomerSortKey::Entered}) {
        for (const bool descending : {false, true}) {
            const CustomerSort sort{key, descending};
            EXPECT_EQ(expectSamePages(QStringLiteral("公司"), sort), 3 * kPage);
            EXPECT_EQ(expectSamePages(QStringLiteral("1"), sort), 3 * kPage);
            EXPECT_EQ(expectSamePages(QStringLiteral("有限公司"), sort), 3 * kPage);
            EXPECT_GT(expectSamePages(QStringLiteral("杭州"), sort), 0);
        }
    }
}

TEST_F(CustomerSearchPaths, ADenseSearchPastItsDeadlineTakesTheSetOfMatchesNotPartOfAPage)
{
    // A loaded machine can stop the row-by-row test part-way: the page then comes from the set
    // of matches, whole, never from the rows tested before the stop.
    CustomerFilter filter;
    filter.search = QStringLiteral("有限公司");
    for (const bool descending : {false, true}) {
        const CustomerSort sort{CustomerSortKey::Id, descending};
        CustomerListQuery stopped(*m_db, filter, sort);
        ASSERT_EQ(stopped.searchBreadth(), CustomerListQuery::SearchBreadth::Dense);
        stopped.setDenseSearchDeadline(0);
        auto page = stopped.page(std::nullopt, false, kPage);
        auto reference = CustomerListQuery(*m_db, filter, sort).pageAt(0, kPage);
        ASSERT_TRUE(succeeded(page));
        ASSERT_TRUE(succeeded(reference));
        EXPECT_EQ(page->size(), kPage);
        EXPECT_EQ(ids(*page), ids(*reference));
    }
}

TEST_F(CustomerSearchPaths, ADenseSearchCountsEveryMatch)
{
    CustomerFilter filter;
    filter.search = QStringLiteral("公司");
    auto total = m_ws->customerBrowse().count(filter);
    ASSERT_TRUE(succeeded(total));
    EXPECT_GE(*total, CustomerListQuery::kBroadSearchMatches);
    EXPECT_LE(*total, kCustomers);
    qint64 listed = 0;
    std::optional<CustomerCursor> cursor;
    for (;;) {
        auto page = m_ws->customerBrowse().page(filter, {}, cursor, false, 500);
        ASSERT_TRUE(succeeded(page));
        if (page->isEmpty())
            break;
        listed += page->size();
        cursor = CustomerCursor{page->last().sortValue, page->last().rowId};
    }
    EXPECT_EQ(listed, *total);
}
