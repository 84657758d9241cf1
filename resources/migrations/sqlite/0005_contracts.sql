-- SPDX-License-Identifier: MIT
-- Schema version 5: stage 3 of process.md (R14–R16): contracts and their approval chain, payment
-- schedules and payments; stage 4: after-sales service records and renewal reminders.

-- Table 3, the sales contract (《销售合同模板》). R14's core terms: products, price, delivery,
-- payment_terms, liability. R15's approval chain: the time and the user of each step.
CREATE TABLE contracts (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    customer_id         INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    opportunity_id      INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
    products            TEXT NOT NULL DEFAULT '',
    price_fen           INTEGER NOT NULL DEFAULT 0 CHECK (price_fen >= 0),
    currency            TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    delivery            TEXT NOT NULL DEFAULT '',
    payment_terms       TEXT NOT NULL DEFAULT '',
    liability           TEXT NOT NULL DEFAULT '',
    start_date          TEXT,                             -- local date
    end_date            TEXT CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'legal_review', 'finance_review',
                                          'manager_sign', 'signed', 'in_delivery', 'completed')),
    imported            INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),
    submitted_at        TEXT,                             -- UTC
    legal_approved_at   TEXT,
    legal_approver      TEXT,
    finance_approved_at TEXT,
    finance_approver    TEXT,
    signed_at           TEXT,
    signer              TEXT,
    owner               TEXT NOT NULL,                    -- the rep who drafted it
    renewal_opportunity_id INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL
);
CREATE INDEX contracts_by_customer ON contracts (customer_id);
CREATE INDEX contracts_by_status ON contracts (status);
CREATE INDEX contracts_by_end ON contracts (end_date) WHERE renewal_opportunity_id IS NULL;

CREATE TABLE contract_attachments (
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    path        TEXT NOT NULL CHECK (length(trim(path)) > 0),
    PRIMARY KEY (contract_id, position)
);

-- R15: the history of the approval chain: submitted, approved, rejected (with comments), signed,
-- reset by an edit, delivery, completed, imported.
CREATE TABLE contract_events (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    action      TEXT NOT NULL,
    step        TEXT CHECK (step IS NULL OR step IN ('legal', 'finance', 'manager')),
    comment     TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL                             -- UTC
);
CREATE INDEX contract_events_by_contract ON contract_events (contract_id, at);

-- The serial of contract numbers within a year.
CREATE TABLE contract_serials (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

-- Contract templates with placeholders ({customer.name}, {contract.price}, …).
CREATE TABLE contract_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    body       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- R16: the payment schedule of a contract. paid_fen is the sum of the allocations, kept in the
-- same transaction as the payment; the check makes an over-payment impossible.
CREATE TABLE instalments (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    due_date    TEXT NOT NULL,                            -- local date
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    note        TEXT NOT NULL DEFAULT '',
    paid_fen    INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0 AND paid_fen <= amount_fen)
);
CREATE INDEX instalments_by_contract ON instalments (contract_id, due_date);
CREATE INDEX instalments_open_by_due ON instalments (due_date) WHERE paid_fen < amount_fen;

CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    received_on TEXT NOT NULL,                            -- local date
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    reference   TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL                             -- UTC
);
CREATE INDEX payments_by_contract ON payments (contract_id, received_on);

CREATE TABLE payment_allocations (
    payment_id    INTEGER NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    instalment_id INTEGER NOT NULL REFERENCES instalments (id) ON DELETE CASCADE,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    PRIMARY KEY (payment_id, instalment_id)
);
CREATE INDEX payment_allocations_by_instalment ON payment_allocations (instalment_id);

-- Stage 4: after-sales service records per customer (and contract).
CREATE TABLE service_records (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id      INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('visit', 'issue', 'training', 'renewal')),
    status           TEXT NOT NULL DEFAULT 'open'
                     CHECK (status IN ('open', 'in_progress', 'closed')),
    satisfaction     INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    summary          TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    happened_on      TEXT NOT NULL,                       -- local date
    next_maintenance TEXT,                                -- local date
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL
);
CREATE INDEX service_records_by_customer ON service_records (customer_id, happened_on);
CREATE INDEX service_records_by_maintenance ON service_records (next_maintenance)
    WHERE next_maintenance IS NOT NULL;
