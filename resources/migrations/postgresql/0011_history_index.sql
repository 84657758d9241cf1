-- SPDX-License-Identifier: MIT
-- Schema version 11 on PostgreSQL: the grade history's index by customer holds the customer alone
-- (sqlite/0011_history_index.sql says why).
DROP INDEX grade_history_by_customer;
CREATE INDEX grade_history_by_customer ON grade_history (customer_id);
