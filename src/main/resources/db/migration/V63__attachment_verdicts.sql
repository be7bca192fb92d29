-- veraPDF's verdict on a stored attachment (tagged, PDF/UA-1, PDF/A-2a, failed rules) as JSON, by its
-- content hash and the validator's version, so that an attachment is validated once, not in every process
-- (render/pdf/AttachmentVerdicts). Portable between H2 and PostgreSQL.
CREATE TABLE attachment_verdict (
    sha256     VARCHAR(64)  NOT NULL,
    validator  VARCHAR(60)  NOT NULL,
    verdict    TEXT         NOT NULL,
    PRIMARY KEY (sha256, validator)
);
