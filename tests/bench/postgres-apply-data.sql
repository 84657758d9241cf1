-- SPDX-License-Identifier: MIT
-- Data for timing `rules apply` on PostgreSQL (docs/performance.md, "PostgreSQL"): run with psql
-- on a database that `salesflow-cli --db postgresql://… init` has just created. 1,000,000
-- customers of 50 reps: 15 % A, 35 % B, 35 % C, 15 % not graded, each graded one with its history
-- row. Of the B customers 5 in 7 (250,000) have stalled (graded B on 2026-09-01, no progress); 1 in
-- 7 became B 5 days ago; 1 in 7 has a progress record 3 days ago.
\timing on
INSERT INTO users (login, name, role, senior, team, created_at) VALUES ('manager', '王静', 'manager', 1, '', '2025-01-01T00:00:00Z');
INSERT INTO users (login, name, role, senior, team, created_at) SELECT 'rep' || lpad(g::text, 4, '0'), '销售' || g, 'rep', (g % 5 < 2)::int, '', '2025-01-01T00:00:00Z' FROM generate_series(1, 50) g;
CREATE TEMP TABLE gen AS SELECT g AS i, (ARRAY['HZ','SH','BJ','SZ','GZ','NJ','SU','CD','WH','XA','TJ','CQ'])[1 + g % 12] AS region FROM generate_series(1, 1000000) g;
INSERT INTO customers (id, code, name, name_key, first_contact_at, entered_at, region, owner_id, updated_at, needs, industry)
  SELECT i, region || '2025' || lpad(i::text, 7, '0'), '客户公司' || i, 'kehu' || i, '2025-06-01T00:00:00Z', '2025-06-01T01:00:00Z', region,
         (SELECT id FROM users WHERE login = 'rep' || lpad((1 + i % 50)::text, 4, '0')), '2025-06-01T01:00:00Z', '需要CRM系统，预算20-50万，6个月内上线', '软件与信息技术'
  FROM gen;
SELECT setval(pg_get_serial_sequence('customers', 'id'), 1000000);
INSERT INTO grade_history (customer_id, from_grade, to_grade, reason, scores, actor, at)
  SELECT i, '', CASE WHEN i % 20 < 3 THEN 'A' WHEN i % 20 < 10 THEN 'B' ELSE 'C' END, '评分定级', '4,4,4,4', 'manager',
         CASE WHEN i % 20 = 8 THEN to_char(now() AT TIME ZONE 'UTC' - interval '5 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') ELSE '2026-09-01T00:00:00Z' END
  FROM gen WHERE i % 20 < 17;
INSERT INTO customer_grades (customer_id, grade, graded_at)
  SELECT i, CASE WHEN i % 20 < 3 THEN 'A' WHEN i % 20 < 10 THEN 'B' WHEN i % 20 < 17 THEN 'C' ELSE '' END,
         CASE WHEN i % 20 = 8 THEN to_char(now() AT TIME ZONE 'UTC' - interval '5 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') WHEN i % 20 < 17 THEN '2026-09-01T00:00:00Z' END
  FROM gen;
INSERT INTO followups (customer_id, contact_at, recorded_at, method, content, progress, recorded_by)
  SELECT i, to_char(now() AT TIME ZONE 'UTC' - interval '3 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char(now() AT TIME ZONE 'UTC' - interval '3 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'phone', '电话沟通项目进度', 1, 'rep0001'
  FROM gen WHERE i % 20 = 9;
ANALYZE;
SELECT grade, count(*), count(became_at) FROM customer_grades GROUP BY grade ORDER BY 1;
