-- SPDX-License-Identifier: MIT
-- Schema version 3: stage 2 of process.md (R6–R11): follow-up plans, follow-up records and
-- opportunity stages.

-- Table 2, the Sales Opportunity Follow-up Gantt Plan: a customer's plan is its items.
-- R9: an item says what (action), with whom (counterpart) and by when (due_date).
-- R10: support from another team is requested (support_requested_on) at least 2 working days
-- before the item starts.
CREATE TABLE plan_items (
    id                   INTEGER PRIMARY KEY,
    customer_id          INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    goal                 TEXT NOT NULL DEFAULT '',      -- stage goal: "week 1: dig into needs"
    action               TEXT NOT NULL CHECK (length(trim(action)) > 0),
    counterpart          TEXT NOT NULL CHECK (length(trim(counterpart)) > 0),
    method               TEXT NOT NULL CHECK (method IN ('phone', 'visit', 'online')),
    start_date           TEXT NOT NULL,                 -- local date, YYYY-MM-DD
    due_date             TEXT NOT NULL CHECK (due_date >= start_date),
    support_needed       TEXT NOT NULL DEFAULT '',
    support_requested_on TEXT,                          -- local date, when support is needed
    support_late         INTEGER NOT NULL DEFAULT 0 CHECK (support_late IN (0, 1)), -- R10
    status               TEXT NOT NULL DEFAULT 'planned'
                         CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
    progress             INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    created_at           TEXT NOT NULL,                 -- UTC
    created_by           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    updated_at           TEXT NOT NULL
);
CREATE INDEX plan_items_by_customer ON plan_items (customer_id, start_date);
CREATE INDEX plan_items_by_created ON plan_items (customer_id, created_at);
CREATE INDEX plan_items_by_support_request ON plan_items (support_requested_on)
    WHERE support_requested_on IS NOT NULL;
CREATE INDEX plan_items_by_due ON plan_items (due_date) WHERE status IN ('planned', 'in_progress');

-- Opportunity stages, one open opportunity per customer at a time (won or lost closes it).
CREATE TABLE opportunities (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    stage           TEXT NOT NULL DEFAULT 'discovery'
                    CHECK (stage IN ('discovery', 'solution', 'proposal', 'negotiation', 'won',
                                     'lost')),
    amount_fen      INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    currency        TEXT NOT NULL DEFAULT 'CNY',
    expected_close  TEXT,                               -- local date
    created_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL
);
CREATE INDEX opportunities_by_customer ON opportunities (customer_id);

-- R11: the follow-up record (跟进记录). recorded_at is set by the program (or by an import of
-- history); late = recorded more than 2 hours after the contact. progress = the record moved the
-- opportunity forward (marked as progress, or a stage advance: R13 counts these).
CREATE TABLE followups (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_at      TEXT NOT NULL,                      -- UTC
    recorded_at     TEXT NOT NULL,                      -- UTC
    late            INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    method          TEXT NOT NULL CHECK (method IN ('phone', 'visit', 'online')),
    counterpart     TEXT NOT NULL DEFAULT '',
    content         TEXT NOT NULL CHECK (length(trim(content)) > 0),
    feedback        TEXT NOT NULL DEFAULT '',
    next_action     TEXT NOT NULL DEFAULT '',
    next_action_due TEXT,                               -- local date
    next_action_done INTEGER NOT NULL DEFAULT 0 CHECK (next_action_done IN (0, 1)),
    risk            TEXT NOT NULL DEFAULT '',
    progress        INTEGER NOT NULL DEFAULT 0 CHECK (progress IN (0, 1)),
    stage           TEXT,                               -- the stage this record advanced to
    recorded_by     TEXT NOT NULL
);
CREATE INDEX followups_by_customer ON followups (customer_id, contact_at);
-- R11 (rules check): the late records of a period. Partial (one record in ten is late) and
-- covering (late is listed for SQLite 3.40 to see it so), so that the period's records are not
-- each read from the table: 1M customers, 5M records, 915,000 recorded in a week: 5.7 s through
-- an index of every record's recording time, 0.4 s through this one.
CREATE INDEX followups_late_by_recorded ON followups (recorded_at, customer_id, contact_at, late)
    WHERE late = 1;
CREATE INDEX followups_by_contact ON followups (contact_at);

-- Every stage change of an opportunity, with the record that made it (if any).
CREATE TABLE stage_changes (
    id              INTEGER PRIMARY KEY,
    opportunity_id  INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    customer_id     INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    from_stage      TEXT NOT NULL DEFAULT '',
    to_stage        TEXT NOT NULL,
    followup_id     INTEGER REFERENCES followups (id) ON DELETE SET NULL,
    actor           TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX stage_changes_by_customer ON stage_changes (customer_id, at);

-- R6 and R8 (rules check, My day): when an A customer last became A, read for each A customer.
-- Partial and covering: one entry per change to A, no table row read.
CREATE INDEX grade_history_became_a ON grade_history (customer_id, at, to_grade, from_grade)
    WHERE to_grade = 'A' AND from_grade <> 'A';
