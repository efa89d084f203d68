-- Notices (R-NOTE-1) and their per-channel deliveries: the transactional outbox. A notice and its
-- deliveries are written in the announcing transaction; a dispatcher sends due deliveries later,
-- each claimed and recorded in its own short transaction guarded by the row's version.
-- The announced subject (an activity, a lecture) is referenced by kind and id only, without a
-- foreign key: notices do not depend on the announced feature's tables.
CREATE TABLE civ_notice (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id       VARCHAR(36)   NOT NULL,
    subject_kind  VARCHAR(16)   NOT NULL,
    subject_id    VARCHAR(36)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    starts_at     ${ts}         NOT NULL,
    publish_at    ${ts}         NOT NULL,
    announced_by  VARCHAR(128)  NOT NULL,
    announced_at  ${ts}         NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE INDEX ix_civ_notice_unit_publish ON civ_notice (unit_id, publish_at, id);
CREATE INDEX ix_civ_notice_subject ON civ_notice (subject_kind, subject_id);

CREATE TABLE civ_notice_channel (
    notice_id VARCHAR(36) NOT NULL,
    channel   VARCHAR(16) NOT NULL,
    CONSTRAINT pk_civ_notice_channel PRIMARY KEY (notice_id, channel),
    CONSTRAINT fk_civ_notice_channel_notice FOREIGN KEY (notice_id) REFERENCES civ_notice (id)
);

CREATE TABLE civ_notice_delivery (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    notice_id       VARCHAR(36)  NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    last_error      VARCHAR(500),
    next_attempt_at ${ts}        NOT NULL,
    sent_at         ${ts},
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_civ_notice_delivery_notice FOREIGN KEY (notice_id) REFERENCES civ_notice (id),
    CONSTRAINT uq_civ_notice_delivery_channel UNIQUE (notice_id, channel)
);

CREATE INDEX ix_civ_notice_delivery_due ON civ_notice_delivery (status, next_attempt_at, id);
