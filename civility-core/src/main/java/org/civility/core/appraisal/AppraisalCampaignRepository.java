package org.civility.core.appraisal;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/**
 * Where campaigns are kept with their nominations, votes and objections. An adapter should back
 * R-APPR-1 with a unique (campaign, household) constraint on votes.
 */
public interface AppraisalCampaignRepository {

    Optional<AppraisalCampaign> find(CampaignId id);

    /**
     * Inserts or updates, including nominations, votes and objections.
     *
     * @return the campaign as stored, with its new version
     * @throws CivilityException STALE-VERSION if {@code campaign.version()} differs from the stored version
     */
    AppraisalCampaign store(AppraisalCampaign campaign);

    /** The campaigns of {@code unit}, ordered by year descending, then title, then id. */
    Page<AppraisalCampaign> byUnit(UnitId unit, PageRequest page);
}
