-- Bodies, their people and memberships, meetings and agendas, the papers of agenda items, and the
-- attachment blobs (stored once, by content hash). Portable between H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE blob (
    sha256      CHAR(64)     NOT NULL PRIMARY KEY,
    media_type  VARCHAR(100) NOT NULL,
    byte_size   BIGINT       NOT NULL,
    content     BYTEA        NOT NULL
);

CREATE TABLE body (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(40),
    kind        VARCHAR(20)  NOT NULL,
    website     VARCHAR(200),
    email       VARCHAR(200),
    phone       VARCHAR(40),
    source_hash CHAR(64)     NOT NULL
);

CREATE TABLE body_text_block (
    body_id     VARCHAR(40)  NOT NULL REFERENCES body (id),
    block_key   VARCHAR(60)  NOT NULL,
    markdown    TEXT         NOT NULL,
    PRIMARY KEY (body_id, block_key)
);

CREATE TABLE person (
    body_id      VARCHAR(40)  NOT NULL REFERENCES body (id),
    id           VARCHAR(60)  NOT NULL,
    prefix       VARCHAR(60),
    given_name   VARCHAR(100) NOT NULL,
    family_name  VARCHAR(100) NOT NULL,
    job_title    VARCHAR(200),
    organisation VARCHAR(200),
    abbreviation VARCHAR(20),
    PRIMARY KEY (body_id, id)
);

CREATE TABLE membership (
    body_id     VARCHAR(40)  NOT NULL,
    seq         INT          NOT NULL,
    person_id   VARCHAR(60)  NOT NULL,
    member_type VARCHAR(20)  NOT NULL,
    authority   VARCHAR(200),
    role        VARCHAR(40),
    date_from   DATE         NOT NULL,
    date_to     DATE,
    PRIMARY KEY (body_id, seq),
    FOREIGN KEY (body_id, person_id) REFERENCES person (body_id, id)
);

CREATE TABLE meeting (
    body_id            VARCHAR(40)  NOT NULL REFERENCES body (id),
    meeting_date       DATE         NOT NULL,
    meeting_type       VARCHAR(20)  NOT NULL,
    start_time         TIME         NOT NULL,
    venue              VARCHAR(300) NOT NULL,
    venue_short        VARCHAR(200),
    status             VARCHAR(20)  NOT NULL,
    broadcast_kind     VARCHAR(20),
    broadcast_host     VARCHAR(200),
    broadcast_url      VARCHAR(500),
    contact_officer_id VARCHAR(60)  NOT NULL,
    source_hash        CHAR(64)     NOT NULL,
    PRIMARY KEY (body_id, meeting_date)
);

CREATE TABLE agenda_item (
    body_id          VARCHAR(40)  NOT NULL,
    meeting_date     DATE         NOT NULL,
    seq              INT          NOT NULL,
    item_number      VARCHAR(10)  NOT NULL,
    item_type        VARCHAR(30)  NOT NULL,
    title            VARCHAR(500) NOT NULL,
    description      TEXT,
    note             TEXT,
    item_time        TIME,
    report_of        VARCHAR(300),
    exempt_paragraph INT,
    PRIMARY KEY (body_id, meeting_date, seq),
    FOREIGN KEY (body_id, meeting_date) REFERENCES meeting (body_id, meeting_date) ON DELETE CASCADE
);

-- The parsed Markdown reports, by the hash of their file (images are stored as blobs).
CREATE TABLE authored_report (
    sha256          CHAR(64)     NOT NULL PRIMARY KEY,
    title           VARCHAR(500) NOT NULL,
    report_date     DATE,
    report_of       VARCHAR(300),
    author          VARCHAR(500),
    email           VARCHAR(200),
    recommendations TEXT         NOT NULL,
    numbering       VARCHAR(20)  NOT NULL,
    running_header  VARCHAR(100),
    implications    VARCHAR(300) NOT NULL,
    markdown        TEXT         NOT NULL
);

CREATE TABLE report_image (
    report_sha256 CHAR(64)     NOT NULL REFERENCES authored_report (sha256) ON DELETE CASCADE,
    path          VARCHAR(500) NOT NULL,
    blob_sha256   CHAR(64)     NOT NULL REFERENCES blob (sha256),
    media_type    VARCHAR(100) NOT NULL,
    PRIMARY KEY (report_sha256, path)
);

-- A paper of an agenda item. Appendices point at their parent paper of the same item.
CREATE TABLE agenda_document (
    body_id          VARCHAR(40)  NOT NULL,
    meeting_date     DATE         NOT NULL,
    item_seq         INT          NOT NULL,
    seq              INT          NOT NULL,
    parent_seq       INT,
    appendix_label   VARCHAR(10),
    title            VARCHAR(500) NOT NULL,
    source_kind      VARCHAR(20)  NOT NULL,
    source_path      VARCHAR(500),
    report_sha256    CHAR(64) REFERENCES authored_report (sha256),
    blob_sha256      CHAR(64) REFERENCES blob (sha256),
    page_count       INT,
    generated_kind   VARCHAR(40),
    generated_options TEXT,
    content_hash     CHAR(64)     NOT NULL,
    PRIMARY KEY (body_id, meeting_date, item_seq, seq),
    FOREIGN KEY (body_id, meeting_date, item_seq) REFERENCES agenda_item (body_id, meeting_date, seq) ON DELETE CASCADE
);
