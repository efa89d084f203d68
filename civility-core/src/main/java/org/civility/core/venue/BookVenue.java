package org.civility.core.venue;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Books a venue's slot {@code [start, end)} for a user. */
public record BookVenue(@NotNull VenueId venue, @NotNull Instant start, @NotNull Instant end,
                        @NotNull UsePurpose purpose, @NotBlank @Size(max = 1000) String description,
                        @NotNull VenueUser user) {
}
