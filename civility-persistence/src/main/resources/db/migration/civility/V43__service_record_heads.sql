-- The sealed head of each unit's service record chain (R-REC-1): the last entry's sequence and hash, and an
-- HMAC-SHA256 over both under a key kept outside the database. Moved on in the same transaction as every append, so
-- entries cut off the end or rewritten with recomputed hashes no longer end at the head. Chains written before this
-- migration have no head and verify as UNANCHORED.
CREATE TABLE civ_service_record_head (
    unit_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    seq_no   BIGINT      NOT NULL,
    hash     VARCHAR(64) NOT NULL,
    seal     VARCHAR(64) NOT NULL,
    CONSTRAINT fk_civ_service_record_head_unit FOREIGN KEY (unit_id) REFERENCES civ_unit (id)
);
