-- Assistance (帮): care recipients, care pairings and their visit log (R-HELP-1).
-- A recipient's resident ID number and phone are stored in full; the application shows them only to
-- the paired volunteers and the head (VIEW_CARE_DETAILS) and never logs them.
CREATE TABLE civ_care_recipient (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id           VARCHAR(36)   NOT NULL,
    category          VARCHAR(32)   NOT NULL,
    name              VARCHAR(50)   NOT NULL,
    resident_id       VARCHAR(18),
    birth_year        INTEGER,
    address           VARCHAR(200)  NOT NULL,
    phone             VARCHAR(11),
    needs             VARCHAR(1000) NOT NULL,
    guardian_name     VARCHAR(50),
    guardian_phone    VARCHAR(11),
    guardian_relation VARCHAR(32),
    registered_at     ${ts}         NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_civ_care_recipient_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_care_recipient_unit ON civ_care_recipient (unit_id, registered_at, id);

-- The recipient's unit and category are copied onto the pairing so the overdue report reads no details.
CREATE TABLE civ_care_pairing (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    recipient_id        VARCHAR(36) NOT NULL,
    unit_id             VARCHAR(36) NOT NULL,
    category            VARCHAR(32) NOT NULL,
    visit_interval_days INTEGER     NOT NULL,
    started_on          DATE        NOT NULL,
    ended_on            DATE,
    version             BIGINT      NOT NULL,
    CONSTRAINT fk_civ_care_pairing_recipient FOREIGN KEY (recipient_id) REFERENCES civ_care_recipient (id),
    CONSTRAINT fk_civ_care_pairing_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_care_pairing_recipient ON civ_care_pairing (recipient_id);
CREATE INDEX ix_civ_care_pairing_active ON civ_care_pairing (started_on, ended_on);

-- Volunteers are referred to by id only: a pairing keeps its history if a volunteer record goes.
CREATE TABLE civ_care_pairing_volunteer (
    pairing_id   VARCHAR(36) NOT NULL,
    position     INTEGER     NOT NULL,
    volunteer_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (pairing_id, position),
    CONSTRAINT fk_civ_care_pairing_volunteer_pairing FOREIGN KEY (pairing_id) REFERENCES civ_care_pairing (id)
);

CREATE INDEX ix_civ_care_pairing_volunteer_volunteer ON civ_care_pairing_volunteer (volunteer_id);

CREATE TABLE civ_care_pairing_visit (
    pairing_id       VARCHAR(36)   NOT NULL,
    position         INTEGER       NOT NULL,
    volunteer_id     VARCHAR(36)   NOT NULL,
    visited_at       ${ts}         NOT NULL,
    duration_minutes INTEGER       NOT NULL,
    notes            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (pairing_id, position),
    CONSTRAINT fk_civ_care_pairing_visit_pairing FOREIGN KEY (pairing_id) REFERENCES civ_care_pairing (id)
);
