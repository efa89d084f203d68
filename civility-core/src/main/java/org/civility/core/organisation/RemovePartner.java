package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;

/**
 * Command: remove a partner organisation from a unit.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record RemovePartner(@NotBlank String name,
        Long version) {
}
