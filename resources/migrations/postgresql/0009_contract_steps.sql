-- SPDX-License-Identifier: MIT
-- Schema version 9 on PostgreSQL: the server holds the steps of R14–R16 by role, not only by row.
-- Migration 8 lets a user change the contracts they may see in their scope; here triggers allow
-- only what ContractService and PaymentService do, so that a user who connects with psql can move
-- a contract no further than SalesFlow would:
--
-- - contracts: terms change only before signing and only by the drafter (rep, manager,
--   administrator in their scope), and an edit during the approval chain sends the contract back
--   to draft; the drafter submits a draft, legal approves or returns the legal review, finance the
--   finance review, a sales manager signs or returns at the signature; the drafter starts delivery
--   of a signed contract and completes it. Number, customer, owner, creation and import never
--   change; a renewal opportunity is linked once. Nothing else moves a contract.
-- - a new contract of a rep or manager is their own draft; only an administrator imports one at
--   another status.
-- - instalments: what was paid changes with finance's payments only; the schedule is the drafter's
--   before signing (during the approval chain only with the approvals reset) and finance's,
--   a manager's or an administrator's once signed, as long as nothing was paid.
-- - attachments change with the terms (in draft).
-- - contract_events: each role appends the events of its own steps, in its own name.
-- - payments: recorded by finance in its own name against a signed contract, never changed or
--   deleted.
--
-- The owner of the tables (and a superuser) is not held by these triggers, as it bypasses
-- row-level security (0008): it is the role that runs `init` and upgrades, and the services of a
-- workspace connected as the owner act in the name of whichever user signed in.

-- Whether the current role is not held by the checks: a role that is not an active SalesFlow user
-- (row-level security lets it change nothing unless it bypasses it) or one with the privileges of
-- the tables' owner.
CREATE FUNCTION sf_unchecked(relation oid) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = public, pg_temp
    AS $$
    SELECT sf_role(current_user) IS NULL
           OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = relation),
                          'USAGE')
    $$;

CREATE FUNCTION sf_contract_status(contract bigint) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT status FROM contracts WHERE id = contract $$;

