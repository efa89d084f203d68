package org.civility.core.venue;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.civility.core.organisation.UnitId;

/**
 * Registers a venue at a station.
 *
 * @param capacity how many people fit, or null if unknown
 */
public record RegisterVenue(@NotNull UnitId unit, @NotBlank @Size(max = 200) String name, @NotNull VenueKind kind,
                            @NotNull VenueOwner owner, @NotEmpty Set<PlatformKind> platforms,
                            @Positive Integer capacity) {
}
