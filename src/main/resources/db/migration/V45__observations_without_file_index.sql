-- A national import inserts about 129,000 observations in one transaction; every index is written, and
-- committed, row by row. The primary key (body_id, plan_id, ...) already finds a plan's rows, which is all
-- that replacing one file's observations needs (it reads them by body, plan and file), so the index by
-- file is dropped: one index to maintain per row instead of two.
DROP INDEX perf_observation_file;
