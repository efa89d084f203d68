-- The resource list (资源清单) and the skills matching compares.

-- Skills a volunteer needs to serve a menu item (normalised tags); none: anyone can.
CREATE TABLE civ_menu_item_skill (
    menu_item_id VARCHAR(36) NOT NULL,
    skill        VARCHAR(50) NOT NULL,
    CONSTRAINT pk_civ_menu_item_skill PRIMARY KEY (menu_item_id, skill),
    CONSTRAINT fk_civ_menu_item_skill_item FOREIGN KEY (menu_item_id) REFERENCES civ_menu_item (id)
);

-- One offer per volunteer or team (owner_kind VOLUNTEER or TEAM, owner_id its id). Latitude and longitude
-- (WGS-84 degrees) only with the holder's consent; both or neither.
CREATE TABLE civ_service_offer (
    id          VARCHAR(36)      NOT NULL PRIMARY KEY,
    owner_kind  VARCHAR(16)      NOT NULL,
    owner_id    VARCHAR(36)      NOT NULL,
    unit_id     VARCHAR(36)      NOT NULL,
    grid        VARCHAR(200),
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    note        VARCHAR(500),
    active      ${bool}          NOT NULL,
    version     BIGINT           NOT NULL,
    CONSTRAINT uq_civ_service_offer_owner UNIQUE (owner_kind, owner_id)
);

CREATE INDEX ix_civ_service_offer_unit ON civ_service_offer (unit_id, id);
CREATE INDEX ix_civ_service_offer_active ON civ_service_offer (active, id);

CREATE TABLE civ_service_offer_skill (
    offer_id VARCHAR(36) NOT NULL,
    skill    VARCHAR(50) NOT NULL,
    CONSTRAINT pk_civ_service_offer_skill PRIMARY KEY (offer_id, skill),
    CONSTRAINT fk_civ_service_offer_skill_offer FOREIGN KEY (offer_id) REFERENCES civ_service_offer (id)
);

-- Weekly windows: day 1 (Monday) .. 7, minutes of the day [start_minute, end_minute), end 1440 = midnight.
CREATE TABLE civ_service_offer_window (
    offer_id     VARCHAR(36) NOT NULL,
    position     INTEGER     NOT NULL,
    day_of_week  INTEGER     NOT NULL,
    start_minute INTEGER     NOT NULL,
    end_minute   INTEGER     NOT NULL,
    CONSTRAINT pk_civ_service_offer_window PRIMARY KEY (offer_id, position),
    CONSTRAINT fk_civ_service_offer_window_offer FOREIGN KEY (offer_id) REFERENCES civ_service_offer (id)
);
