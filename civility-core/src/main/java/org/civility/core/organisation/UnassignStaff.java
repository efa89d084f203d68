package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Command: take a staff role from a person.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record UnassignStaff(@NotBlank String personName, @NotNull StaffRole role,
        Long version) {
}
