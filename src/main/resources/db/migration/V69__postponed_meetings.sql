-- A postponed meeting (status POSTPONED) records when it moves to: its front sheet, page and emails say so.
-- Portable between H2 and PostgreSQL.
ALTER TABLE meeting ADD COLUMN postponed_date DATE;
ALTER TABLE meeting ADD COLUMN postponed_start TIME;
