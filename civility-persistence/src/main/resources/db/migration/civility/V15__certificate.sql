-- Organisation: a unit can be dissolved (撤销); it stays in the tree so its records can still be certified
-- by its nearest ancestor that was not dissolved (谁记录谁证明).
ALTER TABLE civ_unit ADD COLUMN dissolved ${bool} DEFAULT FALSE NOT NULL;

-- Certificates: volunteer service record certificates (志愿服务记录证明, 民发〔2015〕149号) as issued. A row is
-- never updated. The number (prefix-year-sequence, the sequence counted per prefix and year) is unique: two
-- concurrent issues cannot take the same number. The verification token is unique too. Units and volunteers are referenced by id only, like the points ledger: a
-- certificate is a document that must outlive changes to them.
CREATE TABLE civ_certificate (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    cert_number        VARCHAR(64)   NOT NULL,
    issuer_id          VARCHAR(36)   NOT NULL,
    issuer_name        VARCHAR(200)  NOT NULL,
    cert_prefix        VARCHAR(32)   NOT NULL,
    issue_year         INTEGER       NOT NULL,
    seq_no             BIGINT        NOT NULL,
    recording_unit_id  VARCHAR(36)   NOT NULL,
    volunteer_id       VARCHAR(36)   NOT NULL,
    volunteer_name     VARCHAR(200)  NOT NULL,
    id_type            VARCHAR(32)   NOT NULL,
    id_number          VARCHAR(64)   NOT NULL,
    volunteer_number   VARCHAR(64)   NOT NULL,
    minutes            BIGINT        NOT NULL,
    entries            INTEGER       NOT NULL,
    content            VARCHAR(1000) NOT NULL,
    served_from        DATE          NOT NULL,
    served_to          DATE          NOT NULL,
    person_in_charge   VARCHAR(200)  NOT NULL,
    handler            VARCHAR(200)  NOT NULL,
    contact            VARCHAR(200)  NOT NULL,
    issued_on          DATE          NOT NULL,
    issued_at          ${ts}         NOT NULL,
    verification_token VARCHAR(64)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uq_civ_certificate_number UNIQUE (cert_number),
    CONSTRAINT uq_civ_certificate_token UNIQUE (verification_token)
);

CREATE INDEX ix_civ_certificate_volunteer ON civ_certificate (volunteer_id, issued_at, id);
-- lastSequence(prefix, year)
CREATE INDEX ix_civ_certificate_prefix_year ON civ_certificate (cert_prefix, issue_year, seq_no);
