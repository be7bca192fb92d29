-- House styles (issue 10): each of a body's dated styles as the validated JSON of
-- org.packpress.model.style.HouseStyle, and a person's post-nominals and own contact details.
CREATE TABLE body_style (
    body_id         VARCHAR(40)  NOT NULL REFERENCES body (id),
    seq             INT          NOT NULL,
    effective_from  DATE,
    content         TEXT         NOT NULL,
    PRIMARY KEY (body_id, seq)
);

ALTER TABLE person ADD COLUMN post_nominals VARCHAR(40);
ALTER TABLE person ADD COLUMN email VARCHAR(200);
ALTER TABLE person ADD COLUMN phone VARCHAR(60);
