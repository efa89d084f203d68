-- R-ASSESS-1: the leadership group's assessments of stations, with the figures each was made on (never recomputed),
-- the rating and the rewards or penalties decided. Months as ISO text (2026-03), which sorts as the months do.
CREATE TABLE civ_station_assessment (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    station_id          VARCHAR(36)   NOT NULL,
    period_from         VARCHAR(7)    NOT NULL,
    period_to           VARCHAR(7)    NOT NULL,
    venues              INTEGER       NOT NULL,
    teams               INTEGER       NOT NULL,
    activities_held     INTEGER       NOT NULL,
    lecture_months      INTEGER       NOT NULL,
    lecture_months_kept INTEGER       NOT NULL,
    records_complete    INTEGER       NOT NULL,
    rating              VARCHAR(16)   NOT NULL,
    decision            VARCHAR(1000) NOT NULL,
    assessed_at         ${ts}         NOT NULL,
    assessed_by         VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_civ_station_assessment_unit FOREIGN KEY (station_id) REFERENCES civ_unit (id)
);

CREATE INDEX ix_civ_station_assessment_station ON civ_station_assessment (station_id, period_to, assessed_at);
