-- Issue 14 (start-up): the fingerprint of the migrations the store was last migrated with (one row).
-- A process whose packaged migrations have the same fingerprint skips Flyway's scan and validation
-- (store.SchemaMigration); any other runs Flyway's migrate as before and records the new fingerprint.
CREATE TABLE schema_fingerprint (
    id          INTEGER      NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64)  NOT NULL,
    migrated_at TIMESTAMP    NOT NULL
);
