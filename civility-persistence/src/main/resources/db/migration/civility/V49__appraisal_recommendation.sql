-- R-APPR-2: residents' recommendations of good people (推荐身边好人) for an appraisal campaign, each decided once by
-- the residents' committee: confirmed into a nomination of the campaign (nomination_id) or declined with a reason.
-- An aggregate beside the campaign (ADR 0035): recommending does not change the campaign's row or version.
-- recommended_by is a resident's account (personal data): the API shows it only to that resident and the committee.
CREATE TABLE civ_appraisal_recommendation (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    campaign_id    VARCHAR(36)  NOT NULL,
    person         VARCHAR(100) NOT NULL,
    deed           VARCHAR(500) NOT NULL,
    recommended_by VARCHAR(128) NOT NULL,
    recommended_at ${ts}        NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    decided_by     VARCHAR(128),
    decided_at     ${ts},
    nomination_id  VARCHAR(36),
    decline_reason VARCHAR(500),
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_civ_appraisal_recommendation_campaign FOREIGN KEY (campaign_id)
        REFERENCES civ_appraisal_campaign (id)
);

-- A campaign's recommendations oldest first, and a resident's own among them.
CREATE INDEX ix_civ_appraisal_recommendation_campaign
    ON civ_appraisal_recommendation (campaign_id, recommended_at, id);
CREATE INDEX ix_civ_appraisal_recommendation_recommender
    ON civ_appraisal_recommendation (campaign_id, recommended_by, recommended_at);
