-- Answers kept for requests sent with an Idempotency-Key (DOMAIN §6a): one per caller and key, for 24 hours.
CREATE TABLE civ_idempotent_reply (
    key_digest   CHAR(64)       NOT NULL PRIMARY KEY,
    fingerprint  CHAR(64)       NOT NULL,
    status       INTEGER        NOT NULL,
    location     VARCHAR(2000),
    body         ${text},
    stored_at    ${ts}          NOT NULL
);

CREATE INDEX ix_civ_idempotent_reply_stored ON civ_idempotent_reply (stored_at);
