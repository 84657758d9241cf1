-- SPDX-License-Identifier: MIT
-- Schema version 8 on PostgreSQL: the permission matrix of docs/permissions.md held by the server
-- itself, so that a user who connects with psql (or any client) with their own role can read and
-- change no more than SalesFlow would let them.
--
-- - Every SalesFlow user signs in as a PostgreSQL role of the same name (users.login), a member
--   of the group role salesflow_users, which holds the table privileges below. The owner of the
--   tables (the role that ran `init`, the first administrator) bypasses row-level security.
-- - Row-level security on every table: customers and what hangs off them are visible in the
--   user's scope (own / team / all) and changeable in their write scope; the steps of legal and
--   finance are theirs; the directory (users, regions, calendar, settings) is read by everyone and
--   written by administrators; the audit trail is appended to in one's own name and never changed.
-- - Roles are created and their passwords set through SECURITY DEFINER functions (which only an
--   administrator may use for others), with a SCRAM verifier the client computes: the password
--   itself never reaches the server.
-- - Statement-level triggers NOTIFY salesflow_changes, so that desktops refresh without polling
--   the tables.
-- Requires the migrating role to have CREATEROLE (docs/team-server.md).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'salesflow_users') THEN
        CREATE ROLE salesflow_users NOLOGIN;
    END IF;
END
$$;

