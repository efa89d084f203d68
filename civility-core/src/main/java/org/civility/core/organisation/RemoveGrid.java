package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;

/**
 * Command: remove a grid from a station.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record RemoveGrid(@NotBlank String name,
        Long version) {
}
