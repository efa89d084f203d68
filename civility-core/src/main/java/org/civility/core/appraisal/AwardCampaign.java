package org.civility.core.appraisal;

import jakarta.validation.constraints.NotNull;

/** Makes a campaign's shortlist stand once its notice period has ended. */
public record AwardCampaign(@NotNull CampaignId campaign) {
}
