-- The processes (commands and services) that use this store, so that work left unfinished by a
-- process that died can be found and recovered by the next one. A process on the same host is dead
-- when its pid no longer runs (or runs another program); one on another host when its heartbeat
-- is older than packpress.recovery.stale-after. Portable between H2 and PostgreSQL.

CREATE TABLE packpress_process (
    id            VARCHAR(36)  PRIMARY KEY,
    host          VARCHAR(255) NOT NULL,
    pid           BIGINT       NOT NULL,
    pid_started   BIGINT,                  -- the OS process's start (epoch ms), against pid reuse
    pid_namespace VARCHAR(60),             -- pids are only comparable within one namespace (containers)
    command       VARCHAR(100) NOT NULL,
    started_at    TIMESTAMP    NOT NULL,
    heartbeat_at  TIMESTAMP    NOT NULL,
    ended_at      TIMESTAMP
);

-- which process runs (or ran) each Spring Batch job execution
CREATE TABLE job_execution_owner (
    job_execution_id BIGINT      PRIMARY KEY,
    process_id       VARCHAR(36) NOT NULL
);

-- a send's claim names the process making it and the Message-ID it uses, so that a claim left
-- SENDING by a dead process is resent with the same Message-ID (a receiver can discard a duplicate)
ALTER TABLE delivery ADD COLUMN process_id VARCHAR(36);
ALTER TABLE delivery ADD COLUMN message_id VARCHAR(250);
