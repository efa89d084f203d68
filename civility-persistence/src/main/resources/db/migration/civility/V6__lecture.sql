-- Lectures (讲, R-LECT-1..4): lectures with their themes and archived materials' metadata (the bytes
-- live in the portal's MaterialStorage), yearly study plans with their items, and residents' lecture
-- requests. Unit and volunteer columns hold ids of other features; like the venue tables they carry
-- no foreign key to them, so the lecture tables stand on their own.
CREATE TABLE civ_lecture (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id           VARCHAR(36)   NOT NULL,
    topic             VARCHAR(200)  NOT NULL,
    start_at          ${ts}         NOT NULL,
    end_at            ${ts}         NOT NULL,
    speaker_id        VARCHAR(36)   NOT NULL,
    speaker_name      VARCHAR(100)  NOT NULL,
    preparation_notes VARCHAR(4000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    given_at          ${ts},
    attendance        INTEGER,
    review            VARCHAR(4000),
    score             INTEGER,
    reviewed_by       VARCHAR(100),
    version           BIGINT        NOT NULL
);

-- byUnit and the compliance report (R-LECT-1: held lectures of a unit by start).
CREATE INDEX ix_civ_lecture_unit_start ON civ_lecture (unit_id, start_at, id);

CREATE TABLE civ_lecture_theme (
    lecture_id VARCHAR(36) NOT NULL,
    theme      VARCHAR(16) NOT NULL,
    CONSTRAINT pk_civ_lecture_theme PRIMARY KEY (lecture_id, theme),
    CONSTRAINT fk_civ_lecture_theme_lecture FOREIGN KEY (lecture_id) REFERENCES civ_lecture (id)
);

-- R-LECT-3: one row per archived material, filed by topic.
CREATE TABLE civ_lecture_material (
    lecture_id   VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    material_id  VARCHAR(36)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(300) NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    archived_at  ${ts}        NOT NULL,
    archived_by  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_civ_lecture_material PRIMARY KEY (lecture_id, position),
    CONSTRAINT fk_civ_lecture_material_lecture FOREIGN KEY (lecture_id) REFERENCES civ_lecture (id)
);

CREATE UNIQUE INDEX uq_civ_lecture_material_id ON civ_lecture_material (material_id);
CREATE INDEX ix_civ_lecture_material_topic ON civ_lecture_material (topic, name, material_id);

-- R-LECT-4: one plan per unit and year.
CREATE TABLE civ_study_plan (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id        VARCHAR(36)  NOT NULL,
    plan_year      INTEGER      NOT NULL,
    parent_plan_id VARCHAR(36),
    created_at     ${ts}        NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_civ_study_plan_parent FOREIGN KEY (parent_plan_id) REFERENCES civ_study_plan (id)
);

CREATE UNIQUE INDEX uq_civ_study_plan_unit_year ON civ_study_plan (unit_id, plan_year);

CREATE TABLE civ_study_plan_item (
    plan_id    VARCHAR(36)  NOT NULL,
    position   INTEGER      NOT NULL,
    plan_month INTEGER      NOT NULL,
    topic      VARCHAR(200) NOT NULL,
    source     VARCHAR(16)  NOT NULL,
    request_id VARCHAR(36),
    CONSTRAINT pk_civ_study_plan_item PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_civ_study_plan_item_plan FOREIGN KEY (plan_id) REFERENCES civ_study_plan (id)
);

CREATE TABLE civ_lecture_request (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id            VARCHAR(36)   NOT NULL,
    topic              VARCHAR(200)  NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    filed_by           VARCHAR(100)  NOT NULL,
    filed_at           ${ts}         NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    adopted_in_plan_id VARCHAR(36),
    version            BIGINT        NOT NULL
);

CREATE INDEX ix_civ_lecture_request_unit_filed ON civ_lecture_request (unit_id, filed_at, id);
