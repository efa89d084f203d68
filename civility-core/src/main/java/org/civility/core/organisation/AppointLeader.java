package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: seat a person in a station's leadership (R-ORG-2).
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record AppointLeader(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String personName, @NotNull CommitteePost post, @NotNull LeadershipRole role,
        Long version) {
}
