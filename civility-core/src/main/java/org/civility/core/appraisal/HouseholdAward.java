package org.civility.core.appraisal;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a household's appraisal history: an award of a campaign, to the household or to one
 * of its members, with the star level for star-rated households.
 */
public record HouseholdAward(CampaignId campaign, AppraisalKind kind, String title, int year,
                             Optional<String> person, Optional<Integer> stars, Instant awardedAt) {

    public HouseholdAward {
        Checks.required(campaign, "campaign");
        Checks.required(kind, "kind");
        title = Checks.required(title, "title");
        person = Checks.optional(person, "person");
        Checks.required(stars, "stars");
        Checks.required(awardedAt, "awardedAt");
    }
}
