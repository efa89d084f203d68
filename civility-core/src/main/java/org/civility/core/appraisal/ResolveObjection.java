package org.civility.core.appraisal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Resolves an objection: {@code upheld} withdraws the nomination, otherwise it is dismissed. */
public record ResolveObjection(@NotNull CampaignId campaign, @NotNull ObjectionId objection, boolean upheld,
                               @Size(max = 1000) String note) {
}
