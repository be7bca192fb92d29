-- Public subscribers unsubscribe with one link: a random token per body and address, and the addresses
-- that used it, which receive nothing more from that body. Portable between H2 and PostgreSQL.
CREATE TABLE unsubscribe_token (
    token   VARCHAR(64)  PRIMARY KEY,
    body_id VARCHAR(100) NOT NULL,
    email   VARCHAR(254) NOT NULL,
    UNIQUE (body_id, email)
);

CREATE TABLE unsubscribed (
    body_id VARCHAR(100) NOT NULL,
    email   VARCHAR(254) NOT NULL,          -- lower case
    at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (body_id, email)
);
