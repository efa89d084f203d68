package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: rename a unit.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record RenameUnit(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name,
        Long version) {
}
