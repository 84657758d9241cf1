-- SPDX-License-Identifier: MIT
-- Schema version 10: what the rules ask of every customer, kept up to date as records and grades
-- are written, instead of being looked up for every customer each time the rules run.
--
-- `rules check` and `rules apply` visited every C customer to find its last contact (R7) and
-- every B customer to find its last progress record and when it became B (R13): 700,000 index
-- lookups at a million customers, about half of the time of each command (docs/performance.md).

-- R6, R8, R13: when an A or B customer last became what it is now: the latest `at` of the history
-- rows that changed its grade to its current grade. NULL: no such row, or a C or ungraded
-- customer (no rule asks since when; `rules apply` turns 250,000 customers C at once, and keeping
-- it for them would cost a lookup each). It is worked out again whenever the grade changes and
-- whenever history to the current grade is written, changed or deleted, whichever comes first.
ALTER TABLE customer_grades ADD COLUMN became_at TEXT;

-- The changes to A and to B, by customer and grade: the latest is one seek, and no table row is
-- read (from_grade is listed for SQLite 3.40 to see the index as covering). Statements repeat the
-- index's condition word for word so that SQLite uses it. It replaces grade_history_became_a
-- (0003), which held the changes to A only.
DROP INDEX grade_history_became_a;
CREATE INDEX grade_history_became ON grade_history (customer_id, to_grade, at, from_grade)
    WHERE from_grade <> to_grade AND to_grade IN ('A', 'B');

UPDATE customer_grades SET became_at = (
    SELECT max(h.at) FROM grade_history h
    WHERE h.customer_id = customer_grades.customer_id AND h.to_grade = customer_grades.grade
      AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', 'B'))
WHERE grade IN ('A', 'B');

-- The grade changed (its history row may come before or after).
CREATE TRIGGER customer_grades_regraded AFTER UPDATE OF grade ON customer_grades
    WHEN OLD.grade <> NEW.grade AND NEW.grade IN ('A', 'B')
BEGIN
    UPDATE customer_grades SET became_at = (
        SELECT max(h.at) FROM grade_history h
        WHERE h.customer_id = NEW.customer_id AND h.to_grade = NEW.grade
          AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', 'B'))
    WHERE customer_id = NEW.customer_id;
END;

CREATE TRIGGER customer_grades_regraded_other AFTER UPDATE OF grade ON customer_grades
    WHEN NEW.grade NOT IN ('A', 'B') AND NEW.became_at IS NOT NULL
BEGIN
    UPDATE customer_grades SET became_at = NULL WHERE customer_id = NEW.customer_id;
END;

-- A change to the customer's current grade written to the history.
CREATE TRIGGER grade_history_became AFTER INSERT ON grade_history
    WHEN NEW.from_grade <> NEW.to_grade AND NEW.to_grade IN ('A', 'B')
BEGIN
    UPDATE customer_grades SET became_at = (
        SELECT max(h.at) FROM grade_history h
        WHERE h.customer_id = NEW.customer_id AND h.to_grade = NEW.to_grade
          AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', 'B'))
    WHERE customer_id = NEW.customer_id AND grade = NEW.to_grade;
END;

-- A grade row written after its history (a bulk load may write them in either order).
CREATE TRIGGER customer_grades_became AFTER INSERT ON customer_grades
    WHEN NEW.became_at IS NULL AND NEW.grade IN ('A', 'B') AND EXISTS (
        SELECT 1 FROM grade_history h
        WHERE h.customer_id = NEW.customer_id AND h.to_grade = NEW.grade
          AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', 'B'))
BEGIN
    UPDATE customer_grades SET became_at = (
        SELECT max(h.at) FROM grade_history h
        WHERE h.customer_id = NEW.customer_id AND h.to_grade = NEW.grade
          AND h.from_grade <> h.to_grade AND h.to_grade IN ('A', 'B'))
    WHERE customer_id = NEW.customer_id;
END;

-- History is not changed or deleted by SalesFlow; if it ever is, worked out again from the
-- current grade.
CREATE TRIGGER grade_history_became_changed
    AFTER UPDATE OF customer_id, from_grade, to_grade, at ON grade_history
BEGIN
    UPDATE customer_grades SET became_at = (
        SELECT max(h.at) FROM grade_history h
        WHERE h.customer_id = customer_grades.customer_id
          AND h.to_grade = customer_grades.grade AND h.from_grade <> h.to_grade
          AND h.to_grade IN ('A', 'B'))
    WHERE customer_id IN (OLD.customer_id, NEW.customer_id);
END;

CREATE TRIGGER grade_history_became_deleted AFTER DELETE ON grade_history
BEGIN
    UPDATE customer_grades SET became_at = (
        SELECT max(h.at) FROM grade_history h
        WHERE h.customer_id = customer_grades.customer_id
          AND h.to_grade = customer_grades.grade AND h.from_grade <> h.to_grade
          AND h.to_grade IN ('A', 'B'))
    WHERE customer_id = OLD.customer_id;
END;

-- R7 and R13: each customer's latest contact and latest progress record (contact times, UTC),
-- one narrow row per customer with records. No row: no record yet.
CREATE TABLE customer_activity (
    customer_id      INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    last_contact_at  TEXT NOT NULL,
    last_progress_at TEXT
);

INSERT INTO customer_activity (customer_id, last_contact_at, last_progress_at)
    SELECT customer_id, max(contact_at), max(CASE WHEN progress = 1 THEN contact_at END)
    FROM followups GROUP BY customer_id;

CREATE TRIGGER followups_activity AFTER INSERT ON followups
BEGIN
    INSERT INTO customer_activity (customer_id, last_contact_at, last_progress_at)
    VALUES (NEW.customer_id, NEW.contact_at,
            CASE WHEN NEW.progress = 1 THEN NEW.contact_at END)
    ON CONFLICT (customer_id) DO UPDATE SET
        last_contact_at = max(last_contact_at, excluded.last_contact_at),
        last_progress_at = CASE
            WHEN excluded.last_progress_at IS NULL THEN last_progress_at
            WHEN last_progress_at IS NULL THEN excluded.last_progress_at
            ELSE max(last_progress_at, excluded.last_progress_at) END;
END;

-- Records are not changed or deleted by SalesFlow (they are the history R11 and R12 read), but
-- if one ever is, the customer's row is worked out again. A customer's own deletion removes its
-- row by the foreign key (its records go the same way, and are not counted again).
CREATE TRIGGER followups_activity_changed
    AFTER UPDATE OF customer_id, contact_at, progress ON followups
BEGIN
    DELETE FROM customer_activity WHERE customer_id IN (OLD.customer_id, NEW.customer_id);
    INSERT INTO customer_activity (customer_id, last_contact_at, last_progress_at)
        SELECT customer_id, max(contact_at), max(CASE WHEN progress = 1 THEN contact_at END)
        FROM followups WHERE customer_id IN (OLD.customer_id, NEW.customer_id)
        GROUP BY customer_id;
END;

CREATE TRIGGER followups_activity_deleted AFTER DELETE ON followups
BEGIN
    DELETE FROM customer_activity WHERE customer_id = OLD.customer_id;
    INSERT INTO customer_activity (customer_id, last_contact_at, last_progress_at)
        SELECT customer_id, max(contact_at), max(CASE WHEN progress = 1 THEN contact_at END)
        FROM followups
        WHERE customer_id = OLD.customer_id
          AND EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id)
        GROUP BY customer_id;
END;
