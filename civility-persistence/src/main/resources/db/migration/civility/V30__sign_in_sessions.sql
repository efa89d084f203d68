-- Sign-in sessions (bearer tokens of the UI and API clients), shared by every node and kept across restarts.
-- Only the SHA-256 digest of a token is stored.
CREATE TABLE civ_sign_in_session (
    token_digest  CHAR(64)    NOT NULL PRIMARY KEY,
    username      VARCHAR(64) NOT NULL,
    created_at    ${ts}       NOT NULL,
    last_used_at  ${ts}       NOT NULL,
    expires_at    ${ts}       NOT NULL
);

CREATE INDEX ix_civ_sign_in_session_username ON civ_sign_in_session (username);
CREATE INDEX ix_civ_sign_in_session_expires ON civ_sign_in_session (expires_at);
