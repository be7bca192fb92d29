-- Issue 13 (cross-document checks): data the checks compare, never guessed from text.
-- An agenda item may name the work-programme row it takes its description from.
ALTER TABLE agenda_item ADD COLUMN work_programme_topic VARCHAR(500);

-- A figure may be flagged as drawn from partial or sample data (shown beside it in the review).
ALTER TABLE perf_observation ADD COLUMN completeness VARCHAR(20);

-- A measure may declare breaks in its series (a changed definition): no change is reported across one.
CREATE TABLE perf_series_break (
    body_id     VARCHAR(40)   NOT NULL,
    plan_id     VARCHAR(60)   NOT NULL,
    indicator   INTEGER       NOT NULL,
    measure_id  VARCHAR(60)   NOT NULL,
    position    INTEGER       NOT NULL,
    from_period VARCHAR(20)   NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (body_id, plan_id, indicator, measure_id, position)
);
