package org.civility.core.organisation;

import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A person working at a unit in a {@link StaffRole}; one person may hold several roles, each once.
 *
 * @param personName  the person's name, trimmed, 1..200 characters
 * @param role        what they do, never null
 * @param volunteerId their volunteer record, if they have one
 */
public record StaffAssignment(String personName, StaffRole role, Optional<UUID> volunteerId) {

    public StaffAssignment {
        personName = Names.require(personName, "personName");
        requireNonNull(role, "role");
        requireNonNull(volunteerId, "volunteerId");
    }

    public static StaffAssignment of(String personName, StaffRole role) {
        return new StaffAssignment(personName, role, Optional.empty());
    }
}
