-- How far each volunteer import got, so any node of a cluster can answer for an import another node runs. Written by
-- the node running the import as the rows go by and when it ends; forgotten an hour after it ended. failures holds the
-- rows not imported, a line each (see ImportProgressMapper); started_by is an account name.
CREATE TABLE civ_volunteer_import (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id     VARCHAR(36)  NOT NULL,
    started_by  VARCHAR(128) NOT NULL,
    total       INTEGER      NOT NULL,
    processed   INTEGER      NOT NULL,
    imported    INTEGER      NOT NULL,
    failures    ${text},
    started_at  ${ts}        NOT NULL,
    finished_at ${ts}
);

-- The hourly clean-up finds the finished imports by their end.
CREATE INDEX ix_civ_volunteer_import_finished ON civ_volunteer_import (finished_at);
