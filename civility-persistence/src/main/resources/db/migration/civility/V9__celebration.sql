-- Weddings and funerals registered with a station's red-and-white affairs council (R-CELE-1), with the
-- village limits they were checked against (max_*). Money in fen.
CREATE TABLE civ_family_ceremony (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id       VARCHAR(36)  NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    host          VARCHAR(50)  NOT NULL,
    ceremony_date DATE         NOT NULL,
    tables_count  INTEGER      NOT NULL,
    gift_fen      BIGINT       NOT NULL,
    days          INTEGER      NOT NULL,
    max_tables    INTEGER      NOT NULL,
    max_gift_fen  BIGINT       NOT NULL,
    max_days      INTEGER      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    registered_at ${ts}        NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_civ_family_ceremony_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_family_ceremony_unit_date ON civ_family_ceremony (unit_id, ceremony_date, id);
