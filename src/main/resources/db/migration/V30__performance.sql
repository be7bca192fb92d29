-- Performance data: plans, indicators, observations, statuses, inspections, annual-review papers.
-- body_id refers to body(id) (created by another migration); no foreign key on purpose.

CREATE TABLE perf_plan (
    body_id      VARCHAR(40)  NOT NULL,
    plan_id      VARCHAR(60)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    street_indicator INTEGER,
    source_file  VARCHAR(300) NOT NULL,
    PRIMARY KEY (body_id, plan_id)
);

CREATE TABLE perf_theme (
    body_id       VARCHAR(40)  NOT NULL,
    plan_id       VARCHAR(60)  NOT NULL,
    position      INTEGER      NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    list_title    VARCHAR(300) NOT NULL,
    heading_title VARCHAR(300) NOT NULL,
    PRIMARY KEY (body_id, plan_id, code)
);

CREATE TABLE perf_area (
    body_id     VARCHAR(40)  NOT NULL,
    plan_id     VARCHAR(60)  NOT NULL,
    position    INTEGER      NOT NULL,
    area_id     VARCHAR(60)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    in_sentence VARCHAR(200),
    kind        VARCHAR(40),
    aliases     VARCHAR(1000),
    PRIMARY KEY (body_id, plan_id, area_id)
);

CREATE TABLE perf_comparator_group (
    body_id     VARCHAR(40)  NOT NULL,
    plan_id     VARCHAR(60)  NOT NULL,
    group_id    VARCHAR(60)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    in_sentence VARCHAR(300),
    home_area   VARCHAR(60)  NOT NULL,
    national_area VARCHAR(60),
    peers       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (body_id, plan_id, group_id)
);

CREATE TABLE perf_indicator (
    body_id          VARCHAR(40)   NOT NULL,
    plan_id          VARCHAR(60)   NOT NULL,
    indicator_no     INTEGER       NOT NULL,
    title            VARCHAR(500)  NOT NULL,
    theme            VARCHAR(20),
    section_key      VARCHAR(20),
    sheet_name       VARCHAR(31),
    direction        VARCHAR(20)   NOT NULL,
    headline_measure VARCHAR(60)   NOT NULL,
    headline_area    VARCHAR(60),
    comparator_group VARCHAR(60),
    total_area       VARCHAR(60),
    no_data          VARCHAR(1000),
    PRIMARY KEY (body_id, plan_id, indicator_no)
);

CREATE TABLE perf_measure (
    body_id     VARCHAR(40)  NOT NULL,
    plan_id     VARCHAR(60)  NOT NULL,
    indicator   INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    measure_id  VARCHAR(60)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    unit        VARCHAR(20)  NOT NULL,
    decimals    INTEGER      NOT NULL,
    numerator   VARCHAR(60),
    denominator VARCHAR(60),
    scale       DECIMAL(18, 6),
    share_of    VARCHAR(60),
    PRIMARY KEY (body_id, plan_id, indicator, measure_id)
);

CREATE TABLE perf_street_crime_type (
    body_id    VARCHAR(40)  NOT NULL,
    plan_id    VARCHAR(60)  NOT NULL,
    crime_type VARCHAR(100) NOT NULL,
    measure_id VARCHAR(60)  NOT NULL,
    PRIMARY KEY (body_id, plan_id, crime_type)
);

CREATE TABLE perf_data_quality (
    body_id   VARCHAR(40)   NOT NULL,
    plan_id   VARCHAR(60)   NOT NULL,
    indicator INTEGER       NOT NULL,
    position  INTEGER       NOT NULL,
    note      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (body_id, plan_id, indicator, position)
);

CREATE TABLE perf_observation (
    body_id      VARCHAR(40)    NOT NULL,
    plan_id      VARCHAR(60)    NOT NULL,
    indicator    INTEGER        NOT NULL,
    measure_id   VARCHAR(60)    NOT NULL,
    area_id      VARCHAR(60)    NOT NULL,
    period_code  VARCHAR(20)    NOT NULL,
    period_label VARCHAR(100)   NOT NULL,
    period_end   DATE           NOT NULL,
    obs_value    DECIMAL(20, 6) NOT NULL,
    printed      VARCHAR(100),
    source       VARCHAR(300),
    note         VARCHAR(1000),
    source_file  VARCHAR(300)   NOT NULL,
    PRIMARY KEY (body_id, plan_id, indicator, measure_id, area_id, period_code)
);
CREATE INDEX perf_observation_file ON perf_observation (body_id, plan_id, source_file);

CREATE TABLE perf_status (
    body_id     VARCHAR(40)   NOT NULL,
    plan_id     VARCHAR(60)   NOT NULL,
    indicator   INTEGER       NOT NULL,
    year_label  VARCHAR(20)   NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    recorded_by VARCHAR(200)  NOT NULL,
    recorded_on DATE,
    comment     VARCHAR(4000),
    PRIMARY KEY (body_id, plan_id, indicator, year_label)
);

CREATE TABLE perf_inspection (
    body_id       VARCHAR(40)  NOT NULL,
    inspection_id VARCHAR(60)  NOT NULL,
    inspectorate  VARCHAR(100) NOT NULL,
    programme     VARCHAR(100) NOT NULL,
    title         VARCHAR(300),
    published     DATE,
    source_file   VARCHAR(300) NOT NULL,
    PRIMARY KEY (body_id, inspection_id)
);

CREATE TABLE perf_inspection_area (
    body_id       VARCHAR(40)  NOT NULL,
    inspection_id VARCHAR(60)  NOT NULL,
    position      INTEGER      NOT NULL,
    area          VARCHAR(200) NOT NULL,
    section_title VARCHAR(300),
    grade         VARCHAR(30)  NOT NULL,
    PRIMARY KEY (body_id, inspection_id, position)
);

CREATE TABLE perf_inspection_finding (
    body_id       VARCHAR(40)   NOT NULL,
    inspection_id VARCHAR(60)   NOT NULL,
    position      INTEGER       NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    area          VARCHAR(200),
    finding_text  VARCHAR(4000) NOT NULL,
    progress      VARCHAR(1000),
    PRIMARY KEY (body_id, inspection_id, position)
);

CREATE TABLE perf_review_paper (
    body_id         VARCHAR(40)   NOT NULL,
    year_label      VARCHAR(20)   NOT NULL,
    plan_id         VARCHAR(60)   NOT NULL,
    board           VARCHAR(300)  NOT NULL,
    meeting_date    DATE          NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    presented_by    VARCHAR(300)  NOT NULL,
    purpose         VARCHAR(2000) NOT NULL,
    background      TEXT,
    recommendations TEXT,
    inspections     VARCHAR(1000),
    source_file     VARCHAR(300)  NOT NULL,
    PRIMARY KEY (body_id, year_label)
);
