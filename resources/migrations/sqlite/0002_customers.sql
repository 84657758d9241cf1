-- SPDX-License-Identifier: MIT
-- Schema version 2: the customer pool of stage 1 (table 1, R1–R7, duplicates).

-- Table 1, the Customer Information Lifecycle Table. `id` is internal; `code` is the customer id of
-- R1 (HZ2024001). Every column the list sorts on has an index, so that a page of any sort order is
-- one index range (keyset paging) even at a million rows.
CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key         TEXT NOT NULL,      -- duplicates: normalizedCompanyName(name)
    industry         TEXT NOT NULL DEFAULT '',
    company_size     TEXT NOT NULL DEFAULT '',
    needs            TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    first_contact_at TEXT NOT NULL,      -- UTC
    entered_at       TEXT NOT NULL,      -- UTC, set by the program
    late_entry       INTEGER NOT NULL DEFAULT 0 CHECK (late_entry IN (0, 1)), -- R2
    region           TEXT NOT NULL REFERENCES regions (code),
    status           TEXT NOT NULL DEFAULT 'lead'
                     CHECK (status IN ('lead', 'opportunity', 'customer', 'invalid')),
    owner_id         INTEGER REFERENCES users (id),
    tags             TEXT NOT NULL DEFAULT '', -- R5, as shown: '国企;决策链复杂' (customer_tags is the index)
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL
);
CREATE INDEX customers_by_name ON customers (name);
CREATE INDEX customers_by_name_key ON customers (name_key);
CREATE INDEX customers_by_status ON customers (status);
CREATE INDEX customers_by_region ON customers (region);
-- Unowned customers (owner_id NULL) sort and filter as owner 0.
CREATE INDEX customers_by_owner ON customers (ifnull(owner_id, 0));
CREATE INDEX customers_by_first_contact ON customers (first_contact_at);
CREATE INDEX customers_by_entered ON customers (entered_at);

-- R4: the current grade, one narrow row per customer ('' = not graded yet). Kept apart from the
-- wide customer row because grades change in bulk (R13 downgrades 250,000 rows at once: measured
-- 5–7 s in wide rows against 1.9 s in a narrow table).
CREATE TABLE customer_grades (
    customer_id     INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    grade           TEXT NOT NULL DEFAULT '' CHECK (grade IN ('', 'A', 'B', 'C')),
    graded_at       TEXT,
    score_industry  INTEGER CHECK (score_industry BETWEEN 1 AND 5),
    score_budget    INTEGER CHECK (score_budget BETWEEN 1 AND 5),
    score_decision  INTEGER CHECK (score_decision BETWEEN 1 AND 5),
    score_urgency   INTEGER CHECK (score_urgency BETWEEN 1 AND 5)
);
CREATE INDEX customer_grades_by_grade ON customer_grades (grade);

-- R4: every grade change, with its reason, who and when.
CREATE TABLE grade_history (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    from_grade  TEXT NOT NULL DEFAULT '',
    to_grade    TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    scores      TEXT NOT NULL DEFAULT '', -- '4,5,3,4' (industry, budget, decision chain, urgency)
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX grade_history_by_customer ON grade_history (customer_id, at);

-- Key contacts (关键联系人); one per customer may be the key contact.
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    phone_key   TEXT NOT NULL DEFAULT '', -- duplicates: normalizedPhone(phone)
    email       TEXT NOT NULL DEFAULT '',
    wechat      TEXT NOT NULL DEFAULT '',
    is_key      INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_by_customer ON contacts (customer_id, position);
CREATE INDEX contacts_by_phone_key ON contacts (phone_key) WHERE phone_key <> '';

-- R5: tags, one row per customer and tag, for filtering.
CREATE TABLE customer_tags (
    tag         TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    PRIMARY KEY (tag, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_by_customer ON customer_tags (customer_id);

-- Search: substrings of 3+ characters of id, name, needs, contact names and phones through trigrams
-- (~13 ms on 1M rows), rowid = customers.id.
CREATE VIRTUAL TABLE customer_search USING fts5 (body, tokenize = 'trigram');

-- Search of 1–2 characters (common for Chinese names), which trigrams cannot answer: every
-- character and every pair of adjacent characters is a token (the sf_chars tokenizer the program
-- registers on each connection), so a query is one token and the index needs no positions.
CREATE VIRTUAL TABLE customer_search_chars USING fts5 (body, tokenize = 'sf_chars',
                                                       detail = 'none', columnsize = 0);
