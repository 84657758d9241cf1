-- SPDX-License-Identifier: MIT
-- Schema version 9: on a PostgreSQL server, triggers that hold the contract steps of R14–R16 by
-- role (postgresql/0009_contract_steps.sql). These checks are the server's: an SQLite file has no
-- roles, and the services are the gate (docs/permissions.md). Nothing changes in the file but its
-- version.
SELECT 1;
