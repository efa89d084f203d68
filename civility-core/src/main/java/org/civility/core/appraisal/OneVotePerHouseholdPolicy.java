package org.civility.core.appraisal;

import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

/**
 * R-APPR-1: a campaign's residents' vote is one vote per household, and only households of the
 * campaign's unit vote (a household registered at another unit, even one below it, does not).
 */
public final class OneVotePerHouseholdPolicy implements Policy<VoteRequest> {

    public static final String RULE = "R-APPR-1";

    @Override
    public Decision evaluate(VoteRequest request) {
        if (!request.householdUnit().equals(request.campaignUnit())) {
            return Decision.rejected(AppraisalError.ONE_VOTE_PER_HOUSEHOLD, "campaign", request.campaign(),
                    "household", request.household(), "reason", "outside the unit");
        }
        if (request.votedAlready()) {
            return Decision.rejected(AppraisalError.ONE_VOTE_PER_HOUSEHOLD, "campaign", request.campaign(),
                    "household", request.household(), "reason", "voted already");
        }
        return Decision.allowed();
    }
}
