-- Portal sign-in accounts and their role grants.
CREATE TABLE civ_account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    display_name  VARCHAR(128) NOT NULL,
    volunteer_id  VARCHAR(36),
    version       BIGINT       NOT NULL
);

CREATE TABLE civ_account_grant (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(32) NOT NULL,
    unit_id  VARCHAR(36) NOT NULL,
    CONSTRAINT fk_civ_account_grant_account FOREIGN KEY (username) REFERENCES civ_account (username)
);

CREATE INDEX ix_civ_account_grant_username ON civ_account_grant (username);
