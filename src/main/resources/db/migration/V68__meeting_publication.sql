-- Publishing a meeting's agenda pack is a deliberate step: a meeting file may say it is not ready
-- (draft: true), and a meeting is published once, by an officer or by the nightly run on its
-- publication date, recorded with who and when. Only a published meeting's pack is public or sent.
-- The publication has no foreign key to meeting, whose row is deleted and inserted again whenever its
-- file changes; publishing is not undone by an edit. Portable between H2 and PostgreSQL.
ALTER TABLE meeting ADD COLUMN draft BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE meeting_publication (
    body_id       VARCHAR(40)  NOT NULL,
    meeting_date  DATE         NOT NULL,
    published_at  TIMESTAMP    NOT NULL,
    published_by  VARCHAR(250) NOT NULL,   -- the signed-in officer, or the nightly run
    PRIMARY KEY (body_id, meeting_date)
);
