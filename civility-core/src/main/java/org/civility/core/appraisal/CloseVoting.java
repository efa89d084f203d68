package org.civility.core.appraisal;

import jakarta.validation.constraints.NotNull;

/** Closes voting and starts the public notice. */
public record CloseVoting(@NotNull CampaignId campaign) {
}
