-- SPDX-License-Identifier: MIT
-- Schema version 1: the foundation every feature stands on.
-- Timestamps are UTC text 'YYYY-MM-DDTHH:MM:SSZ'; dates are 'YYYY-MM-DD'.

CREATE TABLE regions (
    code       TEXT PRIMARY KEY
               CHECK (code GLOB '[A-Z][A-Z]' OR code GLOB '[A-Z][A-Z][A-Z]'),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO regions (code, name, created_at) VALUES
    ('HZ', '杭州', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('SH', '上海', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('BJ', '北京', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('SZ', '深圳', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('GZ', '广州', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('NJ', '南京', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('SU', '苏州', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('CD', '成都', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('WH', '武汉', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('XA', '西安', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('TJ', '天津', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('CQ', '重庆', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- One row per imported or edited holiday schedule (the year it is published for).
CREATE TABLE calendar_years (
    year        INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

-- Days off and make-up working days (调休). Every other date follows the weekend rule.
CREATE TABLE calendar_days (
    day           TEXT PRIMARY KEY,
    schedule_year INTEGER NOT NULL REFERENCES calendar_years (year) ON DELETE CASCADE,
    off_day       INTEGER NOT NULL CHECK (off_day IN (0, 1)),
    name          TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX calendar_days_by_year ON calendar_days (schedule_year);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL
                  CHECK (role IN ('rep', 'assistant', 'manager', 'legal', 'finance', 'admin')),
    senior        INTEGER NOT NULL DEFAULT 0 CHECK (senior IN (0, 1)),
    team          TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

-- Traceability (可追溯): who changed what, when, from what to what.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_by_time ON audit_log (at);

-- R1: the last serial issued per region and year. A counter (not MAX over customers) so that an
-- id is never issued twice, even after its customer was deleted.
CREATE TABLE customer_id_serials (
    region      TEXT NOT NULL REFERENCES regions (code),
    year        INTEGER NOT NULL,
    last_serial INTEGER NOT NULL CHECK (last_serial >= 0),
    PRIMARY KEY (region, year)
) WITHOUT ROWID;
