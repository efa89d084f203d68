-- Appraisals (评): households (户) with their voting members and award history, and campaigns with
-- their criteria, star thresholds, nominations, votes (one per household, R-APPR-1) and objections.
-- Unit columns hold ids of the organisation feature's units without a foreign key, as in V3.
CREATE TABLE civ_household (
    id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id  VARCHAR(36)  NOT NULL,
    head     VARCHAR(100) NOT NULL,
    address  VARCHAR(200) NOT NULL,
    grid     VARCHAR(100),
    members  INTEGER      NOT NULL,
    version  BIGINT       NOT NULL
);

CREATE INDEX ix_civ_household_unit_head ON civ_household (unit_id, head, id);

CREATE TABLE civ_household_voter (
    household_id VARCHAR(36)  NOT NULL,
    account      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_civ_household_voter PRIMARY KEY (household_id, account),
    CONSTRAINT fk_civ_household_voter_household FOREIGN KEY (household_id) REFERENCES civ_household (id)
);

CREATE INDEX ix_civ_household_voter_account ON civ_household_voter (account);

CREATE TABLE civ_household_award (
    household_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    campaign_id  VARCHAR(36)  NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    award_year   INTEGER      NOT NULL,
    person       VARCHAR(100),
    stars        INTEGER,
    awarded_at   ${ts}        NOT NULL,
    CONSTRAINT pk_civ_household_award PRIMARY KEY (household_id, position),
    CONSTRAINT fk_civ_household_award_household FOREIGN KEY (household_id) REFERENCES civ_household (id)
);

CREATE TABLE civ_appraisal_campaign (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_id       VARCHAR(36)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    campaign_year INTEGER      NOT NULL,
    places        INTEGER      NOT NULL,
    created_by    VARCHAR(128) NOT NULL,
    created_at    ${ts}        NOT NULL,
    phase         VARCHAR(16)  NOT NULL,
    voting_opens  ${ts},
    voting_closes ${ts},
    notice_starts ${ts},
    notice_ends   ${ts},
    awarded_at    ${ts},
    version       BIGINT       NOT NULL
);

CREATE INDEX ix_civ_appraisal_campaign_unit ON civ_appraisal_campaign (unit_id, campaign_year, title, id);

CREATE TABLE civ_appraisal_criterion (
    campaign_id VARCHAR(36)  NOT NULL,
    position    INTEGER      NOT NULL,
    criterion   VARCHAR(500) NOT NULL,
    CONSTRAINT pk_civ_appraisal_criterion PRIMARY KEY (campaign_id, position),
    CONSTRAINT fk_civ_appraisal_criterion_campaign FOREIGN KEY (campaign_id) REFERENCES civ_appraisal_campaign (id)
);

CREATE TABLE civ_appraisal_star_threshold (
    campaign_id VARCHAR(36) NOT NULL,
    position    INTEGER     NOT NULL,
    votes       INTEGER     NOT NULL,
    CONSTRAINT pk_civ_appraisal_star_threshold PRIMARY KEY (campaign_id, position),
    CONSTRAINT fk_civ_appraisal_star_threshold_campaign FOREIGN KEY (campaign_id) REFERENCES civ_appraisal_campaign (id)
);

CREATE TABLE civ_appraisal_nomination (
    campaign_id   VARCHAR(36)   NOT NULL,
    position      INTEGER       NOT NULL,
    nomination_id VARCHAR(36)   NOT NULL,
    household_id  VARCHAR(36)   NOT NULL,
    person        VARCHAR(100),
    reason        VARCHAR(1000) NOT NULL,
    nominated_by  VARCHAR(128)  NOT NULL,
    nominated_at  ${ts}         NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    stars         INTEGER,
    CONSTRAINT pk_civ_appraisal_nomination PRIMARY KEY (campaign_id, position),
    CONSTRAINT fk_civ_appraisal_nomination_campaign FOREIGN KEY (campaign_id) REFERENCES civ_appraisal_campaign (id)
);

CREATE TABLE civ_appraisal_vote (
    campaign_id   VARCHAR(36)  NOT NULL,
    position      INTEGER      NOT NULL,
    household_id  VARCHAR(36)  NOT NULL,
    nomination_id VARCHAR(36)  NOT NULL,
    voter         VARCHAR(100) NOT NULL,
    cast_at       ${ts}        NOT NULL,
    CONSTRAINT pk_civ_appraisal_vote PRIMARY KEY (campaign_id, position),
    -- R-APPR-1: one vote per household and campaign, whatever the application checked.
    CONSTRAINT uq_civ_appraisal_vote_household UNIQUE (campaign_id, household_id),
    CONSTRAINT fk_civ_appraisal_vote_campaign FOREIGN KEY (campaign_id) REFERENCES civ_appraisal_campaign (id)
);

CREATE TABLE civ_appraisal_objection (
    campaign_id   VARCHAR(36)   NOT NULL,
    position      INTEGER       NOT NULL,
    objection_id  VARCHAR(36)   NOT NULL,
    nomination_id VARCHAR(36)   NOT NULL,
    raised_by     VARCHAR(128)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    raised_at     ${ts}         NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    resolved_by   VARCHAR(128),
    resolution    VARCHAR(1000),
    resolved_at   ${ts},
    CONSTRAINT pk_civ_appraisal_objection PRIMARY KEY (campaign_id, position),
    CONSTRAINT fk_civ_appraisal_objection_campaign FOREIGN KEY (campaign_id) REFERENCES civ_appraisal_campaign (id)
);
