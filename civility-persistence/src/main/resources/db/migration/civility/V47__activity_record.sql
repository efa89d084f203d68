-- R-ACT-1: the record (台账) a held activity keeps: who attended (the volunteers checked in, as read from the service
-- records when the record last changed, and names signed in by hand), photos (their bytes are in the portal's
-- MaterialStorage, like lecture materials) and a summary. One record per activity, keyed by it. The activity's unit,
-- form, title and schedule are copied (none changes once it is held) so that a month's report and the station
-- assessment read this table alone; is_complete is the aggregate's complete() as of its last store.
CREATE TABLE civ_activity_record (
    activity_id VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id     VARCHAR(36)   NOT NULL,
    form        VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    starts_at   ${ts}         NOT NULL,
    ends_at     ${ts}         NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    is_complete ${bool}       NOT NULL,
    kept_at     ${ts}         NOT NULL,
    kept_by     VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_civ_activity_record_activity FOREIGN KEY (activity_id) REFERENCES civ_activity (id)
);

-- A month's report and the assessment's count: the records of a unit by start.
CREATE INDEX ix_civ_activity_record_unit_start ON civ_activity_record (unit_id, starts_at, activity_id);

CREATE TABLE civ_activity_record_attendee (
    activity_id  VARCHAR(36) NOT NULL,
    position     INTEGER     NOT NULL,
    volunteer_id VARCHAR(36) NOT NULL,
    name         VARCHAR(50) NOT NULL,
    CONSTRAINT pk_civ_activity_record_attendee PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_civ_activity_record_attendee_record FOREIGN KEY (activity_id)
        REFERENCES civ_activity_record (activity_id)
);

CREATE TABLE civ_activity_record_name (
    activity_id VARCHAR(36) NOT NULL,
    position    INTEGER     NOT NULL,
    name        VARCHAR(50) NOT NULL,
    CONSTRAINT pk_civ_activity_record_name PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_civ_activity_record_name_record FOREIGN KEY (activity_id)
        REFERENCES civ_activity_record (activity_id)
);

CREATE TABLE civ_activity_record_photo (
    activity_id  VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    photo_id     VARCHAR(36)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    image_type   VARCHAR(16)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(300) NOT NULL,
    added_at     ${ts}        NOT NULL,
    added_by     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_civ_activity_record_photo PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_civ_activity_record_photo_record FOREIGN KEY (activity_id)
        REFERENCES civ_activity_record (activity_id)
);

CREATE UNIQUE INDEX uq_civ_activity_record_photo_id ON civ_activity_record_photo (photo_id);
