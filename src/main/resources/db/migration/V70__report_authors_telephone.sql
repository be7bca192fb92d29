-- Issue 10 (authored reports): a report's authors as a list (JSON array of names; "Report author" or
-- "Report authors" follows how many are given) and the author's telephone. A row stored before this version
-- has no authors (NULL) and keeps its author line (store.ReportRepository reads it as before).
-- Portable between H2 and PostgreSQL.
ALTER TABLE authored_report ADD COLUMN authors VARCHAR(2000);
ALTER TABLE authored_report ADD COLUMN telephone VARCHAR(100);
