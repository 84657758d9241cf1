-- SPDX-License-Identifier: MIT
-- Schema version 11: the grade history's index by customer holds the customer alone.
--
-- Every lookup of a customer's history reads its one to a few rows and sorts them
-- (CustomerRepository::gradeHistory, DowngradeQueries::lastDowngrade); the latest change to A
-- or B comes from grade_history_became (0010). The time in the key made each entry four times
-- larger: 8,700 pages at a million customers instead of 2,800. `rules apply` adds a history row
-- to 250,000 customers spread over all of them, so it wrote and synced every one of those pages
-- twice (the write-ahead log, then the checkpoint): 0.1–0.25 s of its 1.7 s (docs/performance.md).
-- The index stays for those lookups and for the foreign key (deleting a customer).
DROP INDEX grade_history_by_customer;
CREATE INDEX grade_history_by_customer ON grade_history (customer_id);