-- The SalesFlow user behind a database role: role and team of an active user, else NULL.
CREATE FUNCTION sf_role(who name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT role FROM users WHERE login = who::text COLLATE nocase AND active = 1 $$;

CREATE FUNCTION sf_user_id(who name) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT id FROM users WHERE login = who::text COLLATE nocase AND active = 1 $$;

-- Whether `who` may see customers owned by `owner` (NULL: nobody): own for reps and assistants,
-- the team and the unowned for managers (all for a manager without a team), all for legal,
-- finance and administrators.
CREATE FUNCTION sf_sees_owner(owner bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    SELECT CASE u.role
               WHEN 'admin' THEN true
               WHEN 'legal' THEN true
               WHEN 'finance' THEN true
               WHEN 'manager' THEN u.team = '' OR owner IS NULL OR owner = u.id
                    OR EXISTS (SELECT 1 FROM users o WHERE o.id = owner AND o.team = u.team)
               ELSE owner IS NOT NULL AND owner = u.id
           END
    FROM users u WHERE u.login = who::text COLLATE nocase AND u.active = 1
    $$;

-- Whether `who` may change customers owned by `owner`: as above, but legal and finance change
-- none.
CREATE FUNCTION sf_changes_owner(owner bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    SELECT CASE u.role
               WHEN 'legal' THEN false
               WHEN 'finance' THEN false
               ELSE sf_sees_owner(owner, who)
           END
    FROM users u WHERE u.login = who::text COLLATE nocase AND u.active = 1
    $$;

CREATE FUNCTION sf_sees_customer(customer bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT sf_sees_owner(c.owner_id, who) FROM customers c WHERE c.id = customer $$;

CREATE FUNCTION sf_changes_customer(customer bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT sf_changes_owner(c.owner_id, who) FROM customers c WHERE c.id = customer $$;

-- Grading, assigning, review decisions: managers (their team) and administrators.
CREATE FUNCTION sf_grades_customer(customer bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    SELECT sf_role(who) IN ('manager', 'admin') AND sf_changes_customer(customer, who)
    $$;

CREATE FUNCTION sf_sees_contract(contract bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT sf_sees_customer(k.customer_id, who) FROM contracts k WHERE k.id = contract $$;

-- Drafting, editing, submitting, the schedule in draft: reps (own), managers (team), admins.
CREATE FUNCTION sf_drafts_contract(contract bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    SELECT sf_role(who) IN ('rep', 'manager', 'admin') AND sf_changes_customer(k.customer_id, who)
    FROM contracts k WHERE k.id = contract
    $$;

-- Logins. The verifier is what libpq's PQencryptPasswordConn makes of a password
-- ('SCRAM-SHA-256$…'); the server stores it as it is.
CREATE FUNCTION sf_create_login(login text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF sf_role(session_user) IS DISTINCT FROM 'admin' THEN
            RAISE EXCEPTION 'only a SalesFlow administrator creates logins'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM users u WHERE u.login = sf_create_login.login COLLATE nocase) THEN
            RAISE EXCEPTION 'there is no SalesFlow user %', login
                USING ERRCODE = 'no_data_found';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            -- A role of the same name: acceptable only as a SalesFlow user's (roles belong to the
            -- whole cluster; another SalesFlow database of it may have made it).
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                           JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'salesflow_users'
                           JOIN pg_roles r ON r.oid = m.member AND r.rolname = login) THEN
                RAISE EXCEPTION 'the database role % exists and is not a SalesFlow user', login
                    USING ERRCODE = 'duplicate_object';
            END IF;
        ELSE
            EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE salesflow_users', login);
        END IF;
        IF verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier);
        END IF;
    END
    $$;

-- A new password: one's own, or anyone's for an administrator.
CREATE FUNCTION sf_set_password(login text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF lower(login) <> lower(session_user::text)
           AND sf_role(session_user) IS DISTINCT FROM 'admin' THEN
            RAISE EXCEPTION 'only a SalesFlow administrator sets the password of another user'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                       JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'salesflow_users'
                       JOIN pg_roles r ON r.oid = m.member AND r.rolname = login) THEN
            RAISE EXCEPTION 'the database role % is not a SalesFlow user', login
                USING ERRCODE = 'undefined_object';
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier);
    END
    $$;

REVOKE EXECUTE ON FUNCTION sf_create_login(text, text), sf_set_password(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sf_create_login(text, text), sf_set_password(text, text)
    TO salesflow_users;

-- A deactivated user can no longer connect; reactivating lets them in again.
CREATE FUNCTION sf_follow_active() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF NEW.active IS DISTINCT FROM OLD.active
           AND EXISTS (SELECT 1 FROM pg_auth_members m
                       JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'salesflow_users'
                       JOIN pg_roles r ON r.oid = m.member AND r.rolname::text = NEW.login COLLATE "C") THEN
            EXECUTE format('ALTER ROLE %I %s', NEW.login,
                           CASE WHEN NEW.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER users_follow_active AFTER UPDATE OF active ON users
    FOR EACH ROW EXECUTE FUNCTION sf_follow_active();

-- Privileges of the group; row-level security narrows them down.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO salesflow_users;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO salesflow_users;
REVOKE INSERT, UPDATE, DELETE ON schema_version FROM salesflow_users;
REVOKE UPDATE, DELETE ON audit_log FROM salesflow_users;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO salesflow_users;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO salesflow_users;

-- The directory: read by every SalesFlow user, written by administrators.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['regions', 'settings', 'calendar_years', 'calendar_days', 'users']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read ON %I FOR SELECT USING (sf_role(current_user) IS NOT NULL)', t);
        EXECUTE format('CREATE POLICY administer ON %I FOR ALL '
                       'USING (sf_role(current_user) = ''admin'') '
                       'WITH CHECK (sf_role(current_user) = ''admin'')', t);
    END LOOP;
END
$$;

-- Counters: whoever may create what they number.
ALTER TABLE customer_id_serials ENABLE ROW LEVEL SECURITY;
CREATE POLICY numbering ON customer_id_serials FOR ALL
    USING (sf_role(current_user) IN ('rep', 'assistant', 'manager', 'admin'))
    WITH CHECK (sf_role(current_user) IN ('rep', 'assistant', 'manager', 'admin'));
ALTER TABLE contract_serials ENABLE ROW LEVEL SECURITY;
CREATE POLICY numbering ON contract_serials FOR ALL
    USING (sf_role(current_user) IN ('rep', 'manager', 'admin'))
    WITH CHECK (sf_role(current_user) IN ('rep', 'manager', 'admin'));
ALTER TABLE contract_templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON contract_templates FOR SELECT USING (sf_role(current_user) IS NOT NULL);
CREATE POLICY edit ON contract_templates FOR ALL
    USING (sf_role(current_user) IN ('manager', 'admin'))
    WITH CHECK (sf_role(current_user) IN ('manager', 'admin'));

-- Customers: seen in the read scope, created and changed in the write scope (a rep cannot hand
-- a customer to someone else: the new row must stay in their scope too), deleted by admins.
ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON customers FOR SELECT USING (sf_sees_owner(owner_id, current_user));
CREATE POLICY add ON customers FOR INSERT WITH CHECK (sf_changes_owner(owner_id, current_user));
CREATE POLICY edit ON customers FOR UPDATE
    USING (sf_changes_owner(owner_id, current_user))
    WITH CHECK (sf_changes_owner(owner_id, current_user)
                AND (owner_id IS NOT DISTINCT FROM sf_user_id(current_user)
                     OR sf_role(current_user) IN ('manager', 'admin')));
CREATE POLICY remove ON customers FOR DELETE USING (sf_role(current_user) = 'admin');

-- What belongs to a customer: seen with it, changed by whoever may change it.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['contacts', 'customer_tags', 'plan_items', 'opportunities',
                             'followups', 'stage_changes', 'service_records']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read ON %I FOR SELECT '
                       'USING (sf_sees_customer(customer_id, current_user))', t);
        EXECUTE format('CREATE POLICY change ON %I FOR ALL '
                       'USING (sf_changes_customer(customer_id, current_user)) '
                       'WITH CHECK (sf_changes_customer(customer_id, current_user))', t);
    END LOOP;
END
$$;
ALTER TABLE customer_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON customer_search FOR SELECT USING (sf_sees_customer(rowid, current_user));
CREATE POLICY change ON customer_search FOR ALL
    USING (sf_changes_customer(rowid, current_user))
    WITH CHECK (sf_changes_customer(rowid, current_user));

-- Grades (R4, R13): an entry without a grade comes with every new customer; grading, the
-- history, exemptions and the review's strategy notes are for managers and administrators.
ALTER TABLE customer_grades ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON customer_grades FOR SELECT
    USING (sf_sees_customer(customer_id, current_user));
CREATE POLICY add ON customer_grades FOR INSERT
    WITH CHECK (sf_changes_customer(customer_id, current_user)
                AND (grade = '' OR sf_grades_customer(customer_id, current_user)));
CREATE POLICY grade ON customer_grades FOR UPDATE
    USING (sf_grades_customer(customer_id, current_user))
    WITH CHECK (sf_grades_customer(customer_id, current_user));
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['grade_history', 'grade_exemptions', 'review_notes']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read ON %I FOR SELECT '
                       'USING (sf_sees_customer(customer_id, current_user))', t);
        EXECUTE format('CREATE POLICY decide ON %I FOR ALL '
                       'USING (sf_grades_customer(customer_id, current_user)) '
                       'WITH CHECK (sf_grades_customer(customer_id, current_user))', t);
    END LOOP;
END
$$;

-- Contracts (R14–R16): drafted by reps, managers and admins in their scope; legal and finance
-- change them in their approval steps; assistants neither.
ALTER TABLE contracts ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON contracts FOR SELECT USING (sf_sees_customer(customer_id, current_user));
CREATE POLICY draft ON contracts FOR INSERT
    WITH CHECK (sf_role(current_user) IN ('rep', 'manager', 'admin')
                AND sf_changes_customer(customer_id, current_user));
CREATE POLICY change ON contracts FOR UPDATE
    USING ((sf_role(current_user) IN ('rep', 'manager', 'admin')
            AND sf_changes_customer(customer_id, current_user))
           OR sf_role(current_user) IN ('legal', 'finance'))
    WITH CHECK ((sf_role(current_user) IN ('rep', 'manager', 'admin')
                 AND sf_changes_customer(customer_id, current_user))
                OR sf_role(current_user) IN ('legal', 'finance'));
CREATE POLICY remove ON contracts FOR DELETE
    USING (sf_role(current_user) IN ('rep', 'manager', 'admin')
           AND sf_changes_customer(customer_id, current_user));

ALTER TABLE contract_attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON contract_attachments FOR SELECT
    USING (sf_sees_contract(contract_id, current_user));
CREATE POLICY change ON contract_attachments FOR ALL
    USING (sf_drafts_contract(contract_id, current_user))
    WITH CHECK (sf_drafts_contract(contract_id, current_user));

ALTER TABLE contract_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON contract_events FOR SELECT
    USING (sf_sees_contract(contract_id, current_user));
CREATE POLICY add ON contract_events FOR INSERT
    WITH CHECK (sf_drafts_contract(contract_id, current_user)
                OR (sf_role(current_user) IN ('legal', 'finance')
                    AND sf_sees_contract(contract_id, current_user)));

-- Instalments: the schedule in draft belongs to the drafter, a signed contract's to finance
-- (payments mark them paid).
ALTER TABLE instalments ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON instalments FOR SELECT USING (sf_sees_contract(contract_id, current_user));
CREATE POLICY change ON instalments FOR ALL
    USING (sf_drafts_contract(contract_id, current_user) OR sf_role(current_user) = 'finance')
    WITH CHECK (sf_drafts_contract(contract_id, current_user)
                OR sf_role(current_user) = 'finance');

-- Payments: recorded by finance only.
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON payments FOR SELECT USING (sf_sees_contract(contract_id, current_user));
CREATE POLICY record ON payments FOR ALL
    USING (sf_role(current_user) = 'finance') WITH CHECK (sf_role(current_user) = 'finance');
ALTER TABLE payment_allocations ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON payment_allocations FOR SELECT
    USING (EXISTS (SELECT 1 FROM payments p WHERE p.id = payment_id));
CREATE POLICY record ON payment_allocations FOR ALL
    USING (sf_role(current_user) = 'finance') WITH CHECK (sf_role(current_user) = 'finance');

-- The audit trail: appended to in one's own name, never changed; administrators read all of it,
-- reps, assistants and managers the entries of the customers they see.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY append ON audit_log FOR INSERT
    WITH CHECK (sf_role(current_user) IS NOT NULL AND lower(actor) = lower(current_user::text));
CREATE POLICY read ON audit_log FOR SELECT
    USING (sf_role(current_user) = 'admin'
           OR (sf_role(current_user) IN ('rep', 'assistant', 'manager')
               AND entity = 'customer'
               AND EXISTS (SELECT 1 FROM customers c WHERE c.code = entity_id)));

-- Live changes: one notification per statement that changed a table the desktops show.
CREATE FUNCTION sf_notify_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM pg_notify('salesflow_changes', TG_TABLE_NAME);
        RETURN NULL;
    END
    $$;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customers', 'customer_grades', 'contacts', 'customer_tags',
                             'plan_items', 'opportunities', 'followups', 'grade_exemptions',
                             'review_notes', 'contracts', 'instalments', 'payments',
                             'service_records', 'users', 'regions', 'calendar_days', 'settings']
    LOOP
        EXECUTE format('CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION sf_notify_change()', t);
    END LOOP;
END
$$;
