-- Venues (阵地) scheduled by a station, the platforms they serve, and their bookings with the
-- closing checklist (R-VEN-3) and damages (R-VEN-4). The unit columns hold ids of the organisation
-- feature's units; they carry no foreign key so the venue tables stand on their own.
CREATE TABLE civ_venue (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id          VARCHAR(36)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    owner_name       VARCHAR(200) NOT NULL,
    owner_contact    VARCHAR(200),
    capacity         INTEGER,
    active           ${bool}      NOT NULL,
    booking_sequence BIGINT       NOT NULL,
    version          BIGINT       NOT NULL
);

CREATE INDEX ix_civ_venue_unit_name ON civ_venue (unit_id, name, id);

CREATE TABLE civ_venue_platform (
    venue_id VARCHAR(36) NOT NULL,
    platform VARCHAR(32) NOT NULL,
    CONSTRAINT pk_civ_venue_platform PRIMARY KEY (venue_id, platform),
    CONSTRAINT fk_civ_venue_platform_venue FOREIGN KEY (venue_id) REFERENCES civ_venue (id)
);

CREATE TABLE civ_booking (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    venue_id        VARCHAR(36)   NOT NULL,
    unit_id         VARCHAR(36)   NOT NULL,
    booked_by       VARCHAR(128)  NOT NULL,
    booked_at       ${ts}         NOT NULL,
    purpose         VARCHAR(16)   NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    period_start    ${ts}         NOT NULL,
    period_end      ${ts}         NOT NULL,
    user_name       VARCHAR(200)  NOT NULL,
    user_outside    ${bool}       NOT NULL,
    status          VARCHAR(32)   NOT NULL,
    approved_by     VARCHAR(128),
    approved_at     ${ts},
    cancelled_by    VARCHAR(128),
    cancelled_at    ${ts},
    cancel_reason   VARCHAR(1000),
    cancel_rejected ${bool},
    closed_at       ${ts},
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_civ_booking_venue FOREIGN KEY (venue_id) REFERENCES civ_venue (id)
);

-- The R-VEN-5 overlap query and the list of a venue's bookings both filter by venue and order by start.
CREATE INDEX ix_civ_booking_venue_start ON civ_booking (venue_id, period_start);

CREATE TABLE civ_booking_checklist (
    booking_id VARCHAR(36)  NOT NULL,
    item       VARCHAR(32)  NOT NULL,
    signed_by  VARCHAR(128) NOT NULL,
    signed_at  ${ts}        NOT NULL,
    CONSTRAINT pk_civ_booking_checklist PRIMARY KEY (booking_id, item),
    CONSTRAINT fk_civ_booking_checklist_booking FOREIGN KEY (booking_id) REFERENCES civ_booking (id)
);

CREATE TABLE civ_booking_damage (
    booking_id           VARCHAR(36)   NOT NULL,
    position             INTEGER       NOT NULL,
    description          VARCHAR(1000) NOT NULL,
    cost_in_fen          BIGINT        NOT NULL,
    responsible_party    VARCHAR(200)  NOT NULL,
    charged_to           VARCHAR(200)  NOT NULL,
    restoration_required ${bool}       NOT NULL,
    recorded_at          ${ts}         NOT NULL,
    CONSTRAINT pk_civ_booking_damage PRIMARY KEY (booking_id, position),
    CONSTRAINT fk_civ_booking_damage_booking FOREIGN KEY (booking_id) REFERENCES civ_booking (id)
);
