package org.civility.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: found a unit.
 *
 * @param tier       the unit's tier
 * @param name       the unit's name
 * @param parent     the parent unit; null for a center
 * @param regionCode administrative region code, or null
 * @param address    address text, or null
 */
public record FoundUnit(@NotNull Tier tier,
                        @NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name,
                        UnitId parent,
                        @Size(max = Unit.MAX_REGION_CODE_LENGTH) String regionCode,
                        @Size(max = Unit.MAX_ADDRESS_LENGTH) String address) {

    public static FoundUnit center(String name) {
        return new FoundUnit(Tier.CENTER, name, null, null, null);
    }

    public static FoundUnit below(UnitId parent, Tier tier, String name) {
        return new FoundUnit(tier, name, parent, null, null);
    }
}
