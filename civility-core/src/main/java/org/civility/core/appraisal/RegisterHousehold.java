package org.civility.core.appraisal;

import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

/** Registers a household at a unit, with the account names of its voting members (may be empty). */
public record RegisterHousehold(@NotNull UnitId unit, @NotBlank @Size(max = 100) String head,
                                @NotBlank @Size(max = 200) String address, @Size(max = 100) String grid,
                                @Min(1) int members, @NotNull Set<String> voters) {
}
