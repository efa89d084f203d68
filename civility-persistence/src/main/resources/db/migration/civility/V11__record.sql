-- Service records (DOMAIN §6, §6a): append-only entries, never updated or deleted. One hash chain per recording
-- unit: seq_no 1, 2, ... with previous_hash -> hash (SHA-256 hex over the entry's canonical text). The unique
-- (unit_id, seq_no) constraint keeps concurrent appends from forking a chain. A correction is a new row whose
-- corrects_id names the row it replaces. Flags are one comma-separated column so that a row is the whole entry.
CREATE TABLE civ_service_record (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id        VARCHAR(36)  NOT NULL,
    seq_no         BIGINT       NOT NULL,
    volunteer_id   VARCHAR(36)  NOT NULL,
    activity_id    VARCHAR(36),
    description    VARCHAR(500) NOT NULL,
    place          VARCHAR(200) NOT NULL,
    location       VARCHAR(100),
    start_at       ${ts}        NOT NULL,
    end_at         ${ts},
    scheduled_end  ${ts},
    minutes        INTEGER      NOT NULL,
    record_source  VARCHAR(16)  NOT NULL,
    flags          VARCHAR(200) NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    ${ts}        NOT NULL,
    corrects_id    VARCHAR(36),
    previous_hash  VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_civ_service_record_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id),
    CONSTRAINT fk_civ_service_record_corrects FOREIGN KEY (corrects_id) REFERENCES civ_service_record (id),
    CONSTRAINT uq_civ_service_record_chain UNIQUE (unit_id, seq_no)
);

CREATE INDEX ix_civ_service_record_volunteer ON civ_service_record (volunteer_id, start_at, id);
CREATE INDEX ix_civ_service_record_corrects ON civ_service_record (corrects_id);
CREATE INDEX ix_civ_service_record_open ON civ_service_record (scheduled_end, end_at);
