-- SPDX-License-Identifier: MIT
-- Schema version 8 on PostgreSQL: the two scalar functions of SQLite that the repositories'
-- statements use and PostgreSQL spells differently, so that those statements are written once.
-- Both are single-SELECT SQL functions, IMMUTABLE: the planner inlines them (ifnull(owner_id, 0)
-- becomes coalesce(owner_id, 0) and matches the index customers_by_owner).
-- (SQLite has no version 8 migration: there is nothing to add there.)

CREATE FUNCTION ifnull(anycompatible, anycompatible) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT coalesce($1, $2)';

CREATE FUNCTION instr(text, text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS 'SELECT strpos($1, $2)';
