-- Scheduled jobs run once per cluster, not once per node (ADR 0041): before a run, a node takes the job's row here
-- (ShedLock's JDBC provider, plain JDBC) until lock_until; a node that finds the row taken skips that run. The
-- columns are ShedLock's own; only the table's name carries Civility's prefix.
CREATE TABLE civ_shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until ${ts}        NOT NULL,
    locked_at  ${ts}        NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
