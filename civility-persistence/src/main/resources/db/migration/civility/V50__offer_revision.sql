-- One row whose revision every store of a service offer bumps (in the store's transaction): an index of the
-- resource list checks it is fresh with one primary-key read instead of reading a million offers.
CREATE TABLE civ_offer_revision (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO civ_offer_revision (id, revision) VALUES (1, 0);
