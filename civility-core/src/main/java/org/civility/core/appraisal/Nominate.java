package org.civility.core.appraisal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Nominates a household or a person of it. */
public record Nominate(@NotNull CampaignId campaign, @NotNull Nominee nominee, @NotBlank @Size(max = 1000) String reason) {
}
