package org.civility.core.appraisal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The committee confirms a recommendation into a nomination of its campaign (R-APPR-2).
 *
 * @param household the household of the campaign's unit the good person belongs to (a nominee is always of one)
 * @param person    the person's name as it is to be nominated; null keeps the name the resident gave
 */
public record ConfirmRecommendation(@NotNull CampaignId campaign, @NotNull RecommendationId recommendation,
                                    @NotNull HouseholdId household,
                                    @Size(max = Recommendation.MAX_PERSON) String person) {
}
