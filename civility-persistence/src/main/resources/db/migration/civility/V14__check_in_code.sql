-- Check-in codes (签到码): six digits an administrator opens for an activity; volunteers check in and out with
-- them. (digits, issue) is unique: issue counts the codes ever opened with the same digits, so two codes open at
-- once with the same digits cannot both be inserted. A code is never deleted: the records it opened point at it.
CREATE TABLE civ_check_in_code (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id          VARCHAR(36)  NOT NULL,
    activity_id      VARCHAR(36),
    description      VARCHAR(500) NOT NULL,
    place            VARCHAR(200) NOT NULL,
    scheduled_start  ${ts}        NOT NULL,
    scheduled_end    ${ts}        NOT NULL,
    check_in_from    ${ts}        NOT NULL,
    check_out_until  ${ts}        NOT NULL,
    digits           VARCHAR(6)   NOT NULL,
    issue            BIGINT       NOT NULL,
    opened_by        VARCHAR(100) NOT NULL,
    opened_at        ${ts}        NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_civ_check_in_code_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id),
    CONSTRAINT uq_civ_check_in_code_issue UNIQUE (digits, issue)
);

-- One row per volunteer and code: the primary key keeps a double tap from checking in twice. session_id names
-- the service record session the check-in opened (civ_service_record; written in the same transaction).
CREATE TABLE civ_check_in_code_use (
    code_id        VARCHAR(36) NOT NULL,
    volunteer_id   VARCHAR(36) NOT NULL,
    session_id     VARCHAR(36) NOT NULL,
    checked_in_at  ${ts}       NOT NULL,
    CONSTRAINT pk_civ_check_in_code_use PRIMARY KEY (code_id, volunteer_id),
    CONSTRAINT fk_civ_check_in_code_use_code FOREIGN KEY (code_id) REFERENCES civ_check_in_code (id)
);

CREATE INDEX ix_civ_check_in_code_use_time ON civ_check_in_code_use (code_id, checked_in_at, volunteer_id);
