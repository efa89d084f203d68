package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Command: give a person a staff role at a unit; {@code volunteerId} may be null.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record AssignStaff(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String personName, @NotNull StaffRole role, UUID volunteerId,
        Long version) {
}
