package org.civility.core.appraisal;

import jakarta.validation.constraints.NotNull;

/** The actor casts their household's vote for a nomination. */
public record CastVote(@NotNull CampaignId campaign, @NotNull HouseholdId household, @NotNull NominationId nomination) {
}
