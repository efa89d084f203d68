-- Activities of the five practice forms (讲评帮乐庆), their themes (五传) and sign-ups.
-- booking_id refers to a venue booking loosely (no foreign key): the activity service checks it
-- when planning; the booking's own rules belong to the venue feature.
CREATE TABLE civ_activity (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id     VARCHAR(36)   NOT NULL,
    form        VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    starts_at   ${ts}         NOT NULL,
    ends_at     ${ts}         NOT NULL,
    booking_id  VARCHAR(36),
    capacity    INTEGER,
    planned_at  ${ts}         NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_civ_activity_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_activity_unit_start ON civ_activity (unit_id, starts_at, id);
CREATE INDEX ix_civ_activity_unit_form_status ON civ_activity (unit_id, form, status, starts_at);

CREATE TABLE civ_activity_theme (
    activity_id VARCHAR(36) NOT NULL,
    theme       VARCHAR(16) NOT NULL,
    CONSTRAINT pk_civ_activity_theme PRIMARY KEY (activity_id, theme),
    CONSTRAINT fk_civ_activity_theme_activity FOREIGN KEY (activity_id) REFERENCES civ_activity (id)
);

-- Sign-ups in the order they came: with a capacity n the first n are confirmed, the rest wait.
-- participant_ref is a volunteer id (kind VOLUNTEER) or a resident's account name (kind RESIDENT);
-- the aggregate keeps one sign-up per participant (no unique index: positions shift on cancellation).
CREATE TABLE civ_activity_sign_up (
    activity_id      VARCHAR(36)  NOT NULL,
    position         INTEGER      NOT NULL,
    participant_kind VARCHAR(16)  NOT NULL,
    participant_ref  VARCHAR(100) NOT NULL,
    signed_up_at     ${ts}        NOT NULL,
    CONSTRAINT pk_civ_activity_sign_up PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_civ_activity_sign_up_activity FOREIGN KEY (activity_id) REFERENCES civ_activity (id)
);

CREATE INDEX ix_civ_activity_sign_up_participant ON civ_activity_sign_up (participant_kind, participant_ref);
