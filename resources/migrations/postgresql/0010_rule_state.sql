-- SPDX-License-Identifier: MIT
-- Schema version 10 on PostgreSQL: what the rules ask of every customer, kept up to date as
-- records and grades are written (sqlite/0010_rule_state.sql says why). The rows are written by
-- triggers that run as the tables' owner, so that they follow every record and grade change a
-- user may make, while no user writes them directly.

-- R6, R8, R13: when an A or B customer last became what it is now; NULL for C and ungraded
-- customers (sqlite/0010_rule_state.sql).
ALTER TABLE customer_grades ADD COLUMN became_at TEXT;

DROP INDEX grade_history_became_a;
CREATE INDEX grade_history_became ON grade_history (customer_id, to_grade, at, from_grade)
    WHERE from_grade <> to_grade AND to_grade IN ('A', 'B');

-- Users write the grades but never became_at: it is the triggers' (as the tables' owner).
REVOKE INSERT, UPDATE ON customer_grades FROM salesflow_users;
GRANT INSERT (customer_id, grade, graded_at, score_industry, score_budget, score_decision,
              score_urgency),
      UPDATE (grade, graded_at, score_industry, score_budget, score_decision, score_urgency)
    ON customer_grades TO salesflow_users;

-- The latest change of one customer's grade to `grade` when that is A or B; else NULL. For the
-- triggers only: it reads history past row-level security.
CREATE FUNCTION sf_became(customer bigint, grade text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT max(h.at) FROM grade_history h
        WHERE h.customer_id = $1 AND h.to_grade = $2 AND h.from_grade <> h.to_grade
          AND h.to_grade IN ('A', 'B')
    $$;
REVOKE EXECUTE ON FUNCTION sf_became(bigint, text) FROM PUBLIC;

UPDATE customer_grades g SET became_at = sf_became(g.customer_id, g.grade)
WHERE g.grade IN ('A', 'B');

-- A grade row written or its grade changed (its history row may come before or after).
CREATE FUNCTION sf_grade_row_became() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    BEGIN
        NEW.became_at := CASE WHEN NEW.grade IN ('A', 'B')
                              THEN sf_became(NEW.customer_id, NEW.grade) END;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER customer_grades_became BEFORE INSERT ON customer_grades
    FOR EACH ROW EXECUTE FUNCTION sf_grade_row_became();
CREATE TRIGGER customer_grades_regraded BEFORE UPDATE OF grade ON customer_grades
    FOR EACH ROW WHEN (OLD.grade IS DISTINCT FROM NEW.grade)
    EXECUTE FUNCTION sf_grade_row_became();

-- A change to the customer's current grade written to the history; history changed or deleted
-- (SalesFlow does neither): worked out again from the current grade.
CREATE FUNCTION sf_grade_became() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            UPDATE customer_grades SET became_at = sf_became(NEW.customer_id, NEW.to_grade)
            WHERE customer_id = NEW.customer_id AND grade = NEW.to_grade;
        ELSE
            UPDATE customer_grades g SET became_at = sf_became(g.customer_id, g.grade)
            WHERE g.customer_id = OLD.customer_id
               OR (TG_OP = 'UPDATE' AND g.customer_id = NEW.customer_id);
        END IF;
        RETURN NULL;
    END
    $$;
CREATE TRIGGER grade_history_became AFTER INSERT ON grade_history
    FOR EACH ROW WHEN (NEW.from_grade <> NEW.to_grade AND NEW.to_grade IN ('A', 'B'))
    EXECUTE FUNCTION sf_grade_became();
CREATE TRIGGER grade_history_became_changed
    AFTER UPDATE OF customer_id, from_grade, to_grade, at OR DELETE ON grade_history
    FOR EACH ROW EXECUTE FUNCTION sf_grade_became();

-- R7 and R13: each customer's latest contact and latest progress record.
CREATE TABLE customer_activity (
    customer_id      BIGINT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    last_contact_at  TEXT NOT NULL,
    last_progress_at TEXT
);

INSERT INTO customer_activity (customer_id, last_contact_at, last_progress_at)
    SELECT customer_id, max(contact_at), max(CASE WHEN progress = 1 THEN contact_at END)
    FROM followups GROUP BY customer_id;

-- Seen with the customer; written only by the triggers below.
REVOKE INSERT, UPDATE, DELETE ON customer_activity FROM salesflow_users;
GRANT SELECT ON customer_activity TO salesflow_users;
ALTER TABLE customer_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON customer_activity FOR SELECT
    USING (sf_sees_customer(customer_id, current_user));

CREATE FUNCTION sf_followup_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    BEGIN
        INSERT INTO customer_activity (customer_id, last_contact_at, last_progress_at)
        VALUES (NEW.customer_id, NEW.contact_at,
                CASE WHEN NEW.progress = 1 THEN NEW.contact_at END)
        ON CONFLICT (customer_id) DO UPDATE SET
            last_contact_at = greatest(customer_activity.last_contact_at,
                                       excluded.last_contact_at),
            last_progress_at = greatest(customer_activity.last_progress_at,
                                        excluded.last_progress_at);
        RETURN NULL;
    END
    $$;
CREATE TRIGGER followups_activity AFTER INSERT ON followups
    FOR EACH ROW EXECUTE FUNCTION sf_followup_added();

-- A record changed or deleted (by a user with psql; SalesFlow does neither): the customers'
-- rows are worked out again. A customer's own deletion removes its row by the foreign key.
CREATE FUNCTION sf_followup_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    DECLARE
        ids bigint[] := CASE TG_OP WHEN 'DELETE' THEN ARRAY[OLD.customer_id]
                        ELSE ARRAY[OLD.customer_id, NEW.customer_id] END;
    BEGIN
        DELETE FROM customer_activity WHERE customer_id = ANY (ids);
        INSERT INTO customer_activity (customer_id, last_contact_at, last_progress_at)
            SELECT f.customer_id, max(f.contact_at),
                   max(CASE WHEN f.progress = 1 THEN f.contact_at END)
            FROM followups f
            WHERE f.customer_id = ANY (ids)
              AND EXISTS (SELECT 1 FROM customers c WHERE c.id = f.customer_id)
            GROUP BY f.customer_id;
        RETURN NULL;
    END
    $$;
CREATE TRIGGER followups_activity_changed
    AFTER UPDATE OF customer_id, contact_at, progress OR DELETE ON followups
    FOR EACH ROW EXECUTE FUNCTION sf_followup_changed();
