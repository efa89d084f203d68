-- H2's part of V20 (accounts): ids for existing rows, NOT NULL where every row now has a value, and no password
-- hash for accounts that sign in at an identity platform.
UPDATE civ_account SET id = CAST(RANDOM_UUID() AS VARCHAR(36)) WHERE id IS NULL;
ALTER TABLE civ_account ALTER COLUMN id SET NOT NULL;
ALTER TABLE civ_account ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE civ_account ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE civ_account ALTER COLUMN password_hash DROP NOT NULL;
