package org.civility.core.appraisal;

import org.civility.core.organisation.UnitId;

/** What {@link OneVotePerHouseholdPolicy} judges: a household about to vote in a campaign. */
public record VoteRequest(CampaignId campaign, UnitId campaignUnit, HouseholdId household, UnitId householdUnit,
                          boolean votedAlready) {

    public VoteRequest {
        Checks.required(campaign, "campaign");
        Checks.required(campaignUnit, "campaignUnit");
        Checks.required(household, "household");
        Checks.required(householdUnit, "householdUnit");
    }
}
