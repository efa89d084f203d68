-- Organisation: practice units (center, institute, station, point, base) in a tree, with their
-- leadership seats, staff, grids and partner organisations. Governance: settings set at a unit.

CREATE TABLE civ_unit (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    tier        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_id   VARCHAR(36),
    region_code VARCHAR(32),
    address     VARCHAR(500),
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_civ_unit_parent FOREIGN KEY (parent_id) REFERENCES civ_unit (id)
);

-- children(parent) and roots() list by name then id.
CREATE INDEX ix_civ_unit_parent_name ON civ_unit (parent_id, name, id);

CREATE TABLE civ_unit_leadership (
    unit_id     VARCHAR(36)  NOT NULL,
    position    INTEGER      NOT NULL,
    person_name VARCHAR(200) NOT NULL,
    post        VARCHAR(32)  NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    CONSTRAINT fk_civ_unit_leadership_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_unit_leadership_unit ON civ_unit_leadership (unit_id);

CREATE TABLE civ_unit_staff (
    unit_id      VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    person_name  VARCHAR(200) NOT NULL,
    role         VARCHAR(32)  NOT NULL,
    volunteer_id VARCHAR(36),
    CONSTRAINT fk_civ_unit_staff_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_unit_staff_unit ON civ_unit_staff (unit_id);

CREATE TABLE civ_unit_grid (
    unit_id   VARCHAR(36)  NOT NULL,
    position  INTEGER      NOT NULL,
    name      VARCHAR(200) NOT NULL,
    buildings INTEGER      NOT NULL,
    CONSTRAINT fk_civ_unit_grid_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_unit_grid_unit ON civ_unit_grid (unit_id);

CREATE TABLE civ_unit_partner (
    unit_id  VARCHAR(36)  NOT NULL,
    position INTEGER      NOT NULL,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(32)  NOT NULL,
    CONSTRAINT fk_civ_unit_partner_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_unit_partner_unit ON civ_unit_partner (unit_id);

CREATE TABLE civ_policy_setting (
    unit_id    VARCHAR(36)   NOT NULL,
    name       VARCHAR(128)  NOT NULL,
    value_text VARCHAR(1000) NOT NULL,
    PRIMARY KEY (unit_id, name),
    CONSTRAINT fk_civ_policy_setting_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);
