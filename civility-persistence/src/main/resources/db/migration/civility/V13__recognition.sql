-- Recognition (DOMAIN §6): the append-only points ledger. One row per entry; points are never negative,
-- the kind says whether they add to (CREDIT) or subtract from (REDEMPTION, EXPIRY) the balance.
-- position numbers a volunteer's entries 1, 2, 3...: two concurrent appends for the same volunteer collide
-- on uq_civ_points_entry_position, so a balance checked before a debit cannot be spent twice.
-- record_id (credits) and request_id (redemptions) are unique where present: crediting a service record
-- twice or debiting a redemption request twice is impossible even if the checks before insert race.
-- Volunteers and units are referenced by id only: the ledger does not depend on their tables.
CREATE TABLE civ_points_entry (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    volunteer_id VARCHAR(36)  NOT NULL,
    position     BIGINT       NOT NULL,
    unit_id      VARCHAR(36)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    points       BIGINT       NOT NULL,
    minutes      BIGINT       NOT NULL,
    source       VARCHAR(16),
    record_id    VARCHAR(36),
    request_id   VARCHAR(100),
    goods        VARCHAR(200),
    entry_at     ${ts}        NOT NULL,
    CONSTRAINT uq_civ_points_entry_position UNIQUE (volunteer_id, position),
    CONSTRAINT uq_civ_points_entry_record UNIQUE (record_id),
    CONSTRAINT uq_civ_points_entry_request UNIQUE (volunteer_id, request_id)
);

CREATE INDEX ix_civ_points_entry_volunteer_at ON civ_points_entry (volunteer_id, entry_at, id);
