package org.civility.core.appraisal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A resident recommends a good person (推荐身边好人) for a campaign (R-APPR-2).
 *
 * @param person the person's name as the resident knows it
 * @param deed   the good deed, in the resident's words
 */
public record RecommendGoodPerson(@NotNull CampaignId campaign,
                                  @NotBlank @Size(max = Recommendation.MAX_PERSON) String person,
                                  @NotBlank @Size(max = Recommendation.MAX_DEED) String deed) {
}
