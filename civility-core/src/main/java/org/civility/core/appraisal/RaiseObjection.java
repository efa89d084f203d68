package org.civility.core.appraisal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Objects to a nomination on public notice. */
public record RaiseObjection(@NotNull CampaignId campaign, @NotNull NominationId nomination,
                             @NotBlank @Size(max = 1000) String reason) {
}
