package org.civility.core.organisation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: add a grid to a station.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record AddGrid(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name, @Min(0) int buildings,
        Long version) {
}
