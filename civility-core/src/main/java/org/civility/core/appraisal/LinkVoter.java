package org.civility.core.appraisal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Links a resident's account to a household as a voting member. */
public record LinkVoter(@NotNull HouseholdId household, @NotBlank @Size(max = 100) String account) {
}
