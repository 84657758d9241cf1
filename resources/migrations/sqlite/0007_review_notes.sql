-- SPDX-License-Identifier: MIT
-- R12: the strategy adjustment a manager records for a customer in the Monday review. A decision
-- about the customer, not a contact with it: it is not a follow-up record, so R6 (two follow-ups
-- a week) and R11 (recorded within two hours) do not count it. It shows on the customer's
-- timeline and in the review pack.
CREATE TABLE review_notes (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    week_start  TEXT NOT NULL,      -- local date: the Monday of the review week
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL       -- UTC
);
CREATE INDEX review_notes_by_customer ON review_notes (customer_id, recorded_at);
CREATE INDEX review_notes_by_week ON review_notes (week_start, customer_id);
