-- Check-in codes: the QR code's link carries a random link token (at least 128 bits, base64url) instead of the six
-- digits, which stay for typing only. The column is added with a default so that it can be NOT NULL at once on
-- H2, PostgreSQL and MariaDB alike; codes stored before get a token derived from their id (a random UUID, unique,
-- 32 hex characters, which only those who may read the code's digits ever see), then the default is dropped so
-- that every new code must bring its own token, and the token is unique.
ALTER TABLE civ_check_in_code ADD COLUMN link_token VARCHAR(64) DEFAULT '' NOT NULL;

UPDATE civ_check_in_code SET link_token = REPLACE(id, '-', '');

ALTER TABLE civ_check_in_code ALTER COLUMN link_token DROP DEFAULT;

ALTER TABLE civ_check_in_code ADD CONSTRAINT uq_civ_check_in_code_link_token UNIQUE (link_token);
