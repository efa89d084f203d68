-- One-time codes of residents signing up with their phone (DOMAIN §9): one per phone, digests only.
CREATE TABLE civ_sign_up_code (
    phone_digest  CHAR(64)  NOT NULL PRIMARY KEY,
    code_digest   CHAR(64)  NOT NULL,
    expires_at    ${ts}     NOT NULL,
    wrong_tries   INTEGER   NOT NULL
);

CREATE INDEX ix_civ_sign_up_code_expires ON civ_sign_up_code (expires_at);
