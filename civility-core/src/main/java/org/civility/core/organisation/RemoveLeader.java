package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;

/**
 * Command: free the leadership seat a person holds.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record RemoveLeader(@NotBlank String personName,
        Long version) {
}
