-- Volunteers registered under their real name, their skills, and the teams of units they join.
-- The resident ID number and phone are stored in full (service certificates need them);
-- one resident ID number registers once.
CREATE TABLE civ_volunteer (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    home_unit_id        VARCHAR(36) NOT NULL,
    real_name           VARCHAR(50) NOT NULL,
    resident_id         VARCHAR(18) NOT NULL,
    phone               VARCHAR(11) NOT NULL,
    origin              VARCHAR(32) NOT NULL,
    guardian_name       VARCHAR(50),
    guardian_phone      VARCHAR(11),
    guardian_relation   VARCHAR(32),
    guardian_consent_at ${ts},
    registered_at       ${ts}       NOT NULL,
    status              VARCHAR(16) NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT fk_civ_volunteer_home_unit FOREIGN KEY (home_unit_id) REFERENCES civ_unit (id)
);

CREATE UNIQUE INDEX uq_civ_volunteer_resident_id ON civ_volunteer (resident_id);
CREATE INDEX ix_civ_volunteer_unit_name ON civ_volunteer (home_unit_id, real_name, id);

CREATE TABLE civ_volunteer_skill (
    volunteer_id VARCHAR(36) NOT NULL,
    skill        VARCHAR(30) NOT NULL,
    CONSTRAINT fk_civ_volunteer_skill_volunteer FOREIGN KEY (volunteer_id) REFERENCES civ_volunteer (id)
);

CREATE INDEX ix_civ_volunteer_skill_volunteer ON civ_volunteer_skill (volunteer_id);

CREATE TABLE civ_team (
    id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id   VARCHAR(36)  NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    formed_at ${ts}        NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT fk_civ_team_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_team_unit_name ON civ_team (unit_id, name, id);

-- One row per member; category (R-TEAM-1) and profession are null where they do not apply.
CREATE TABLE civ_team_member (
    team_id      VARCHAR(36) NOT NULL,
    volunteer_id VARCHAR(36) NOT NULL,
    category     VARCHAR(32),
    profession   VARCHAR(32),
    joined_at    ${ts}       NOT NULL,
    PRIMARY KEY (team_id, volunteer_id),
    CONSTRAINT fk_civ_team_member_team FOREIGN KEY (team_id) REFERENCES civ_team (id),
    CONSTRAINT fk_civ_team_member_volunteer FOREIGN KEY (volunteer_id) REFERENCES civ_volunteer (id)
);

CREATE INDEX ix_civ_team_member_volunteer ON civ_team_member (volunteer_id);
