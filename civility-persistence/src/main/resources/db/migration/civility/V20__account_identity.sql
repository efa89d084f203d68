-- Accounts as core aggregates (DOMAIN §9, ADR 0019): an id that stays while the username is the key, a state,
-- the kind of credential (a password hash here, or an identity at a unified identity platform), and when the
-- account was created and last changed. Existing rows are ACTIVE password accounts whose hashes (Jakarta
-- Security's PBKDF2 format) keep working and are upgraded at their next sign-in. Their ids are filled, and the
-- columns made NOT NULL, by the vendor's V20.1 (db/migration/civility-<vendor>): those statements differ.
ALTER TABLE civ_account ADD COLUMN id VARCHAR(36);
ALTER TABLE civ_account ADD COLUMN state VARCHAR(32) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE civ_account ADD COLUMN credential_kind VARCHAR(16) DEFAULT 'PASSWORD' NOT NULL;
ALTER TABLE civ_account ADD COLUMN external_issuer VARCHAR(255);
ALTER TABLE civ_account ADD COLUMN external_subject VARCHAR(255);
ALTER TABLE civ_account ADD COLUMN created_at ${ts};
ALTER TABLE civ_account ADD COLUMN updated_at ${ts};
-- Rows from before this migration: created and updated "now" as the database's clock reads it.
UPDATE civ_account SET created_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP;
