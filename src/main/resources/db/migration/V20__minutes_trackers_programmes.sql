-- Minutes, the action tracker's progress, key decisions and work programmes. Each record is stored
-- as the validated JSON of its model type (org.packpress.model.minutes), keyed relationally; the
-- importer has checked every reference (people, meetings, resolution clauses) before storing.
-- Rows are keyed by (body_id, meeting_date) without a foreign key to meeting, because a meeting row
-- is deleted and inserted again whenever its meeting file changes. Portable between H2 and PostgreSQL.

CREATE TABLE minutes_record (
    body_id       VARCHAR(40)  NOT NULL REFERENCES body (id),
    meeting_date  DATE         NOT NULL,
    first_number  INT          NOT NULL,
    last_number   INT          NOT NULL,
    source_path   VARCHAR(300) NOT NULL,
    source_hash   CHAR(64)     NOT NULL,
    content       TEXT         NOT NULL,
    PRIMARY KEY (body_id, meeting_date)
);

-- Minutes confirmed as a correct record by a minute of a later meeting.
CREATE TABLE minutes_confirmation (
    body_id        VARCHAR(40)  NOT NULL REFERENCES body (id),
    meeting_date   DATE         NOT NULL,
    confirmed_at   DATE         NOT NULL,
    minute_number  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (body_id, meeting_date)
);

-- Body-wide data of one kind: 'action-tracker', 'key-decisions', 'work-programme'.
CREATE TABLE body_paper_data (
    body_id      VARCHAR(40)  NOT NULL REFERENCES body (id),
    kind         VARCHAR(40)  NOT NULL,
    source_path  VARCHAR(300) NOT NULL,
    source_hash  CHAR(64)     NOT NULL,
    content      TEXT         NOT NULL,
    PRIMARY KEY (body_id, kind)
);
