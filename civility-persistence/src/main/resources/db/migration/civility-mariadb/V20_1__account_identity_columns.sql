-- MariaDB's part of V20 (accounts): ids for existing rows, NOT NULL where every row now has a value, and no
-- password hash for accounts that sign in at an identity platform. MariaDB changes nullability with MODIFY.
UPDATE civ_account SET id = UUID() WHERE id IS NULL;
ALTER TABLE civ_account MODIFY COLUMN id VARCHAR(36) NOT NULL;
ALTER TABLE civ_account MODIFY COLUMN created_at DATETIME(6) NOT NULL;
ALTER TABLE civ_account MODIFY COLUMN updated_at DATETIME(6) NOT NULL;
ALTER TABLE civ_account MODIFY COLUMN password_hash VARCHAR(512) NULL;
