package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: add a partner organisation to a unit.
 *
 * @param version the version of the unit the caller read; checked if not null (STALE-VERSION)
 */
public record AddPartner(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name, @NotNull PartnerKind kind,
        Long version) {
}