CREATE FUNCTION sf_contract_imported(contract bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT imported = 1 FROM contracts WHERE id = contract $$;

CREATE FUNCTION sf_contract_paid(contract bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM payments WHERE contract_id = contract) $$;

CREATE FUNCTION sf_signed_status(status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp
    AS $$ SELECT status IN ('signed', 'in_delivery', 'completed') $$;

-- R14/R15: a new contract.
CREATE FUNCTION sf_check_contract_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        who text := sf_role(current_user);
    BEGIN
        IF sf_unchecked(TG_RELID) OR who = 'admin' THEN
            RETURN NEW; -- an administrator also imports contracts at any status
        END IF;
        IF NEW.status <> 'draft' OR NEW.imported <> 0 OR NEW.submitted_at IS NOT NULL
           OR NEW.legal_approved_at IS NOT NULL OR NEW.finance_approved_at IS NOT NULL
           OR NEW.signed_at IS NOT NULL OR NEW.legal_approver IS NOT NULL
           OR NEW.finance_approver IS NOT NULL OR NEW.signer IS NOT NULL
           OR NEW.renewal_opportunity_id IS NOT NULL THEN
            RAISE EXCEPTION 'SalesFlow: % (%) drafts a new contract only as a draft, without approvals',
                current_user, who USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF lower(NEW.owner) <> lower(current_user::text)
           OR lower(NEW.updated_by) <> lower(current_user::text) THEN
            RAISE EXCEPTION 'SalesFlow: % (%) drafts contracts in their own name only',
                current_user, who USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER check_insert BEFORE INSERT ON contracts
    FOR EACH ROW EXECUTE FUNCTION sf_check_contract_insert();

-- R14–R15: a change of a contract is one of the services' steps, by the role that owns it.
CREATE FUNCTION sf_check_contract_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        who text := sf_role(current_user);
        drafter boolean := sf_role(current_user) IN ('rep', 'manager', 'admin');
        terms boolean;
        stamps_kept boolean;
        stamps_cleared boolean;
        allowed boolean;
    BEGIN
        IF sf_unchecked(TG_RELID) THEN
            RETURN NEW;
        END IF;
        IF (NEW.id, NEW.number, NEW.customer_id, NEW.owner, NEW.created_at, NEW.imported,
            NEW.legal_approver, NEW.finance_approver, NEW.signer)
           IS DISTINCT FROM (OLD.id, OLD.number, OLD.customer_id, OLD.owner, OLD.created_at,
                             OLD.imported, OLD.legal_approver, OLD.finance_approver, OLD.signer) THEN
            RAISE EXCEPTION 'SalesFlow: the number, customer, owner, creation and import of contract % never change',
                OLD.number USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.updated_by IS DISTINCT FROM OLD.updated_by
           AND lower(NEW.updated_by) IS DISTINCT FROM lower(current_user::text) THEN
            RAISE EXCEPTION 'SalesFlow: % (%) changes contract % in their own name only',
                current_user, who, OLD.number USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.renewal_opportunity_id IS DISTINCT FROM OLD.renewal_opportunity_id
           AND (NOT drafter OR OLD.renewal_opportunity_id IS NOT NULL) THEN
            RAISE EXCEPTION 'SalesFlow: % (%) cannot change the renewal of contract %',
                current_user, who, OLD.number USING ERRCODE = 'insufficient_privilege';
        END IF;

        terms := (NEW.opportunity_id, NEW.title, NEW.products, NEW.price_fen, NEW.currency,
                  NEW.delivery, NEW.payment_terms, NEW.liability, NEW.start_date, NEW.end_date)
                 IS DISTINCT FROM
                 (OLD.opportunity_id, OLD.title, OLD.products, OLD.price_fen, OLD.currency,
                  OLD.delivery, OLD.payment_terms, OLD.liability, OLD.start_date, OLD.end_date);
        IF terms AND NOT drafter THEN
            RAISE EXCEPTION 'SalesFlow: % (%) cannot change the terms (products, price, amount, dates, …) of contract %',
                current_user, who, OLD.number USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF terms AND sf_signed_status(OLD.status) THEN
            RAISE EXCEPTION 'SalesFlow: contract % is signed: its terms cannot change', OLD.number
                USING ERRCODE = 'insufficient_privilege';
        END IF;

        stamps_kept := (NEW.submitted_at, NEW.legal_approved_at, NEW.finance_approved_at,
                        NEW.signed_at)
                       IS NOT DISTINCT FROM
                       (OLD.submitted_at, OLD.legal_approved_at, OLD.finance_approved_at,
                        OLD.signed_at);
        stamps_cleared := NEW.submitted_at IS NULL AND NEW.legal_approved_at IS NULL
                          AND NEW.finance_approved_at IS NULL AND NEW.signed_at IS NULL;
        IF NEW.status = OLD.status AND stamps_kept THEN
            -- No step: terms in draft (ContractService::update), or nothing but bookkeeping.
            IF terms AND OLD.status <> 'draft' THEN
                RAISE EXCEPTION 'SalesFlow: editing contract % at % sends it back to draft with its approvals reset',
                    OLD.number, OLD.status USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END IF;

        allowed := CASE
            -- submit
            WHEN OLD.status = 'draft' AND NEW.status = 'legal_review' THEN
                drafter AND NOT terms AND NEW.submitted_at IS NOT NULL
                AND (NEW.legal_approved_at, NEW.finance_approved_at, NEW.signed_at)
                    IS NOT DISTINCT FROM (OLD.legal_approved_at, OLD.finance_approved_at, OLD.signed_at)
            -- approve: legal, finance, the manager's signature
            WHEN OLD.status = 'legal_review' AND NEW.status = 'finance_review' THEN
                who = 'legal' AND NEW.legal_approved_at IS NOT NULL
                AND (NEW.submitted_at, NEW.finance_approved_at, NEW.signed_at)
                    IS NOT DISTINCT FROM (OLD.submitted_at, OLD.finance_approved_at, OLD.signed_at)
            WHEN OLD.status = 'finance_review' AND NEW.status = 'manager_sign' THEN
                who = 'finance' AND NEW.finance_approved_at IS NOT NULL
                AND (NEW.submitted_at, NEW.legal_approved_at, NEW.signed_at)
                    IS NOT DISTINCT FROM (OLD.submitted_at, OLD.legal_approved_at, OLD.signed_at)
            WHEN OLD.status = 'manager_sign' AND NEW.status = 'signed' THEN
                who = 'manager' AND NEW.signed_at IS NOT NULL
                AND (NEW.submitted_at, NEW.legal_approved_at, NEW.finance_approved_at)
                    IS NOT DISTINCT FROM (OLD.submitted_at, OLD.legal_approved_at, OLD.finance_approved_at)
            -- back to draft: rejected by the step's owner, or reset by the drafter's edit
            WHEN OLD.status IN ('legal_review', 'finance_review', 'manager_sign')
                 AND NEW.status = 'draft' THEN
                stamps_cleared
                AND (drafter
                     OR (OLD.status = 'legal_review' AND who = 'legal')
                     OR (OLD.status = 'finance_review' AND who = 'finance'))
            -- delivery and completion
            WHEN OLD.status = 'signed' AND NEW.status = 'in_delivery'
                 OR OLD.status = 'in_delivery' AND NEW.status = 'completed' THEN
                drafter AND stamps_kept
            ELSE false
        END;
        IF NOT coalesce(allowed, false) THEN
            RAISE EXCEPTION 'SalesFlow: % (%) cannot move contract % from % to % (or change those approvals)',
                current_user, who, OLD.number, OLD.status, NEW.status
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER check_update BEFORE UPDATE ON contracts
    FOR EACH ROW EXECUTE FUNCTION sf_check_contract_update();

-- No service deletes a contract (its payments would go with it).
DROP POLICY remove ON contracts;

-- Attachments are terms: the drafter's, in draft (an administrator's import attaches them to a
-- new imported contract at any status).
CREATE FUNCTION sf_check_attachment() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        contract bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.contract_id ELSE NEW.contract_id END;
        status text := sf_contract_status(CASE WHEN TG_OP = 'DELETE' THEN OLD.contract_id
                                               ELSE NEW.contract_id END);
    BEGIN
        IF sf_unchecked(TG_RELID) OR status IS NULL OR status = 'draft'
           OR (TG_OP = 'INSERT' AND sf_role(current_user) = 'admin'
               AND sf_contract_imported(contract)) THEN
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        RAISE EXCEPTION 'SalesFlow: the attachments of a contract change with its terms, in draft only'
            USING ERRCODE = 'insufficient_privilege';
    END
    $$;
CREATE TRIGGER check_change BEFORE INSERT OR UPDATE OR DELETE ON contract_attachments
    FOR EACH ROW EXECUTE FUNCTION sf_check_attachment();

-- R16: the schedule and what was paid of it.
CREATE FUNCTION sf_check_instalment() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        who text := sf_role(current_user);
        target instalments := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        status text;
        schedule boolean;
    BEGIN
        IF sf_unchecked(TG_RELID) THEN
            RETURN target;
        END IF;
        status := sf_contract_status(target.contract_id);
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.contract_id) IS DISTINCT FROM (OLD.id, OLD.contract_id) THEN
            RAISE EXCEPTION 'SalesFlow: an instalment stays with its contract'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'INSERT' AND NEW.paid_fen <> 0 THEN
            RAISE EXCEPTION 'SalesFlow: a new instalment has nothing paid yet (payments are finance''s)'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.paid_fen IS DISTINCT FROM OLD.paid_fen
           AND (who IS DISTINCT FROM 'finance' OR NOT sf_signed_status(status)
                OR NEW.paid_fen < OLD.paid_fen) THEN
            RAISE EXCEPTION 'SalesFlow: % (%) cannot change what was paid of an instalment: finance records payments of signed contracts',
                current_user, who USING ERRCODE = 'insufficient_privilege';
        END IF;
        schedule := TG_OP <> 'UPDATE'
                    OR (NEW.due_date, NEW.amount_fen, NEW.note)
                       IS DISTINCT FROM (OLD.due_date, OLD.amount_fen, OLD.note);
        IF NOT schedule OR status IS NULL THEN
            RETURN target;
        END IF;
        IF sf_signed_status(status) THEN
            IF who NOT IN ('finance', 'manager', 'admin') THEN
                RAISE EXCEPTION 'SalesFlow: % (%) cannot change the payment schedule of a signed contract',
                    current_user, who USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSIF who NOT IN ('rep', 'manager', 'admin') THEN
            RAISE EXCEPTION 'SalesFlow: % (%) cannot change the payment schedule of a contract before it is signed',
                current_user, who USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP <> 'INSERT' AND sf_contract_paid(target.contract_id) THEN
            RAISE EXCEPTION 'SalesFlow: payments were recorded against the contract: its schedule can no longer change'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN target;
    END
    $$;
