package org.civility.core.appraisal;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** Opens the voting window {@code [opens, closes)}. */
public record OpenVoting(@NotNull CampaignId campaign, @NotNull Instant opens, @NotNull Instant closes) {
}
