package org.civility.core.appraisal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The committee declines a recommendation, saying why (R-APPR-2). */
public record DeclineRecommendation(@NotNull CampaignId campaign, @NotNull RecommendationId recommendation,
                                    @NotBlank @Size(max = Recommendation.MAX_REASON) String reason) {
}