CREATE TRIGGER check_change BEFORE INSERT OR UPDATE OR DELETE ON instalments
    FOR EACH ROW EXECUTE FUNCTION sf_check_instalment();

-- A rep's or manager's schedule change during the approval chain resets the approvals
-- (ContractService::setSchedule): by the end of the transaction the contract is a draft again.
CREATE FUNCTION sf_check_schedule_reset() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        target instalments := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    BEGIN
        IF NOT sf_unchecked(TG_RELID) AND sf_role(current_user) IN ('rep', 'manager')
           AND sf_contract_status(target.contract_id) IN ('legal_review', 'finance_review',
                                                       'manager_sign')
           AND (TG_OP <> 'UPDATE'
                OR (NEW.due_date, NEW.amount_fen, NEW.note)
                   IS DISTINCT FROM (OLD.due_date, OLD.amount_fen, OLD.note)) THEN
            RAISE EXCEPTION 'SalesFlow: changing the payment schedule of a contract in its approval chain sends it back to draft with its approvals reset'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
    END
    $$;
CREATE CONSTRAINT TRIGGER check_reset AFTER INSERT OR UPDATE OR DELETE ON instalments
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION sf_check_schedule_reset();

-- R15: the history of the approval chain, each step by its owner in their own name.
CREATE FUNCTION sf_check_contract_event() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    DECLARE
        who text := sf_role(current_user);
        drafter boolean := sf_role(current_user) IN ('rep', 'manager', 'admin');
        allowed boolean;
    BEGIN
        IF sf_unchecked(TG_RELID) THEN
            RETURN NEW;
        END IF;
        IF lower(NEW.actor) IS DISTINCT FROM lower(current_user::text) THEN
            RAISE EXCEPTION 'SalesFlow: % (%) records contract events in their own name only',
                current_user, who USING ERRCODE = 'insufficient_privilege';
        END IF;
        allowed := CASE
            WHEN NEW.action IN ('drafted', 'submitted', 'delivery', 'completed') THEN
                drafter AND NEW.step IS NULL
            WHEN NEW.action = 'reset' THEN drafter
            WHEN NEW.action IN ('approved', 'rejected') THEN
                (NEW.step = 'legal' AND who = 'legal')
                OR (NEW.step = 'finance' AND who = 'finance')
                OR (NEW.action = 'rejected' AND NEW.step = 'manager' AND who = 'manager')
            WHEN NEW.action = 'signed' THEN NEW.step = 'manager' AND who = 'manager'
            WHEN NEW.action = 'imported' THEN who = 'admin'
            ELSE false
        END;
        IF NOT coalesce(allowed, false) THEN
            RAISE EXCEPTION 'SalesFlow: % (%) cannot record the contract event % (step %)',
                current_user, who, NEW.action, coalesce(NEW.step, 'none')
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER check_insert BEFORE INSERT ON contract_events
    FOR EACH ROW EXECUTE FUNCTION sf_check_contract_event();

-- R16: payments, recorded by finance in its own name against signed contracts, never changed.
CREATE FUNCTION sf_check_payment() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp
    AS $$
    BEGIN
        IF sf_unchecked(TG_RELID) OR sf_role(current_user) <> 'finance' THEN
            RETURN NEW; -- row-level security refuses the others
        END IF;
        IF lower(NEW.recorded_by) IS DISTINCT FROM lower(current_user::text) THEN
            RAISE EXCEPTION 'SalesFlow: % records payments in their own name only', current_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT coalesce(sf_signed_status(sf_contract_status(NEW.contract_id)), false) THEN
            RAISE EXCEPTION 'SalesFlow: payments are recorded against signed contracts only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$;
CREATE TRIGGER check_insert BEFORE INSERT ON payments
    FOR EACH ROW EXECUTE FUNCTION sf_check_payment();
REVOKE UPDATE, DELETE ON payments, payment_allocations FROM salesflow_users;
