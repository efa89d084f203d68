-- Accounts (DOMAIN §9, ADR 0019): one account per id and per identity at an identity platform; the accounts
-- holding a role at a unit are listed without scanning every grant.
CREATE UNIQUE INDEX uq_civ_account_id ON civ_account (id);
CREATE UNIQUE INDEX uq_civ_account_external ON civ_account (external_issuer, external_subject);
CREATE INDEX ix_civ_account_grant_unit ON civ_account_grant (unit_id, username);

-- The append-only audit trail (R-ACC-1: every grant, revoke, disable and password reset; reads of care
-- recipients' details, R-HELP-1). Rows are inserted and read, never updated or deleted: Civility has no code that
-- would, and an operator may grant the portal's database user only INSERT and SELECT on these two tables.
-- No secret is ever stored here. The units an entry concerns are rows of civ_audit_entry_unit, so the heads of
-- any of them (or above) find it.
CREATE TABLE civ_audit_entry (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    recorded_at  ${ts}        NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    subject      VARCHAR(64)  NOT NULL,
    subject_name VARCHAR(64),
    detail       VARCHAR(200)
);

CREATE TABLE civ_audit_entry_unit (
    entry_id VARCHAR(36) NOT NULL,
    unit_id  VARCHAR(36) NOT NULL,
    CONSTRAINT pk_civ_audit_entry_unit PRIMARY KEY (entry_id, unit_id),
    CONSTRAINT fk_civ_audit_entry_unit_entry FOREIGN KEY (entry_id) REFERENCES civ_audit_entry (id)
);

CREATE INDEX ix_civ_audit_entry_recorded ON civ_audit_entry (recorded_at, id);
CREATE INDEX ix_civ_audit_entry_unit_unit ON civ_audit_entry_unit (unit_id, entry_id);
