-- SPDX-License-Identifier: MIT
-- Schema version 8: on a PostgreSQL server, roles, privileges, row-level security and change
-- notifications (postgresql/0008_server_security.sql). An SQLite file has no roles: whoever may
-- open the file holds all of it, and the services are the gate (docs/permissions.md). Nothing
-- changes in the file but its version.
SELECT 1;
