-- SPDX-License-Identifier: MIT
-- PostgreSQL: the same indexes as sqlite/0006_audit_search.sql (searching the audit trail,
-- newest first in keyset pages). `nocase` is the case-insensitive collation of 0001, so the
-- statements that say `COLLATE NOCASE` use these indexes on both dialects.
CREATE INDEX audit_log_by_entity_time ON audit_log (entity, at);
CREATE INDEX audit_log_by_actor_time ON audit_log (actor COLLATE nocase, at);
-- The entity id filter ignores case (customer ids are typed in any case).
CREATE INDEX audit_log_by_entity_id ON audit_log (entity_id COLLATE nocase, at);
