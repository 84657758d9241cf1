-- SPDX-License-Identifier: MIT
-- Schema version 4: the Monday review (R12) and the automatic downgrade (R13).

-- R13: a manager keeps a stalled B customer at B with a reason until the next review.
CREATE TABLE grade_exemptions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    until       TEXT NOT NULL,  -- UTC: the start of the next review week
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL   -- UTC
);
CREATE INDEX grade_exemptions_by_customer ON grade_exemptions (customer_id, until);

-- R13 reads the progress events of each B customer in the 14 days before the as-of time.
CREATE INDEX followups_progress_by_customer ON followups (customer_id, contact_at)
    WHERE progress = 1;
