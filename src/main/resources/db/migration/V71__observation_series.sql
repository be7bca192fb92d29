-- Issue 14: observations are stored one row per series (an indicator's measure in one area, from one file),
-- its points in parallel arrays ordered by period, instead of one row per point. A national file of 129,000
-- figures (43 forces x 50 indicators x 60 months) becomes 2,150 rows: H2 writes, and at commit rewrites,
-- every row of a transaction in both the table and its primary key, which made a row per point the larger
-- part of an import's time. The arrays stay typed and queryable (period_codes[1], CARDINALITY(period_codes)).
-- A point's period end is not stored: it follows from its period code (model.performance.Period).
CREATE TABLE perf_series (
    body_id       VARCHAR(40)            NOT NULL,
    plan_id       VARCHAR(60)            NOT NULL,
    indicator     INTEGER                NOT NULL,
    measure_id    VARCHAR(60)            NOT NULL,
    area_id       VARCHAR(60)            NOT NULL,
    source_file   VARCHAR(300)           NOT NULL,
    period_codes  VARCHAR(20) ARRAY      NOT NULL,
    period_labels VARCHAR(100) ARRAY     NOT NULL,
    obs_values    DECIMAL(20, 6) ARRAY   NOT NULL,
    printed       VARCHAR(100) ARRAY     NOT NULL,
    sources       VARCHAR(300) ARRAY     NOT NULL,
    notes         VARCHAR(1000) ARRAY    NOT NULL,
    completeness  VARCHAR(20) ARRAY      NOT NULL,
    PRIMARY KEY (body_id, plan_id, indicator, measure_id, area_id, source_file)
);

INSERT INTO perf_series (body_id, plan_id, indicator, measure_id, area_id, source_file, period_codes, period_labels,
        obs_values, printed, sources, notes, completeness)
SELECT body_id, plan_id, indicator, measure_id, area_id, source_file,
       ARRAY_AGG(period_code ORDER BY period_end, period_code),
       ARRAY_AGG(period_label ORDER BY period_end, period_code),
       ARRAY_AGG(obs_value ORDER BY period_end, period_code),
       ARRAY_AGG(printed ORDER BY period_end, period_code),
       ARRAY_AGG(source ORDER BY period_end, period_code),
       ARRAY_AGG(note ORDER BY period_end, period_code),
       ARRAY_AGG(completeness ORDER BY period_end, period_code)
FROM perf_observation
GROUP BY body_id, plan_id, indicator, measure_id, area_id, source_file;

DROP TABLE perf_observation;
