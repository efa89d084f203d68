-- Recognition (DOMAIN §6a): a volunteer's answer to whether they may be named in public lists such as the
-- yearly commendation (R-RECG-1). One row per volunteer; a later answer replaces the earlier one. Without a
-- row nobody is named. Volunteers are referenced by id only, like the points ledger.
CREATE TABLE civ_naming_consent (
    volunteer_id VARCHAR(36) NOT NULL PRIMARY KEY,
    consented    ${bool}     NOT NULL,
    answered_at  ${ts}       NOT NULL
);
